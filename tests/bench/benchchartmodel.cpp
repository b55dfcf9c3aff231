// The chart model of issue 7 over a warm cache: 20 runs × 1,000,000 points. The budgets, of which this
// measures the model's share (reading the cache, laying out, reducing; not painting): the first chart within 1 s,
// a zoom within 200 ms, a single run within 50 ms, a live batch of 1,000 points under 10 ms.
// Baseline in the same run: reading the same points out of the cache and nothing else. Run with `-median 5`.
#include "models/chartmodel.h"
#include "runfixtures.h"

#include <cmath>
#include <QElapsedTimer>
#include <QTest>

using namespace nereid;
using namespace nereid::test;

namespace {

constexpr int RunCount = 20;
constexpr int PointCount = 1'000'000;
constexpr int Width = 1500;
const QString Loss = QStringLiteral("train/loss");

QList<FloatPoint> lossPoints(int run, int firstStep, int count)
{
    QList<FloatPoint> points;
    points.reserve(count);
    for (int step = firstStep; step < firstStep + count; ++step)
        points.append({double(step), 1.0 / (1 + step * 1e-5) + 0.05 * std::sin(step * 0.37 + run), 1.7e9 + step * 0.1});
    return points;
}

} // namespace

class BenchChartModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cacheReadBaseline();
    void firstChart();
    void zoom();
    void singleRun();
    void redrawOneRun();
    void liveBatchCacheWriteBaseline();
    void liveBatch();

private:
    RunFixtures m_fixtures;
    QStringList m_runIds;
};

void BenchChartModel::initTestCase()
{
    QVERIFY(m_fixtures.open());
    QList<QJsonObject> runs;
    for (int number = 1; number <= RunCount; ++number) {
        runs.append(RunFixtures::run(number, {}, {{Loss, RunFixtures::floatSeries(0, 0, 0, 0)}}));
        m_runIds.append(QStringLiteral("SWP-%1").arg(number));
    }
    QVERIFY(m_fixtures.apply(runs));
    QElapsedTimer timer;
    timer.start();
    for (int run = 0; run < RunCount; ++run)
        QVERIFY(m_fixtures.cache().appendPoints(m_runIds[run], Loss, lossPoints(run, 0, PointCount)));
    qInfo("cached %d runs of %d points in %lld ms", RunCount, PointCount, timer.elapsed());
}

void BenchChartModel::cacheReadBaseline()
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

void BenchChartModel::firstChart()
{
    qsizetype drawn = 0;
    QBENCHMARK
    {
        ChartModel model(m_fixtures.cache());
        model.setSeries(Loss, m_runIds);
        model.setView(0, PointCount - 1, Width);
        drawn = model.lines().size();
    }
    QCOMPARE(drawn, RunCount);
}

void BenchChartModel::zoom()
{
    ChartModel model(m_fixtures.cache());
    model.setSeries(Loss, m_runIds);
    model.setSmoothing(0.6);
    double from = 1000;
    qsizetype points = 0;
    QBENCHMARK
    {
        from = std::fmod(from * 1.7, PointCount / 2.0); // a new range each time
        model.setView(from, from + PointCount / 10.0, Width);
        points = 0;
        for (const ChartModel::Line &line : model.lines())
            points += line.raw.size() + line.smoothed.size();
    }
    QVERIFY(points > qint64(RunCount) * Width);
}

void BenchChartModel::singleRun()
{
    qsizetype drawn = 0;
    QBENCHMARK
    {
        ChartModel model(m_fixtures.cache());
        model.setSeries(Loss, {m_runIds.first()});
        model.resetView();
        drawn = model.lines().first().raw.size();
    }
    QVERIFY(drawn > Width);
}

// What each frame of a live chart costs the model: one run of 1e6 points reduced, raw and smoothed.
void BenchChartModel::redrawOneRun()
{
    ChartModel model(m_fixtures.cache());
    model.setSeries(Loss, {m_runIds.first()});
    model.setSmoothing(0.9);
    qsizetype drawn = 0;
    QBENCHMARK
    {
        const ChartModel::Line line = model.lines().first();
        drawn = line.raw.size() + line.smoothed.size();
    }
    QVERIFY(drawn > qint64(2) * Width);
}

// The cache's own share of a live batch: writing 1,000 points (no chart listening).
void BenchChartModel::liveBatchCacheWriteBaseline()
{
    const QString runId = m_runIds.first();
    int nextStep = int(*m_fixtures.cache().lastCachedStep(runId, Loss)) + 1;
    QBENCHMARK
    {
        QVERIFY(m_fixtures.cache().appendPoints(runId, Loss, lossPoints(0, nextStep, 1000)));
        nextStep += 1000;
    }
}

void BenchChartModel::liveBatch()
{
    ChartModel model(m_fixtures.cache());
    model.setSeries(Loss, {m_runIds.last()});
    model.setSmoothing(0.9);
    // QBENCHMARK runs this function more than once: go on after whatever an earlier run appended.
    int nextStep = int(*m_fixtures.cache().lastCachedStep(m_runIds.last(), Loss)) + 1;
    qsizetype drawn = 0;
    QBENCHMARK
    {
        QVERIFY(m_fixtures.cache().appendPoints(m_runIds.last(), Loss, lossPoints(0, nextStep, 1000)));
        nextStep += 1000;
        model.resetView();
        drawn = model.lines().first().raw.size();
    }
    QCOMPARE(model.series(m_runIds.last())->points().size(), nextStep);
    QVERIFY(drawn > Width);
}

QTEST_GUILESS_MAIN(BenchChartModel)
#include "benchchartmodel.moc"
