// The dark theme darkens the chart too (issue 16, item 18): the plot's background, its grid and its text follow the
// application's palette when the theme is switched, not QtCharts' own light theme. The dark chart is saved in the
// build folder, to be looked at.
#include "models/sessionmodels.h"
#include "runfixtures.h"
#include "views/chartaxes.h"
#include "views/chartcanvas.h"
#include "views/chartpanel.h"
#include "views/themepalette.h"

#include <cmath>
#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QDir>
#include <QLegend>
#include <QTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Loss = QStringLiteral("train/loss");

// Of the plot's pixels in a strip along its middle, the share that is dark.
double darkShare(const QImage &image, const QRectF &plot)
{
    int dark = 0;
    int all = 0;
    for (int x = int(plot.left()) + 4; x < int(plot.right()) - 4; x += 3)
        for (int y = int(plot.top()) + 4; y < int(plot.bottom()) - 4; y += 7, ++all)
            dark += image.pixelColor(x, y).lightness() < 90 ? 1 : 0;
    return all ? double(dark) / all : 0;
}

} // namespace

class TestChartPanelTheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void darkThemeDarkensPlotGridAndText();

private:
    RunFixtures m_fixtures;
};

void TestChartPanelTheme::initTestCase()
{
    QApplication::setStyle(QStringLiteral("Fusion")); // as ThemePalette applies dark
    QVERIFY(m_fixtures.open());
    QList<QJsonObject> runs;
    for (int number = 1; number <= 3; ++number)
        runs.append(RunFixtures::run(number, {}, {{Loss, RunFixtures::floatSeries(0, 0, 0, 0)}}));
    QVERIFY(m_fixtures.apply(runs));
    for (int number = 1; number <= 3; ++number) {
        QList<FloatPoint> points;
        for (int step = 0; step < 2000; ++step)
            points.append({double(step), number * 0.3 + 1.0 / (1 + step * 0.01), 1.7e9 + step});
        QVERIFY(m_fixtures.cache().appendPoints(QStringLiteral("SWP-%1").arg(number), Loss, points));
    }
}

void TestChartPanelTheme::darkThemeDarkensPlotGridAndText()
{
    QApplication::setPalette(ThemePalette::lightPalette());
    SessionModels panelModels(m_fixtures.cache());
    ChartPanel panel(panelModels, Loss);
    panel.resize(800, 460);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setRuns({QStringLiteral("SWP-1"), QStringLiteral("SWP-2"), QStringLiteral("SWP-3")});
    panel.drawNow();
    QTest::qWait(60);
    const QRectF plot = panel.chart()->plotArea();
    QVERIFY(darkShare(panel.canvas()->grab().toImage(), plot) < 0.1);

    QApplication::setPalette(ThemePalette::darkPalette()); // the user picks the dark theme: no restart
    QTest::qWait(60);
    const QImage dark = panel.canvas()->grab().toImage();
    QVERIFY2(darkShare(dark, plot) > 0.8, qPrintable(QString::number(darkShare(dark, plot))));
    const QColor text = panel.axes()->y()->labelsColor();
    QVERIFY2(text.lightness() > 160, qPrintable(text.name()));
    QVERIFY(panel.axes()->x()->labelsColor().lightness() > 160);
    QVERIFY(panel.chart()->legend()->labelColor().lightness() > 160);
    // The grid is lighter than the plot, yet far from white.
    const QColor grid = panel.axes()->y()->gridLineColor();
    QVERIFY2(grid.lightness() > 120 && grid.alphaF() < 0.5, qPrintable(grid.name(QColor::HexArgb)));
    QVERIFY(panel.chart()->plotAreaBackgroundBrush().color().lightness() < 90);
    QDir().mkpath(QStringLiteral(NEREID_SCREENSHOT_DIR));
    QVERIFY(panel.grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/chart-dark.png")));
    // A new axis (log y) comes in the dark theme's colours too.
    panel.model().setLogY(true);
    panel.drawNow();
    QVERIFY(panel.axes()->y()->labelsColor().lightness() > 160);
}

QTEST_MAIN(TestChartPanelTheme)
#include "test_chartpaneltheme.moc"
