// M4Reducer (issue 7): the reduced line equals M4 computed point by point, on random data with NaN, ±Infinity,
// gaps and repeated x, and a single outlier among 1,000,000 points shows at every zoom level.
#include "series/m4reducer.h"
#include "seriescheck.h"

#include <cmath>
#include <limits>
#include <QRandomGenerator>
#include <QTest>

using namespace nereid;
using namespace nereid::seriescheck;

namespace {

constexpr double Inf = std::numeric_limits<double>::infinity();
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// Random points: x grows by 1 mostly, sometimes by 0 (equal times) or by a jump (a gap of empty columns);
// y is noise with the given share of NaN (often in runs longer than a block) and a few ±Infinity.
SeriesData randomSeries(qsizetype count, double nanShare, quint32 seed)
{
    QRandomGenerator random(seed);
    SeriesData series;
    double x = random.bounded(100.0);
    qsizetype nanRun = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const double roll = random.generateDouble();
        x += roll < 0.05 ? 0.0 : roll < 0.07 ? random.bounded(5000.0) : 1.0;
        if (nanRun == 0 && random.generateDouble() < nanShare)
            nanRun = random.bounded(2) ? 1 : random.bounded(1, 700);
        double y = random.bounded(2.0) - 1.0;
        if (nanRun > 0) {
            y = NaN;
            --nanRun;
        } else if (random.generateDouble() < 0.001) {
            y = random.bounded(2) ? Inf : -Inf;
        }
        series.append(x, y);
    }
    return series;
}

SeriesData line(const QList<double> &ys)
{
    SeriesData series;
    for (qsizetype i = 0; i < ys.size(); ++i)
        series.append(double(i), ys[i]);
    return series;
}

} // namespace

class TestM4Reducer : public QObject
{
    Q_OBJECT

private slots:
    void matchesBruteForce_data();
    void matchesBruteForce();
    void spikeVisibleAtEveryZoom();
    void nanBreaksTheLine();
    void columnOfNanOnlyIsOneGapPoint();
    void infinityIsAnExtreme();
    void keepsNeighboursOutsideTheRange();
    void atMostFivePointsPerColumn();
};

void TestM4Reducer::matchesBruteForce_data()
{
    QTest::addColumn<qsizetype>("count");
    QTest::addColumn<double>("nanShare");
    QTest::addColumn<int>("width");
    QTest::newRow("empty") << qsizetype(0) << 0.0 << 100;
    QTest::newRow("one point") << qsizetype(1) << 0.0 << 100;
    QTest::newRow("fewer points than columns") << qsizetype(50) << 0.1 << 400;
    QTest::newRow("one column") << qsizetype(5000) << 0.01 << 1;
    QTest::newRow("no NaN") << qsizetype(20000) << 0.0 << 300;
    QTest::newRow("some NaN") << qsizetype(100000) << 0.002 << 1000;
    QTest::newRow("mostly NaN") << qsizetype(50000) << 0.3 << 700;
    QTest::newRow("odd width") << qsizetype(30000) << 0.01 << 37;
}

void TestM4Reducer::matchesBruteForce()
{
    QFETCH(qsizetype, count);
    QFETCH(double, nanShare);
    QFETCH(int, width);
    const SeriesData series = randomSeries(count, nanShare, quint32(count * 31 + width));
    const double first = series.isEmpty() ? 0 : series.xs().front();
    const double last = series.isEmpty() ? 1 : series.xs().back();
    QRandomGenerator random(7);
    QList<std::pair<double, double>> ranges{{first, last}, {first - 10, last + 10}, {last + 1, last + 2}};
    for (int i = 0; i < 40; ++i) {
        const double a = first + random.generateDouble() * (last - first);
        const double b = a + random.generateDouble() * (last - a);
        ranges.append({a, b});
    }
    for (const auto &[from, to] : ranges) {
        const PixelColumns columns(from, to, width);
        const QString difference = lineDifference(M4Reducer::reduce(series, columns), bruteForceM4(series, columns));
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("range [%1, %2]: ").arg(from).arg(to) + difference));
    }
}

void TestM4Reducer::spikeVisibleAtEveryZoom()
{
    constexpr qsizetype Count = 1'000'000;
    constexpr qsizetype SpikeAt = 612'345;
    constexpr double Spike = 50.0;
    SeriesData series;
    series.reserve(Count);
    QRandomGenerator random(11);
    for (qsizetype i = 0; i < Count; ++i)
        series.append(double(i), i == SpikeAt ? Spike : random.generateDouble());
    int ranges = 0;
    for (double span = Count; span >= 4; span /= 3) {
        for (int shift = 0; shift < 5; ++shift) {
            // Ranges of this zoom that hold the spike, from having it at the left edge to having it at the right.
            const double from = std::max(0.0, SpikeAt - span * shift / 4.0);
            const PixelColumns columns(from, from + span, 800);
            const QList<QPointF> reduced = M4Reducer::reduce(series, columns);
            QVERIFY2(containsPoint(reduced, SpikeAt, Spike),
                     qPrintable(QStringLiteral("lost in [%1, %2]").arg(from, 0, 'f', 0).arg(from + span, 0, 'f', 0)));
            QVERIFY(reduced.size() <= 5 * 800 + 2);
            ++ranges;
        }
    }
    QVERIFY(ranges > 50);
}

void TestM4Reducer::nanBreaksTheLine()
{
    const SeriesData series = line({1, 2, NaN, 4, 5});
    const QList<QPointF> reduced = M4Reducer::reduce(series, PixelColumns(0, 4, 100));
    QCOMPARE(reduced.size(), 5);
    QCOMPARE(reduced[1], QPointF(1, 2));
    QCOMPARE(reduced[2].x(), 2.0);
    QVERIFY(std::isnan(reduced[2].y()));
    QCOMPARE(reduced[3], QPointF(3, 4));
    // Zoomed out to one column, the NaN still breaks the line, in x order among the extremes.
    const QList<QPointF> oneColumn = M4Reducer::reduce(series, PixelColumns(0, 4, 1));
    QCOMPARE(oneColumn.size(), 3);
    QCOMPARE(oneColumn[0], QPointF(0, 1));
    QVERIFY(std::isnan(oneColumn[1].y()));
    QCOMPARE(oneColumn[2], QPointF(4, 5));
}

void TestM4Reducer::columnOfNanOnlyIsOneGapPoint()
{
    QList<double> ys(1000, NaN); // several whole blocks of NaN
    ys.prepend(1);
    ys.append(2);
    // Three columns of about 334 points: [1, NaN...], [NaN only], [NaN..., 2].
    const QList<QPointF> reduced = M4Reducer::reduce(line(ys), PixelColumns(0, 1001, 3));
    const QList<QPointF> expected{{0, 1}, {1, NaN}, {334, NaN}, {668, NaN}, {1001, 2}};
    QVERIFY2(lineDifference(reduced, expected).isEmpty(), qPrintable(lineDifference(reduced, expected)));
}

void TestM4Reducer::infinityIsAnExtreme()
{
    QList<double> ys(2000, 0.5);
    ys[700] = Inf;
    ys[1500] = -Inf;
    const QList<QPointF> reduced = M4Reducer::reduce(line(ys), PixelColumns(0, 1999, 1));
    QVERIFY(containsPoint(reduced, 700, Inf));
    QVERIFY(containsPoint(reduced, 1500, -Inf));
    // A column of +Infinity only still has a lowest and a highest point.
    const QList<QPointF> allInfinite = M4Reducer::reduce(line(QList<double>(600, Inf)), PixelColumns(0, 599, 1));
    const QList<QPointF> expected{{0, Inf}, {599, Inf}};
    QVERIFY2(lineDifference(allInfinite, expected).isEmpty(), qPrintable(lineDifference(allInfinite, expected)));
}

void TestM4Reducer::keepsNeighboursOutsideTheRange()
{
    const SeriesData series = line({10, 11, 12, 13, 14, 15});
    const QList<QPointF> reduced = M4Reducer::reduce(series, PixelColumns(1.5, 3.5, 10));
    QCOMPARE(reduced, (QList<QPointF>{{1, 11}, {2, 12}, {3, 13}, {4, 14}}));
}

void TestM4Reducer::atMostFivePointsPerColumn()
{
    const SeriesData series = randomSeries(200000, 0.01, 3);
    const PixelColumns columns(series.xs().front(), series.xs().back(), 640);
    const QList<QPointF> reduced = M4Reducer::reduce(series, columns);
    QVector<int> perColumn(columns.width());
    for (const QPointF &point : reduced)
        ++perColumn[columns.columnOf(point.x())];
    QVERIFY(*std::max_element(perColumn.begin(), perColumn.end()) <= 5);
    QVERIFY(reduced.size() > 640); // most columns hold points
}

QTEST_GUILESS_MAIN(TestM4Reducer)
#include "test_m4reducer.moc"
