// ChartSeries (issue 7): a run's series as a chart holds it, laid out and smoothed, extended by live points.
#include "series/chartseries.h"

#include <cmath>
#include <QTest>

using namespace nereid;

namespace {

QList<FloatPoint> points(int firstStep, int count)
{
    QList<FloatPoint> list;
    for (int step = firstStep; step < firstStep + count; ++step)
        list.append({double(step), std::cos(step * 0.3) + step * 0.01, 5000.0 + step * 2});
    return list;
}

QList<double> toList(std::span<const double> values)
{
    return QList<double>(values.begin(), values.end());
}

} // namespace

class TestChartSeries : public QObject
{
    Q_OBJECT

private slots:
    void appendSkipsPointsHeldAlready();
    void relativeTimeStartsAtTheFirstPoint();
    void smoothedLineFollowsLivePoints();
    void noSmoothingNoSmoothedLine();
};

void TestChartSeries::appendSkipsPointsHeldAlready()
{
    ChartSeries series;
    QCOMPARE(series.append(points(0, 10)), 10);
    QCOMPARE(series.append(points(5, 10)), 5);
    QCOMPARE(series.points(), points(0, 15));
    QCOMPARE(series.line().size(), 15);
    QCOMPARE(series.lastStep(), 14.0);
}

void TestChartSeries::relativeTimeStartsAtTheFirstPoint()
{
    ChartSeries series;
    series.append(points(3, 4));
    series.setXAxisMode(XAxisMode::RelativeTime);
    QCOMPARE(toList(series.line().xs()), (QList<double>{0, 2, 4, 6}));
    series.setXAxisMode(XAxisMode::AbsoluteTime);
    QCOMPARE(toList(series.line().xs()), (QList<double>{5006, 5008, 5010, 5012}));
}

void TestChartSeries::smoothedLineFollowsLivePoints()
{
    ChartSeries series(XAxisMode::Step, 0.9);
    series.append(points(0, 1000));
    series.append(points(1000, 37));
    series.append(points(1037, 500));
    const SeriesData expected = EmaSmoother::smoothed(series.line(), 0.9);
    QCOMPARE(toList(series.smoothedLine().xs()), toList(expected.xs()));
    QCOMPARE(toList(series.smoothedLine().ys()), toList(expected.ys()));
    series.setSmoothing(0.5);
    QCOMPARE(toList(series.smoothedLine().ys()), toList(EmaSmoother::smoothed(series.line(), 0.5).ys()));
}

void TestChartSeries::noSmoothingNoSmoothedLine()
{
    ChartSeries series(XAxisMode::Step, 0.9);
    series.append(points(0, 100));
    series.setSmoothing(0);
    QVERIFY(series.smoothedLine().isEmpty());
    QCOMPARE(series.line().size(), 100);
}

QTEST_GUILESS_MAIN(TestChartSeries)
#include "test_chartseries.moc"
