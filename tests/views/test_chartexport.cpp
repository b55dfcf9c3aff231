// What a chart exports (issue 16, item 22): the PNG has the chart's title (the metric) above the plot and its legend
// (QtCharts' for a few runs, the list beside the plot for many); the CSV's timestamps are exact ISO 8601 times with
// milliseconds. The exported PNGs are saved in the build folder, to be looked at.
#include "csvexportresult.h"
#include "models/sessionmodels.h"
#include "runfixtures.h"
#include "views/chartcanvas.h"
#include "views/chartlegendlist.h"
#include "models/chartpalette.h"
#include "views/chartpanel.h"

#include <QDir>
#include <QFile>
#include <QListView>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Loss = QStringLiteral("train/loss");
constexpr int RunCount = 24;

QString runId(int number)
{
    return QStringLiteral("SWP-%1").arg(number);
}

// Pixels of the rectangle darker than the background: text drawn there.
int inkIn(const QImage &image, const QRect &rect)
{
    int ink = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            ink += image.pixelColor(x, y).lightness() < 100 ? 1 : 0;
    return ink;
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pngHasTitleAndLegend_data();
    void pngHasTitleAndLegend();
    void csvTimestampsAreIsoWithMilliseconds();

private:
    RunFixtures m_fixtures;
    QStringList m_runIds;
};

void TestChartExport::initTestCase()
{
    QVERIFY(m_fixtures.open());
    QList<QJsonObject> runs;
    for (int number = 1; number <= RunCount; ++number) {
        runs.append(RunFixtures::run(number, {}, {{Loss, RunFixtures::floatSeries(0, 0, 0, 0)}}));
        m_runIds.append(runId(number));
    }
    QVERIFY(m_fixtures.apply(runs));
    for (int number = 1; number <= RunCount; ++number) {
        QList<FloatPoint> points;
        for (int step = 0; step < 300; ++step) // 1796203803.537 s: stored as the double 1796203803.5369999
            points.append({double(step), number * 0.05 + 1.0 / (1 + step * 0.02), 1796203803.537 + step});
        QVERIFY(m_fixtures.cache().appendPoints(runId(number), Loss, points));
    }
}

void TestChartExport::pngHasTitleAndLegend_data()
{
    QTest::addColumn<int>("runs");
    QTest::newRow("3 runs, QtCharts' legend") << 3;
    QTest::newRow("24 runs, the list") << 24;
}

void TestChartExport::pngHasTitleAndLegend()
{
    QFETCH(int, runs);
    SessionModels panelModels(m_fixtures.cache());
    ChartPanel panel(panelModels, Loss);
    panel.resize(900, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setRuns(m_runIds.mid(0, runs));
    panel.drawNow();
    QTest::qWait(60);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("chart.png"));
    QString error;
    QVERIFY2(panel.savePng(file, &error), qPrintable(error));
    const QImage image(file);
    const QSize canvas = panel.canvas()->size();
    // The title above the plot: a strip of its own, with text in it.
    const int title = image.height() - canvas.height();
    QVERIFY2(title >= 16, qPrintable(QString::number(title)));
    QVERIFY(inkIn(image, QRect(0, 0, canvas.width() / 2, title)) > 30);
    if (runs > 3) {
        // Every run listed beside the plot, with its colour, the last too (the list on screen shows those scrolled
        // to).
        QVERIFY(image.width() >= canvas.width() + panel.legendList()->list()->viewport()->width());
        // SWP-4 and SWP-24 share a colour (20 in the palette): two swatches of 10 × 10 pixels.
        QCOMPARE(ChartPalette::colorFor(runId(4)), ChartPalette::colorFor(runId(24)));
        int swatches = 0;
        for (int y = title; y < image.height(); ++y)
            for (int x = canvas.width(); x < image.width(); ++x)
                swatches += image.pixelColor(x, y).rgb() == ChartPalette::colorFor(runId(4)).rgb() ? 1 : 0;
        QCOMPARE(swatches, 200);
    }
    QDir().mkpath(QStringLiteral(NEREID_SCREENSHOT_DIR));
    QVERIFY(QFile::copy(file, QStringLiteral(NEREID_SCREENSHOT_DIR "/chart-export-%1-runs.png").arg(runs)) ||
            QFile::exists(QStringLiteral(NEREID_SCREENSHOT_DIR "/chart-export-%1-runs.png").arg(runs)));
}

void TestChartExport::csvTimestampsAreIsoWithMilliseconds()
{
    SessionModels panelModels(m_fixtures.cache());
    ChartPanel panel(panelModels, Loss);
    panel.setRuns({runId(1)});
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("chart.csv"));
    QString error;
    QVERIFY2(csvExportResult(panel.startCsvExport(file), error), qPrintable(error));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 301);
    QCOMPARE(lines[1].section(u',', 2, 2), QStringLiteral("2026-12-02T09:30:03.537Z"));
    QCOMPARE(lines[300].section(u',', 2, 2), QStringLiteral("2026-12-02T09:35:02.537Z"));
}

QTEST_MAIN(TestChartExport)
#include "test_chartexport.moc"
