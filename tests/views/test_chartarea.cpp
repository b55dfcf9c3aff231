// ChartArea (issue 7): a grid of charts over a real cache file, one per chosen series path; the path picker; a
// string series as a log; the set of charts saved and restored per project. Screenshots land in the build folder.
#include "models/sessionmodels.h"
#include "runfixtures.h"
#include "screenshotchecks.h"
#include "views/chartarea.h"
#include "views/chartcanvas.h"
#include "views/chartlines.h"
#include "views/chartpanel.h"
#include "views/chartpathpicker.h"
#include "views/stringserieslog.h"

#include <cmath>
#include <QChart>
#include <QDir>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {

const QString Loss = QStringLiteral("train/loss"), Accuracy = QStringLiteral("eval/accuracy"),
              Log = QStringLiteral("train/log");

QList<FloatPoint> curve(int count, double scale, double phase)
{
    QList<FloatPoint> points;
    for (int step = 0; step < count; ++step)
        points.append({double(step), scale * (1 - std::exp(-step / 3000.0)) + 0.03 * std::sin(step * 0.05 + phase),
                       1.7e9 + step * 2.0});
    return points;
}

} // namespace

class TestChartArea : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addsAPanelPerPathWithTheSelectedRuns();
    void pickerListsAndFiltersSeriesPaths();
    void stringSeriesShowsAsALog();
    void chartSetSavedPerProject();
    void screenshots();

private:
    RunFixtures m_fixtures;
};

void TestChartArea::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("nereid-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_chartarea"));
    QVERIFY(m_fixtures.open());
    QList<QJsonObject> runs;
    for (int number = 1; number <= 3; ++number)
        runs.append(RunFixtures::run(number, {},
                                     {{Loss, RunFixtures::floatSeries(0, 0, 0, 0)},
                                      {Accuracy, RunFixtures::floatSeries(0, 0, 0, 0)},
                                      {Log, RunFixtures::stringSeries(3, QStringLiteral("done"))}}));
    QVERIFY(m_fixtures.apply(runs));
    for (int number = 1; number <= 3; ++number) {
        const QString runId = QStringLiteral("SWP-%1").arg(number);
        QList<FloatPoint> loss = curve(20000, -1, number);
        for (FloatPoint &point : loss)
            point.value += 1.2 + 0.1 * number;
        QVERIFY(m_fixtures.cache().appendPoints(runId, Loss, loss));
        QVERIFY(m_fixtures.cache().appendPoints(runId, Accuracy, curve(20000, 0.7 + 0.08 * number, number)));
    }
}

void TestChartArea::init()
{
    QSettings().clear();
}

void TestChartArea::addsAPanelPerPathWithTheSelectedRuns()
{
    SessionModels areaModels(m_fixtures.cache());
    ChartArea area(areaModels);
    area.setProject(RunFixtures::Project);
    area.setRuns({QStringLiteral("SWP-1"), QStringLiteral("SWP-2")});
    area.addChart(Loss);
    area.addChart(Accuracy);
    area.addChart(Loss); // once only
    QCOMPARE(area.paths(), (QStringList{Loss, Accuracy}));
    auto *panel = qobject_cast<ChartPanel *>(area.panel(Accuracy));
    QVERIFY(panel);
    QCOMPARE(panel->model().runIds(), (QStringList{QStringLiteral("SWP-1"), QStringLiteral("SWP-2")}));
    area.setRuns({QStringLiteral("SWP-3")});
    QCOMPARE(panel->model().runIds(), QStringList{QStringLiteral("SWP-3")});
    QTRY_VERIFY(panel->lines()->trace(QStringLiteral("SWP-3")) &&
                !panel->lines()->trace(QStringLiteral("SWP-3"))->raw.isEmpty());
    emit panel->closeRequested(Accuracy); // its ✕
    QCOMPARE(area.paths(), QStringList{Loss});
}

void TestChartArea::pickerListsAndFiltersSeriesPaths()
{
    SessionModels areaModels(m_fixtures.cache());
    ChartArea area(areaModels);
    area.setRuns({QStringLiteral("SWP-1")});
    QCOMPARE(area.seriesPaths(), (QStringList{Accuracy, Log, Loss}));
    ChartPathPicker picker(area.seriesPaths());
    QCOMPARE(picker.shownCount(), 3);
    QTest::keyClicks(picker.filter(), QStringLiteral("LOS"));
    QCOMPARE(picker.shownCount(), 1);
    QCOMPARE(picker.selectedPath(), Loss);
    QTest::keyClicks(picker.filter(), QStringLiteral("x"));
    QCOMPARE(picker.shownCount(), 0);
    QCOMPARE(picker.selectedPath(), QString());
}

void TestChartArea::stringSeriesShowsAsALog()
{
    SessionModels areaModels(m_fixtures.cache());
    ChartArea area(areaModels); // no server connection: the log says why it is empty
    area.setRuns({QStringLiteral("SWP-1")});
    area.addChart(Log);
    auto *log = qobject_cast<StringSeriesLog *>(area.panel(Log));
    QVERIFY(log);
    QVERIFY(!qobject_cast<ChartPanel *>(area.panel(Log)));
    QVERIFY2(log->status().contains(QStringLiteral("server")), qPrintable(log->status()));
}

void TestChartArea::chartSetSavedPerProject()
{
    {
        SessionModels areaModels(m_fixtures.cache());
        ChartArea area(areaModels);
        area.setProject(QStringLiteral("team/a"));
        area.addChart(Loss);
        area.addChart(Accuracy);
        area.setProject(QStringLiteral("team/b"));
        QVERIFY(area.paths().isEmpty());
        area.addChart(Accuracy);
    }
    SessionModels areaModels(m_fixtures.cache());
    ChartArea area(areaModels);
    area.setRuns({QStringLiteral("SWP-1")});
    area.setProject(QStringLiteral("team/a"));
    QCOMPARE(area.paths(), (QStringList{Loss, Accuracy}));
    QCOMPARE(qobject_cast<ChartPanel *>(area.panel(Loss))->model().runIds(), QStringList{QStringLiteral("SWP-1")});
    area.setProject(QStringLiteral("team/b"));
    QCOMPARE(area.paths(), QStringList{Accuracy});
    QCOMPARE(QSettings().value(ChartArea::settingsKey(QStringLiteral("team/a"))).toStringList(),
             (QStringList{Loss, Accuracy}));
}

// The screenshots show what a user would see: every chart plot in view has a line of each run, in the run's colour;
// at 1200 px the loss chart and the log stand side by side (two columns), both in view.
void TestChartArea::screenshots()
{
    SessionModels areaModels(m_fixtures.cache());
    ChartArea area(areaModels);
    area.setProject(RunFixtures::Project);
    const QStringList runs{QStringLiteral("SWP-1"), QStringLiteral("SWP-2"), QStringLiteral("SWP-3")};
    area.setRuns(runs);
    area.addChart(Loss);
    area.addChart(Accuracy);
    area.addChart(Log);
    for (const QSize size : {QSize(1200, 760), QSize(800, 500)}) {
        area.resize(size);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QTest::qWait(200);
        const QImage image = area.grab().toImage();
        const QString path =
            QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(QStringLiteral("chartarea-%1.png").arg(size.width()));
        QVERIFY2(image.save(path), qPrintable(path));
        QStringList plotsInView;
        for (const QString &chart : {Accuracy, Loss}) {
            auto *panel = qobject_cast<ChartPanel *>(area.panel(chart));
            QVERIFY(panel);
            QWidget *viewport = panel->canvas()->viewport();
            const QRect plot = panel->chart()->plotArea().toRect();
            const QRect seen = plot & viewport->visibleRegion().boundingRect();
            if (seen.height() < plot.height() / 2)
                continue; // scrolled out of sight
            plotsInView.append(chart);
            for (const QString &run : runs)
                QVERIFY2(pixelsNear(image, seen.translated(viewport->mapTo(&area, QPoint())),
                                    panel->lines()->colorOf(run, chart)) > 100,
                         qPrintable(chart + u" "_s + run));
        }
        QCOMPARE(plotsInView, size.width() == 1200 ? (QStringList{Accuracy, Loss}) : QStringList{Accuracy});
        if (size.width() == 1200) {
            QWidget *loss = area.panel(Loss), *log = area.panel(Log);
            QVERIFY(log->isVisible() && !log->visibleRegion().isEmpty());
            QCOMPARE(log->mapTo(&area, QPoint()).y(), loss->mapTo(&area, QPoint()).y());
            QVERIFY(log->mapTo(&area, QPoint()).x() >= loss->mapTo(&area, QPoint()).x() + loss->width());
        }
    }
}

QTEST_MAIN(TestChartArea)
#include "test_chartarea.moc"
