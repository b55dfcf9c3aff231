// XAxis (issue 7): points by step, absolute time and relative time; server buckets laid out so that M4 over them
// draws what M4 over the raw points draws.
#include "series/m4reducer.h"
#include "series/xaxis.h"
#include "seriescheck.h"

#include <cmath>
#include <limits>
#include <QRandomGenerator>
#include <QTest>

using namespace nereid;
using namespace nereid::seriescheck;

namespace {

const QList<FloatPoint> ThreePoints{{1, 0.5, 1000.0}, {2, 0.4, 1010.5}, {5, 0.3, 1030.0}};

QList<double> toList(std::span<const double> values)
{
    return QList<double>(values.begin(), values.end());
}

// What the server's reduced read gives for points cut into the columns of `buckets`: per bucket the first and last
// point and the first lowest and first highest value with their steps.
SeriesData fromBuckets(const QList<FloatPoint> &points, const PixelColumns &buckets, const XAxis &axis)
{
    QList<QList<FloatPoint>> perBucket(buckets.width());
    for (const FloatPoint &point : points)
        perBucket[buckets.columnOf(point.step)].append(point);
    SeriesData series;
    for (const QList<FloatPoint> &bucket : perBucket) {
        if (bucket.isEmpty())
            continue;
        FloatPoint low = bucket.first();
        FloatPoint high = bucket.first();
        for (const FloatPoint &point : bucket) {
            low = point.value < low.value ? point : low;
            high = point.value > high.value ? point : high;
        }
        axis.appendBucket(bucket.first(), low.step, low.value, high.step, high.value, bucket.last(), series);
    }
    return series;
}

} // namespace

class TestXAxis : public QObject
{
    Q_OBJECT

private slots:
    void modes_data();
    void modes();
    void clockSetBackKeepsEveryPoint();
    void alignedBucketsDrawTheRawLine();
    void bucketExtremesByTime();
    void bucketOfNanOnlyKeepsFirstAndLast();
};

void TestXAxis::modes_data()
{
    QTest::addColumn<XAxisMode>("mode");
    QTest::addColumn<QList<double>>("xs");
    QTest::newRow("step") << XAxisMode::Step << QList<double>{1, 2, 5};
    QTest::newRow("absolute time") << XAxisMode::AbsoluteTime << QList<double>{1000, 1010.5, 1030};
    QTest::newRow("relative time") << XAxisMode::RelativeTime << QList<double>{10, 20.5, 40};
}

void TestXAxis::modes()
{
    QFETCH(XAxisMode, mode);
    QFETCH(QList<double>, xs);
    SeriesData series;
    QCOMPARE(XAxis(mode, 990.0).append(ThreePoints, series), 0);
    QCOMPARE(toList(series.xs()), xs);
    QCOMPARE(toList(series.ys()), (QList<double>{0.5, 0.4, 0.3}));
}

void TestXAxis::clockSetBackKeepsEveryPoint()
{
    const QList<FloatPoint> points{{1, 1, 100}, {2, 2, 110}, {3, 3, 105}, {4, 4, 120}};
    SeriesData byTime;
    QCOMPARE(XAxis(XAxisMode::AbsoluteTime).append(points, byTime), 1);
    QCOMPARE(toList(byTime.xs()), (QList<double>{100, 110, 110, 120}));
    QCOMPARE(toList(byTime.ys()), (QList<double>{1, 2, 3, 4}));
    SeriesData byStep;
    QCOMPARE(XAxis(XAxisMode::Step).append(points, byStep), 0);
}

void TestXAxis::alignedBucketsDrawTheRawLine()
{
    QRandomGenerator random(9);
    QList<FloatPoint> points;
    for (int step = 0; step < 100000; ++step)
        points.append({double(step), random.bounded(1.0) + (step == 43210 ? 100 : 0), 1.7e9 + step * 0.25});
    const PixelColumns columns(0, 99999, 500);
    const XAxis axis(XAxisMode::Step);
    SeriesData raw;
    axis.append(points, raw);
    const QList<QPointF> fromRaw = M4Reducer::reduce(raw, columns);
    const QList<QPointF> fromServer = M4Reducer::reduce(fromBuckets(points, columns, axis), columns);
    QVERIFY2(lineDifference(fromServer, fromRaw).isEmpty(), qPrintable(lineDifference(fromServer, fromRaw)));
    QVERIFY(fromServer.contains(QPointF(43210, points[43210].value)));
}

void TestXAxis::bucketExtremesByTime()
{
    SeriesData series;
    XAxis(XAxisMode::AbsoluteTime).appendBucket({10, 1.0, 100}, 15, 0.1, 12, 3.0, {20, 2.0, 200}, series);
    QCOMPARE(toList(series.xs()), (QList<double>{100, 120, 150, 200}));
    QCOMPARE(toList(series.ys()), (QList<double>{1.0, 3.0, 0.1, 2.0}));
}

void TestXAxis::bucketOfNanOnlyKeepsFirstAndLast()
{
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
    SeriesData series;
    XAxis(XAxisMode::Step).appendBucket({10, NaN, 100}, NaN, NaN, NaN, NaN, {20, NaN, 200}, series);
    QCOMPARE(toList(series.xs()), (QList<double>{10, 20}));
    QVERIFY(std::isnan(series.ys()[0]) && std::isnan(series.ys()[1]));
}

QTEST_GUILESS_MAIN(TestXAxis)
#include "test_xaxis.moc"
