// Chart-side series work (issue 7): M4 reduction of 1e8 points must reach 1e9 points/s on one core (< 100 ms).
// Baseline in the same run: one plain min/max pass over the same 1e8 values, which is what any per-point reduction
// costs at least. Also EMA smoothing of 1e6 points, and appending 1e6 points at once (x, y and the block extremes M4
// reads) against pushing the same values into two plain vectors. Run with `-median 5`; each benchmark checks what it
// computed so the work cannot vanish.
#include "series/emasmoother.h"
#include "series/m4reducer.h"

#include <cmath>
#include <QElapsedTimer>
#include <QTest>

using namespace nereid;

namespace {

constexpr qsizetype Count = 100'000'000;

// A noisy decaying loss, from a tiny xorshift so generating 1e8 values takes a second rather than a minute.
class Noise
{
public:
    double next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return double(m_state >> 11) * 0x1.0p-53;
    }

private:
    quint64 m_state = 0x9E3779B97F4A7C15ull;
};

} // namespace

class BenchSeries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void m4Reduce_data();
    void m4Reduce();
    void plainMinMaxBaseline();
    void ema1e6();
    void append1e6();
    void append1e6PlainVectorsBaseline();

private:
    SeriesData m_series;
};

void BenchSeries::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    m_series.reserve(Count);
    Noise noise;
    for (qsizetype i = 0; i < Count; ++i)
        m_series.append(double(i), 1.0 / (1.0 + i * 1e-6) + 0.1 * noise.next());
    qInfo("appended %lld points (x, y and block extremes) in %lld ms", qlonglong(Count), timer.elapsed());
}

void BenchSeries::m4Reduce_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<int>("width");
    QTest::newRow("all 1e8, 1000 px") << 0.0 << double(Count - 1) << 1000;
    QTest::newRow("all 1e8, 4000 px") << 0.0 << double(Count - 1) << 4000;
    QTest::newRow("zoom to 1e7, 1000 px") << 4.5e7 << 5.5e7 << 1000;
}

void BenchSeries::m4Reduce()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(int, width);
    qsizetype kept = 0;
    QBENCHMARK
    {
        kept = M4Reducer::reduce(m_series, PixelColumns(from, to, width)).size();
    }
    QVERIFY(kept >= width); // uses the result, so the reduction cannot be optimised away
}

void BenchSeries::plainMinMaxBaseline()
{
    const std::span<const double> ys = m_series.ys();
    double low = 0;
    double high = 0;
    QBENCHMARK
    {
        low = std::numeric_limits<double>::infinity();
        high = -low;
        for (const double value : ys) {
            low = value < low ? value : low;
            high = value > high ? value : high;
        }
    }
    QVERIFY(low < high);
}

void BenchSeries::ema1e6()
{
    SeriesData series;
    series.reserve(1'000'000);
    for (qsizetype i = 0; i < 1'000'000; ++i)
        series.append(m_series.xs()[i], m_series.ys()[i]);
    qsizetype smoothed = 0;
    QBENCHMARK
    {
        smoothed = EmaSmoother::smoothed(series, 0.9).size();
    }
    QCOMPARE(smoothed, series.size());
}

// The bulk append a chart uses for each read of the cache (x, y and the block extremes).
void BenchSeries::append1e6()
{
    const std::span<const double> xs = m_series.xs().first(1'000'000);
    const std::span<const double> ys = m_series.ys().first(1'000'000);
    qsizetype size = 0;
    QBENCHMARK
    {
        SeriesData series;
        QVERIFY(series.append(xs, ys));
        size = series.size();
    }
    QCOMPARE(size, 1'000'000);
}

void BenchSeries::append1e6PlainVectorsBaseline()
{
    qsizetype size = 0;
    QBENCHMARK
    {
        std::vector<double> xs;
        std::vector<double> ys;
        xs.reserve(1'000'000);
        ys.reserve(1'000'000);
        for (qsizetype i = 0; i < 1'000'000; ++i) {
            xs.push_back(m_series.xs()[i]);
            ys.push_back(m_series.ys()[i]);
        }
        size = qsizetype(xs.size() + ys.size()) / 2;
    }
    QCOMPARE(size, 1'000'000);
}

QTEST_GUILESS_MAIN(BenchSeries)
#include "benchseries.moc"
