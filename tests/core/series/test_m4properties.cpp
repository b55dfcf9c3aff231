// M4Reducer as a property (issue 20): on thousands of random series (NaN runs, ±Infinity, repeated values and x,
// one point, huge steps and huge values) and random plot ranges, every pixel column keeps its first point, its last
// non-NaN point, its lowest and highest value and its first NaN, and the line is a subsequence of the series.
// The cases come from a seed printed at the start and in every failure; rerun one with
//   NEREID_TEST_SEED=<seed> ctest -R test_m4properties --output-on-failure
#include "series/m4reducer.h"
#include "seriescheck.h"
#include "testseed.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <QTest>
#include <span>

using namespace nereid;
using namespace nereid::test;

namespace {

constexpr double Inf = std::numeric_limits<double>::infinity();
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr int Cases = 4000;

struct Case
{
    std::vector<double> xs;
    std::vector<double> ys;
    double from = 0;
    double to = 0;
    int width = 1;
};

bool same(double a, double b)
{
    return a == b || (a != a && b != b);
}

double pick(QRandomGenerator &random, std::initializer_list<double> values)
{
    return *(values.begin() + random.bounded(int(values.size())));
}

// Steps of 0 (repeated x), 1, a fraction, a hair (the next double), or a huge gap; from anywhere up to 1e15.
std::vector<double> randomXs(QRandomGenerator &random, int count)
{
    const double big = pick(random, {1e3, 1e12, 1e290});
    std::vector<double> xs{pick(random, {0.0, -50.5, 1e15, -1e15, random.bounded(1000.0)})};
    for (int i = 1; i < count; ++i) {
        const int roll = random.bounded(100);
        const double last = xs.back();
        double x = roll < 15 ? last : roll < 60 ? last + 1 : roll < 80 ? last + random.generateDouble() : last;
        if (roll >= 80 && roll < 90)
            x = std::nextafter(last, Inf);
        else if (roll >= 90)
            x = last + big * random.generateDouble();
        xs.push_back(std::isfinite(x) ? x : last); // a gap that would overflow repeats x instead
    }
    return xs;
}

// A random walk, a constant, a few repeated levels or extremes, with NaN runs (often longer than a block of 64)
// and ±Infinity sprinkled in.
std::vector<double> randomYs(QRandomGenerator &random, int count)
{
    const int shape = random.bounded(4);
    const double nanShare = pick(random, {0.0, 0.01, 0.2, 0.9});
    const double infShare = pick(random, {0.0, 0.005, 0.1});
    std::vector<double> ys;
    double walk = 0;
    int nanRun = 0;
    for (int i = 0; i < count; ++i) {
        if (nanRun == 0 && random.generateDouble() < nanShare)
            nanRun = random.bounded(2) ? 1 : random.bounded(1, 200);
        walk += random.generateDouble() - 0.5;
        double y = shape == 0 ? walk : shape == 1 ? 0.25 : shape == 2 ? double(random.bounded(3)) : 0;
        if (shape == 3)
            y = pick(random, {0.0, -0.0, 1e308, -1e308, 4.9e-324, std::numeric_limits<double>::max(), walk});
        if (nanRun > 0) {
            y = NaN;
            --nanRun;
        } else if (random.generateDouble() < infShare) {
            y = random.bounded(2) ? Inf : -Inf;
        }
        ys.push_back(y);
    }
    return ys;
}

Case randomCase(QRandomGenerator &random)
{
    Case c;
    const int sizeClass = random.bounded(10);
    const int count = sizeClass < 2   ? 1
                      : sizeClass < 4 ? random.bounded(2, 12)
                      : sizeClass < 8 ? random.bounded(1, 400)
                                      : random.bounded(1, 6000);
    c.xs = randomXs(random, count);
    c.ys = randomYs(random, count);
    c.width = random.bounded(4) == 0 ? 1 : random.bounded(1, 1500);
    const double lo = c.xs.front(), hi = c.xs.back();
    const double a = c.xs[random.bounded(count)], b = c.xs[random.bounded(count)];
    switch (random.bounded(5)) {
    case 0: // the whole series, as a chart shows it first
        c.from = lo, c.to = hi;
        break;
    case 1: // a zoom between two of its points
        c.from = std::min(a, b), c.to = std::max(a, b);
        break;
    case 2: // wider than the series
        c.from = lo - (hi - lo) * random.generateDouble() - 1, c.to = hi + (hi - lo) * random.generateDouble() + 1;
        break;
    case 3: // one x only
        c.from = c.to = a;
        break;
    default: // between two points, maybe backwards
        c.from = a + random.generateDouble(), c.to = b - random.generateDouble();
        break;
    }
    return c;
}

// Either point by point or in chunks of random length: BlockExtremes takes whole blocks a faster way.
SeriesData seriesOf(const Case &c, QRandomGenerator &random)
{
    SeriesData series;
    for (std::size_t i = 0; i < c.xs.size();) {
        const std::size_t n = std::min(c.xs.size() - i, std::size_t(random.bounded(1, 300)));
        if (random.bounded(2))
            series.append(std::span(c.xs).subspan(i, n), std::span(c.ys).subspan(i, n));
        else
            for (std::size_t j = i; j < i + n; ++j)
                series.append(c.xs[j], c.ys[j]);
        i += n;
    }
    return series;
}

QByteArray describe(const Case &c)
{
    QByteArray text = "range [" + QByteArray::number(c.from, 'g', 17) + ", " + QByteArray::number(c.to, 'g', 17) +
                      "] width " + QByteArray::number(c.width) + ", " + QByteArray::number(c.xs.size()) + " points";
    if (c.xs.size() <= 12) {
        for (std::size_t i = 0; i < c.xs.size(); ++i)
            text += " (" + QByteArray::number(c.xs[i], 'g', 17) + ", " + QByteArray::number(c.ys[i], 'g', 17) + ")";
    }
    return text;
}

// Empty when `line` keeps what every column must keep, else what it lost.
QByteArray lostExtreme(const Case &c, const QList<QPointF> &line)
{
    const PixelColumns columns(c.from, c.to, c.width);
    // The line is a subsequence of the points: each kept point matched to the earliest unused point after the last.
    std::vector<std::size_t> indexOf;
    std::size_t next = 0;
    for (const QPointF &p : line) {
        while (next < c.xs.size() && !(c.xs[next] == p.x() && same(c.ys[next], p.y())))
            ++next;
        if (next == c.xs.size())
            return "a point that is not in the series, or out of order";
        indexOf.push_back(next++);
    }
    std::vector<std::vector<std::size_t>> kept(std::size_t(columns.width()));
    for (std::size_t index : indexOf) {
        const int column = columns.columnOf(c.xs[index]);
        if (column >= 0 && column < columns.width())
            kept[std::size_t(column)].push_back(index);
    }
    std::vector<std::vector<std::size_t>> all(std::size_t(columns.width()));
    for (std::size_t i = 0; i < c.xs.size(); ++i) {
        const int column = columns.columnOf(c.xs[i]);
        if (column >= 0 && column < columns.width())
            all[std::size_t(column)].push_back(i);
    }
    for (std::size_t column = 0; column < all.size(); ++column) {
        const auto &points = all[column];
        const auto &out = kept[column];
        const QByteArray where = "column " + QByteArray::number(qulonglong(column)) + ": ";
        if (points.empty())
            continue;
        if (out.size() > 5 || out.empty())
            return where + QByteArray::number(qulonglong(out.size())) + " points kept";
        // The first point by its values (repeated x and y make several points the same on the chart).
        if (!same(c.ys[out.front()], c.ys[points.front()]) || c.xs[out.front()] != c.xs[points.front()])
            return where + "lost its first point";
        double low = Inf, high = -Inf, keptLow = Inf, keptHigh = -Inf;
        bool hasValue = false, hasNaN = false, keptNaN = false;
        std::size_t lastValue = 0;
        for (std::size_t i : points) {
            hasNaN |= std::isnan(c.ys[i]);
            if (!std::isnan(c.ys[i]))
                hasValue = true, low = std::min(low, c.ys[i]), high = std::max(high, c.ys[i]), lastValue = i;
        }
        for (std::size_t i : out) {
            keptNaN |= std::isnan(c.ys[i]);
            if (!std::isnan(c.ys[i]))
                keptLow = std::min(keptLow, c.ys[i]), keptHigh = std::max(keptHigh, c.ys[i]);
        }
        if (hasNaN != keptNaN)
            return where + "lost its gap (NaN)";
        if (hasValue && (keptLow != low || keptHigh != high))
            return where + "lost its minimum or maximum";
        if (hasValue && std::none_of(out.begin(), out.end(), [&](std::size_t i) {
                return c.xs[i] == c.xs[lastValue] && c.ys[i] == c.ys[lastValue];
            }))
            return where + "lost its last value";
    }
    return {};
}

} // namespace

class TestM4Properties : public QObject
{
    Q_OBJECT

private slots:
    void keepsEveryColumnsExtremes();
};

void TestM4Properties::keepsEveryColumnsExtremes()
{
    const quint32 seed = propertySeed();
    QRandomGenerator random(seed);
    for (int n = 0; n < Cases; ++n) {
        const Case c = randomCase(random);
        const SeriesData series = seriesOf(c, random);
        QVERIFY(series.size() == qsizetype(c.xs.size()));
        const PixelColumns columns(c.from, c.to, c.width);
        const QList<QPointF> line = M4Reducer::reduce(series, columns);
        const QByteArray what = "case " + QByteArray::number(n) + ", " + describe(c) + ": ";
        const QByteArray lost = lostExtreme(c, line);
        QVERIFY2(lost.isEmpty(), seedMessage(seed, what + lost).constData());
        // And the same line as M4 computed point by point.
        const QString difference = seriescheck::lineDifference(line, seriescheck::bruteForceM4(series, columns));
        QVERIFY2(difference.isEmpty(), seedMessage(seed, what + difference.toUtf8()).constData());
    }
}

QTEST_APPLESS_MAIN(TestM4Properties)
#include "test_m4properties.moc"
