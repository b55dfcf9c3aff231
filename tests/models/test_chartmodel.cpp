// ChartModel (issue 7) over a real cache file: one series path across runs, reduced per pixel column with every spike
// kept, by step or time, smoothed, on a log axis with clipped values counted, and following points as they arrive.
#include "models/chartmodel.h"
#include "runfixtures.h"
#include "seriescheck.h"

#include <cmath>
#include <QSignalSpy>
#include <QTest>

using namespace nereid;
using namespace nereid::test;
using nereid::seriescheck::containsPoint;

namespace {

const QString Loss = QStringLiteral("train/loss");

QList<FloatPoint> lossPoints(int firstStep, int count, double offset = 0)
{
    QList<FloatPoint> points;
    for (int step = firstStep; step < firstStep + count; ++step)
        points.append({double(step), offset + 1.0 / (1 + step * 0.001) + 0.01 * std::sin(step), 1.7e9 + step * 0.5});
    return points;
}

} // namespace

class TestChartModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void linesPerRunKeepTheSpike();
    void zoomShowsTheRangeInView();
    void relativeTimeStartsEachRunAtZero();
    void smoothedLineBesideTheRawOne();
    void logAxisClipsAndCounts();
    void followsLivePoints();

private:
    std::unique_ptr<RunFixtures> m_fixtures;
};

void TestChartModel::init()
{
    m_fixtures = std::make_unique<RunFixtures>();
    QVERIFY(m_fixtures->open());
    QList<QJsonObject> runs;
    for (int number = 1; number <= 2; ++number)
        runs.append(RunFixtures::run(number, {}, {{Loss, RunFixtures::floatSeries(0, 0, 0, 0)}}));
    QVERIFY(m_fixtures->apply(runs));
    QList<FloatPoint> first = lossPoints(0, 200000);
    first[123456].value = 40; // the spike
    QVERIFY(m_fixtures->cache().appendPoints(QStringLiteral("SWP-1"), Loss, first));
    QVERIFY(m_fixtures->cache().appendPoints(QStringLiteral("SWP-2"), Loss, lossPoints(100, 5000, 0.5)));
}

void TestChartModel::linesPerRunKeepTheSpike()
{
    ChartModel model(m_fixtures->cache());
    model.setSeries(Loss, {QStringLiteral("SWP-1"), QStringLiteral("SWP-2")});
    model.setView(0, 199999, 600);
    const QList<ChartModel::Line> lines = model.lines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].runId, QStringLiteral("SWP-1"));
    QCOMPARE(lines[0].runName, QStringLiteral("run 1"));
    QVERIFY(containsPoint(lines[0].raw, 123456, 40));
    QVERIFY(lines[0].raw.size() <= 5 * 600 + 2);
    QCOMPARE(lines[1].raw.first(), QPointF(100, lossPoints(100, 1, 0.5)[0].value));
    QVERIFY(lines[1].smoothed.isEmpty());
    model.resetView();
    QCOMPARE(model.view(), (std::pair{0.0, 200000.0})); // the last step rounded up (AxisEnd)
}

void TestChartModel::zoomShowsTheRangeInView()
{
    ChartModel model(m_fixtures->cache());
    model.setSeries(Loss, {QStringLiteral("SWP-1")});
    model.setView(123000, 124000, 2000); // more columns than points: every point of the range is drawn
    const QList<QPointF> raw = model.lines().first().raw;
    QCOMPARE(raw.size(), 1001 + 2); // the range and one neighbour on each side
    QCOMPARE(raw.first().x(), 122999.0);
    QCOMPARE(raw.last().x(), 124001.0);
    QVERIFY(containsPoint(raw, 123456, 40));
}

void TestChartModel::relativeTimeStartsEachRunAtZero()
{
    ChartModel model(m_fixtures->cache());
    model.setSeries(Loss, {QStringLiteral("SWP-1"), QStringLiteral("SWP-2")});
    model.setXAxisMode(XAxisMode::RelativeTime);
    model.setView(0, 10, 100);
    const QList<ChartModel::Line> lines = model.lines();
    QCOMPARE(lines[0].raw.first().x(), 0.0);
    QCOMPARE(lines[1].raw.first().x(), 0.0);
    QCOMPARE(lines[0].raw[1].x(), 0.5); // half a second a step
    model.setXAxisMode(XAxisMode::AbsoluteTime);
    QCOMPARE(model.extent(), (std::pair{1.7e9, 1.7e9 + 199999 * 0.5}));
}

void TestChartModel::smoothedLineBesideTheRawOne()
{
    ChartModel model(m_fixtures->cache());
    model.setSeries(Loss, {QStringLiteral("SWP-2")});
    model.setSmoothing(0.9);
    model.setView(100, 5099, 5000);
    const ChartModel::Line line = model.lines().first();
    QCOMPARE(line.raw.size(), 5000);
    QCOMPARE(line.smoothed.size(), 5000);
    QCOMPARE(line.smoothed.first(), line.raw.first()); // debiased
    // Smoothing flattens the sine ripple: the smoothed line moves less from point to point than the raw one.
    double rawMoves = 0;
    double smoothedMoves = 0;
    for (int i = 1; i < 5000; ++i) {
        rawMoves += std::abs(line.raw[i].y() - line.raw[i - 1].y());
        smoothedMoves += std::abs(line.smoothed[i].y() - line.smoothed[i - 1].y());
    }
    QVERIFY(smoothedMoves < rawMoves / 3);
}

void TestChartModel::logAxisClipsAndCounts()
{
    QList<FloatPoint> points = lossPoints(5100, 10, 0.5);
    points[3].value = 0;
    points[6].value = -2;
    QVERIFY(m_fixtures->cache().appendPoints(QStringLiteral("SWP-2"), Loss, points));
    ChartModel model(m_fixtures->cache());
    model.setSeries(Loss, {QStringLiteral("SWP-2")});
    model.setView(5100, 5109, 100);
    model.setLogY(true);
    const ChartModel::Line line = model.lines().first();
    QCOMPARE(line.nonPositive, 2);
    QCOMPARE(line.raw.size(), 11); // nothing dropped: the ten points and the neighbour before
    QCOMPARE(line.clipped, (QList<qsizetype>{4, 7}));
    QVERIFY(line.raw[4].y() > 0 && line.raw[4].y() == line.raw[7].y());
    QVERIFY(line.raw[4].y() < line.raw[5].y());
}

void TestChartModel::followsLivePoints()
{
    ChartModel model(m_fixtures->cache());
    model.setSeries(Loss, {QStringLiteral("SWP-2")});
    QSignalSpy changed(&model, &ChartModel::changed);
    QVERIFY(m_fixtures->cache().appendPoints(QStringLiteral("SWP-1"), Loss, lossPoints(200000, 10)));
    QCOMPARE(changed.size(), 0); // not a run of this chart
    QVERIFY(m_fixtures->cache().appendPoints(QStringLiteral("SWP-2"), Loss, lossPoints(5100, 1000, 0.5)));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.extent(), (std::pair{100.0, 6099.0}));
    QCOMPARE(model.series(QStringLiteral("SWP-2"))->points().size(), 6000);
    model.resetView();
    QCOMPARE(model.lines().first().raw.last().x(), 6099.0);
    // The whole series in view ends at a round step just beyond the last one: 30 more steps pass it and the end moves
    // to the next round step, 20 more stay inside and it stays.
    QCOMPARE(model.view(), (std::pair{100.0, 6100.0}));
    QVERIFY(m_fixtures->cache().appendPoints(QStringLiteral("SWP-2"), Loss, lossPoints(6100, 30, 0.5)));
    QCOMPARE(model.view(), (std::pair{100.0, 6150.0}));
    QVERIFY(m_fixtures->cache().appendPoints(QStringLiteral("SWP-2"), Loss, lossPoints(6130, 20, 0.5)));
    QCOMPARE(model.view(), (std::pair{100.0, 6150.0}));
    QCOMPARE(model.lines().first().raw.last().x(), 6149.0);
}

QTEST_GUILESS_MAIN(TestChartModel)
#include "test_chartmodel.moc"
