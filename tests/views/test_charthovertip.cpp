// Hovering a chart (issue 16, item 19): a tip at the cursor lists every shown run's value at the step under it,
// highest first, the run nearest the cursor highlighted; a hidden run is left out; a chart of many runs lists the
// rows around the nearest one and counts the others. The tip is saved in the build folder, to be looked at.
#include "models/sessionmodels.h"
#include "runfixtures.h"
#include "views/chartaxes.h"
#include "views/chartcanvas.h"
#include "views/charthovertip.h"
#include "views/chartlines.h"
#include "views/chartpanel.h"

#include <QChart>
#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Loss = QStringLiteral("train/loss");
constexpr int RunCount = 30;

QString runId(int number)
{
    return QStringLiteral("SWP-%1").arg(number);
}

// Run n's loss at a step: the runs lie one above the other, run 1 lowest.
double lossOf(int number, int step)
{
    return number * 0.1 + 1.0 / (1 + step * 0.01);
}

// The step the tip is about, as its header says it.
int stepOf(const ChartPanel &panel)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Step (\\d+)")).match(panel.hoverTip()->text());
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class TestChartHoverTip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryShownRunAtTheStepSortedNearestHighlighted();
    void manyRunsListTheRowsAroundTheNearest();

private:
    QPoint hover(ChartPanel &panel, int step, double value);

    RunFixtures m_fixtures;
};

void TestChartHoverTip::initTestCase()
{
    QVERIFY(m_fixtures.open());
    QList<QJsonObject> runs;
    for (int number = 1; number <= RunCount; ++number)
        runs.append(RunFixtures::run(number, {}, {{Loss, RunFixtures::floatSeries(0, 0, 0, 0)}}));
    QVERIFY(m_fixtures.apply(runs));
    for (int number = 1; number <= RunCount; ++number) {
        QList<FloatPoint> points;
        for (int step = 0; step < 1000; ++step)
            points.append({double(step), lossOf(number, step), 1.7e9 + step});
        QVERIFY(m_fixtures.cache().appendPoints(runId(number), Loss, points));
    }
}

QPoint TestChartHoverTip::hover(ChartPanel &panel, int step, double value)
{
    const ChartPlotMapping mapping = panel.axes()->mapping(panel.chart()->plotArea());
    const QPoint at = mapping.map(QPointF(step, value)).toPoint();
    QTest::mouseMove(panel.canvas()->viewport(), at);
    return at;
}

void TestChartHoverTip::listsEveryShownRunAtTheStepSortedNearestHighlighted()
{
    SessionModels panelModels(m_fixtures.cache());
    ChartPanel panel(panelModels, Loss);
    panel.resize(900, 520);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setRuns({runId(2), runId(5), runId(3), runId(4)});
    panel.drawNow();
    QTest::qWait(60);
    panel.setHidden(runId(4), true);
    panel.drawNow();
    const QPoint at = hover(panel, 500, lossOf(3, 500));
    QTRY_VERIFY(panel.hoverTip()->isVisible());
    // The step under the cursor: a pixel spans about two steps here.
    const int step = stepOf(panel);
    QVERIFY(std::abs(step - 500) <= 2);
    // Every shown run, highest value first (as they lie on the plot), the nearest to the cursor marked.
    QCOMPARE(panel.hoverTip()->shownRows(),
             (QStringList{QStringLiteral("SWP-5 · run 5: %1").arg(lossOf(5, step), 0, 'g', 6),
                          QStringLiteral("▶ SWP-3 · run 3: %1").arg(lossOf(3, step), 0, 'g', 6),
                          QStringLiteral("SWP-2 · run 2: %1").arg(lossOf(2, step), 0, 'g', 6)}));
    QVERIFY(panel.hoverTip()->text().contains(QStringLiteral("Step %1").arg(step))); // the step, in its header
    // At the cursor: its corner within a few pixels of it, inside the plot's view.
    const QRect tip = panel.hoverTip()->geometry();
    QVERIFY2(std::abs(tip.left() - at.x()) <= 20 || std::abs(tip.right() - at.x()) <= 20,
             qPrintable(QStringLiteral("%1 at %2").arg(tip.left()).arg(at.x())));
    QVERIFY(panel.canvas()->viewport()->rect().contains(tip));
    QDir().mkpath(QStringLiteral(NEREID_SCREENSHOT_DIR));
    QVERIFY(panel.grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/chart-hover-tip.png")));
    QTest::mouseMove(panel.canvas()->viewport(), QPoint(2, 2)); // off the plot
    QTRY_VERIFY(!panel.hoverTip()->isVisible());
}

void TestChartHoverTip::manyRunsListTheRowsAroundTheNearest()
{
    SessionModels panelModels(m_fixtures.cache());
    ChartPanel panel(panelModels, Loss);
    panel.resize(1000, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QStringList all;
    for (int number = 1; number <= RunCount; ++number)
        all.append(runId(number));
    panel.setRuns(all);
    panel.drawNow();
    QTest::qWait(60);
    hover(panel, 300, lossOf(3, 300));
    QTRY_VERIFY(panel.hoverTip()->isVisible());
    const int step = stepOf(panel);
    const QStringList rows = panel.hoverTip()->shownRows();
    QCOMPARE(rows.size(), ChartHoverTip::MaxRows);
    QVERIFY2(rows.contains(QStringLiteral("▶ SWP-3 · run 3: %1").arg(lossOf(3, step), 0, 'g', 6)),
             qPrintable(rows.join(u'\n')));
    QCOMPARE(rows.last(), QStringLiteral("SWP-1 · run 1: %1").arg(lossOf(1, step), 0, 'g', 6)); // lowest, at the end
    QVERIFY2(panel.hoverTip()->text().contains(QStringLiteral("10 more above")), qPrintable(panel.hoverTip()->text()));
    QVERIFY(panel.grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/chart-hover-tip-30-runs.png")));
}

QTEST_MAIN(TestChartHoverTip)
#include "test_charthovertip.moc"
