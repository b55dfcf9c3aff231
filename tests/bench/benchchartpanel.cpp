// The chart panel of issue 7 painted, over a warm cache of 20 runs × 1,000,000 points: the first chart (reading,
// laying out, reducing, handing QtCharts ~4 points per pixel column per run, repainting the window), a zoom to a new
// range, a single run, and a live batch of 1,000 points into a visible 1,000,000-point chart (a usual one, and one
// that moves the x axis' end).
// The first chart also of 100 other runs × 100,000 points (issue 17, item 8: ≤ 300 ms warm).
// Baseline in the same run: reading the same points out of the cache and nothing else. Run with `-median 5`.
#include "models/sessionmodels.h"
#include "runfixtures.h"
#include "views/chartaxes.h"
#include "views/chartcanvas.h"
#include "views/chartpanel.h"

#include <cmath>
#include <QDir>
#include <QTest>
#include <QValueAxis>

using namespace nereid;
using namespace nereid::test;

namespace {

constexpr int RunCount = 20;
constexpr int PointCount = 1'000'000;
constexpr int ManyRunCount = 100; // of ManyPointCount points each, after the RunCount runs
constexpr int ManyPointCount = 100'000;
const QString Loss = QStringLiteral("train/loss");

QList<FloatPoint> lossPoints(int run, int firstStep, int count)
{
    QList<FloatPoint> points;
    points.reserve(count);
    for (int step = firstStep; step < firstStep + count; ++step)
        points.append({double(step), 1.0 / (1 + step * 1e-5) + 0.05 * std::sin(step * 0.37 + run), 1.7e9 + step * 0.1});
    return points;
}

// What the user sees: the panel laid out (QtCharts places the legend and the axes' labels in posted events) and
// repainted on its window, as the event loop would do it: only what changed is painted again. Fails when nothing
// was painted, so a measurement never leaves the painting out.
class Painted : public QObject
{
public:
    explicit Painted(ChartPanel &panel)
        : m_viewport(panel.canvas()->viewport())
    {
        m_viewport->installEventFilter(this);
    }

    bool paint()
    {
        const int before = m_paints;
        QCoreApplication::sendPostedEvents(); // the layout, which posts the repaint
        QCoreApplication::sendPostedEvents();
        return m_paints > before;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        m_paints += watched == m_viewport && event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }

private:
    QWidget *m_viewport;
    int m_paints = 0;
};

} // namespace

class BenchChartPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cacheReadBaseline_data();
    void cacheReadBaseline();
    void firstChartPainted_data();
    void firstChartPainted();
    void zoomPainted();
    void singleRunPainted();
    void liveBatchPainted_data();
    void liveBatchPainted();
    void screenshots();

private:
    std::unique_ptr<ChartPanel> shownPanel(const QStringList &runIds);

    RunFixtures m_fixtures;

    std::unique_ptr<SessionModels> m_models;
    QStringList m_runIds;
    QStringList m_manyRunIds;
};

void BenchChartPanel::initTestCase()
{
    QVERIFY(m_fixtures.open());
    QList<QJsonObject> runs;
    for (int number = 1; number <= RunCount + ManyRunCount; ++number) {
        runs.append(RunFixtures::run(number, {}, {{Loss, RunFixtures::floatSeries(0, 0, 0, 0)}}));
        (number <= RunCount ? m_runIds : m_manyRunIds).append(QStringLiteral("SWP-%1").arg(number));
    }
    QVERIFY(m_fixtures.apply(runs));
    for (int run = 0; run < RunCount; ++run)
        QVERIFY(m_fixtures.cache().appendPoints(m_runIds[run], Loss, lossPoints(run, 0, PointCount)));
    for (int run = 0; run < ManyRunCount; ++run)
        QVERIFY(m_fixtures.cache().appendPoints(m_manyRunIds[run], Loss, lossPoints(run, 0, ManyPointCount)));
}

std::unique_ptr<ChartPanel> BenchChartPanel::shownPanel(const QStringList &runIds)
{
    if (!m_models) // outlives the panels
        m_models = std::make_unique<SessionModels>(m_fixtures.cache());
    auto panel = std::make_unique<ChartPanel>(*m_models, Loss);
    panel->resize(1200, 700);
    panel->show();
    if (!QTest::qWaitForWindowExposed(panel.get()))
        return nullptr;
    panel->setRuns(runIds);
    panel->drawNow();
    return panel;
}

void BenchChartPanel::cacheReadBaseline_data()
{
    QTest::addColumn<QStringList>("runIds");
    QTest::addColumn<qsizetype>("points");
    QTest::newRow("20 runs x 1,000,000") << m_runIds << qsizetype(RunCount) * PointCount;
    QTest::newRow("100 runs x 100,000") << m_manyRunIds << qsizetype(ManyRunCount) * ManyPointCount;
}

void BenchChartPanel::cacheReadBaseline()
{
    QFETCH(QStringList, runIds);
    QFETCH(qsizetype, points);
    qsizetype read = 0;
    QBENCHMARK
    {
        read = 0;
        for (const QString &runId : std::as_const(runIds))
            read += m_fixtures.cache().points(runId, Loss).size();
    }
    QCOMPARE(read, points);
}

void BenchChartPanel::firstChartPainted_data()
{
    cacheReadBaseline_data();
}

void BenchChartPanel::firstChartPainted()
{
    QFETCH(QStringList, runIds);
    SessionModels panelModels(m_fixtures.cache());
    ChartPanel panel(panelModels, Loss);
    panel.resize(1200, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    Painted painted(panel);
    QBENCHMARK
    {
        panel.setRuns(runIds);
        panel.drawNow();
        QVERIFY(painted.paint());
    }
    QCOMPARE(panel.model().runIds(), runIds);
}

void BenchChartPanel::zoomPainted()
{
    std::unique_ptr<ChartPanel> panel = shownPanel(m_runIds);
    QVERIFY(panel);
    panel->model().setSmoothing(0.6);
    Painted painted(*panel);
    double from = 1000;
    QBENCHMARK
    {
        from = std::fmod(from * 1.7, PointCount / 2.0); // a new range each time, as the rubber band sets it
        static_cast<QValueAxis *>(panel->axes()->x())->setRange(from, from + PointCount / 10.0);
        panel->drawNow();
        QVERIFY(painted.paint());
    }
    QCOMPARE(panel->model().view().first, from);
}

void BenchChartPanel::singleRunPainted()
{
    SessionModels panelModels(m_fixtures.cache());
    ChartPanel panel(panelModels, Loss);
    panel.resize(1200, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    Painted painted(panel);
    QBENCHMARK
    {
        panel.setRuns({m_runIds.first()});
        panel.drawNow();
        QVERIFY(painted.paint());
    }
}

// A usual batch, and a batch that passes the round number the x axis ends at (one in 50 of the usual ones, see
// AxisEnd): the axis moves and QtCharts lays the chart out again. There each batch starts just before that end.
void BenchChartPanel::liveBatchPainted_data()
{
    QTest::addColumn<int>("run");
    QTest::addColumn<bool>("movingTheAxisEnd");
    QTest::newRow("usual") << RunCount - 1 << false;
    QTest::newRow("moving the axis' end") << RunCount - 2 << true;
}

void BenchChartPanel::liveBatchPainted()
{
    QFETCH(int, run);
    QFETCH(bool, movingTheAxisEnd);
    const QString runId = m_runIds[run];
    std::unique_ptr<ChartPanel> panel = shownPanel({runId});
    QVERIFY(panel);
    int nextStep = int(*m_fixtures.cache().lastCachedStep(runId, Loss)) + 1;
    Painted painted(*panel);
    QVERIFY(painted.paint()); // the first frame, before the batches
    QBENCHMARK
    {
        const double end = panel->model().view().second;
        if (movingTheAxisEnd)
            nextStep = std::max(nextStep, int(end) - 998);
        QVERIFY(m_fixtures.cache().appendPoints(runId, Loss, lossPoints(0, nextStep, 1000)));
        nextStep += 1000;
        panel->drawNow();
        QVERIFY(painted.paint());
        if (movingTheAxisEnd)
            QVERIFY(panel->model().view().second > end);
    }
}

// Not a measurement: the 20-run chart as the benchmarks paint it, plain, smoothed and on a log axis, saved beside
// the executable to be looked at.
void BenchChartPanel::screenshots()
{
    std::unique_ptr<ChartPanel> panel = shownPanel(m_runIds);
    QVERIFY(panel);
    const auto save = [&](const QString &name) {
        panel->drawNow();
        QTest::qWait(50); // QtCharts lays the legend and axes out in posted events
        panel->drawNow();
        const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(name);
        QVERIFY2(panel->grab().save(path), qPrintable(path));
    };
    save(QStringLiteral("benchchartpanel-20runs.png"));
    panel->model().setSmoothing(0.99);
    save(QStringLiteral("benchchartpanel-20runs-smoothed.png"));
    panel->model().setLogY(true);
    save(QStringLiteral("benchchartpanel-20runs-log.png"));
    static_cast<QValueAxis *>(panel->axes()->x())->setRange(1000, 1200);
    save(QStringLiteral("benchchartpanel-20runs-log-zoomed.png"));
}

QTEST_MAIN(BenchChartPanel)
#include "benchchartpanel.moc"
