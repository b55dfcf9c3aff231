// A chart of 2,000 selected runs (issue 16, item 23) over a warm cache: each run's train/loss of 1,000 points. The
// first paint is what a user waits for after selecting every run of a large project: a new panel shown, the runs
// set, their lines reduced and handed to the plot, the legend built, the window painted. And a mouse move over it. The
// legend of so many runs is a scrollable list beside the plot. Baseline in the same run: reading the same points out of
// the cache and nothing else. Run with `-median 5`.
#include "models/sessionmodels.h"
#include "runfixtures.h"
#include "views/chartcanvas.h"
#include "views/chartpanel.h"

#include <cmath>
#include <QChart>
#include <QDir>
#include <QTest>

using namespace nereid;
using namespace nereid::test;

namespace {

constexpr int RunCount = 2000;
constexpr int PointCount = 1000;
const QString Loss = QStringLiteral("train/loss");

QList<FloatPoint> lossPoints(int run)
{
    QList<FloatPoint> points;
    points.reserve(PointCount);
    for (int step = 0; step < PointCount; ++step)
        points.append({double(step), (1 + run % 50 * 0.02) / (1 + step * 0.01) + 0.03 * std::sin(step * 0.2 + run),
                       1.7e9 + step * 2.0});
    return points;
}

// The panel shown and its first frame painted on the window, as the event loop would do it.
bool paintFirst(ChartPanel &panel, const QStringList &runIds)
{
    panel.resize(1400, 800);
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel))
        return false;
    panel.setRuns(runIds);
    panel.drawNow();
    QCoreApplication::sendPostedEvents(); // QtCharts' layout, which posts the repaint
    QCoreApplication::sendPostedEvents();
    panel.canvas()->viewport()->repaint();
    return true;
}

} // namespace

class BenchChartManyRuns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cacheReadBaseline();
    void firstPaint();
    void hover();
    void screenshot();

private:
    RunFixtures m_fixtures;
    QStringList m_runIds;
};

void BenchChartManyRuns::initTestCase()
{
    QVERIFY(m_fixtures.open());
    QList<QJsonObject> runs;
    for (int number = 1; number <= RunCount; ++number) {
        runs.append(RunFixtures::run(number, {}, {{Loss, RunFixtures::floatSeries(0, 0, 0, 0)}}));
        m_runIds.append(QStringLiteral("SWP-%1").arg(number));
    }
    QVERIFY(m_fixtures.apply(runs));
    for (int run = 0; run < RunCount; ++run)
        QVERIFY(m_fixtures.cache().appendPoints(m_runIds[run], Loss, lossPoints(run)));
}

void BenchChartManyRuns::cacheReadBaseline()
{
    qsizetype read = 0;
    QBENCHMARK
    {
        read = 0;
        for (const QString &runId : std::as_const(m_runIds))
            read += m_fixtures.cache().points(runId, Loss).size();
    }
    QCOMPARE(read, qsizetype(RunCount) * PointCount);
}

void BenchChartManyRuns::firstPaint()
{
    QBENCHMARK
    {
        SessionModels panelModels(m_fixtures.cache());
        ChartPanel panel(panelModels, Loss);
        QVERIFY(paintFirst(panel, m_runIds));
        QCOMPARE(panel.model().runIds().size(), RunCount);
    }
}

// Moving the mouse over the chart: the nearest point of 2,000 runs named below the plot, and the tip listing every
// run's value at that step (sorted, the 20 rows around the nearest one).
void BenchChartManyRuns::hover()
{
    SessionModels panelModels(m_fixtures.cache());
    ChartPanel panel(panelModels, Loss);
    QVERIFY(paintFirst(panel, m_runIds));
    const QRectF plot = panel.chart()->plotArea();
    int move = 0;
    QBENCHMARK
    {
        panel.showNearest(plot.topLeft() + QPointF(plot.width() * (0.2 + 0.01 * (++move % 50)), plot.height() / 2));
    }
    QVERIFY(!panel.hoverText().isEmpty());
}

// Not a measurement: the 2,000-run chart with its legend, saved beside the executable to be looked at.
void BenchChartManyRuns::screenshot()
{
    SessionModels panelModels(m_fixtures.cache());
    ChartPanel panel(panelModels, Loss);
    QVERIFY(paintFirst(panel, m_runIds));
    QTest::qWait(50);
    panel.drawNow();
    const QString path =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("benchchartmanyruns.png"));
    QVERIFY2(panel.grab().save(path), qPrintable(path));
}

QTEST_MAIN(BenchChartManyRuns)
#include "benchchartmanyruns.moc"
