// A group's envelope (issue 17, item 3) of 100 runs × 100,000 points over a plot 1,000 pixels wide, against the
// same-run baseline of what a chart of those runs does anyway: the M4 reduction of each run. Run with `-median 5`.
#include "series/groupenvelope.h"
#include "series/m4reducer.h"

#include <cmath>
#include <QRandomGenerator>
#include <QTest>

using namespace nereid;

class BenchGroupEnvelope : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void m4OfEachRunBaseline();
    void envelopeMinMax();
    void envelopeStdDev();

private:
    static constexpr int Runs = 100;
    static constexpr int Points = 100'000;
    static constexpr int Width = 1000;
    std::vector<SeriesData> m_runs;
    QList<const SeriesData *> m_group;
};

void BenchGroupEnvelope::initTestCase()
{
    QRandomGenerator random(17);
    m_runs.resize(Runs);
    for (int run = 0; run < Runs; ++run) {
        std::vector<double> xs(Points), ys(Points);
        for (int step = 0; step < Points; ++step) {
            xs[size_t(step)] = step;
            ys[size_t(step)] = std::exp(-step / 20000.0) + 0.05 * random.generateDouble() + 0.001 * run;
        }
        QVERIFY(m_runs[size_t(run)].append(std::move(xs), std::move(ys)));
        m_group.append(&m_runs[size_t(run)]);
    }
}

void BenchGroupEnvelope::m4OfEachRunBaseline()
{
    const PixelColumns columns(0, Points - 1, Width);
    qsizetype points = 0;
    QBENCHMARK
    {
        points = 0;
        for (const SeriesData *run : std::as_const(m_group))
            points += M4Reducer::reduce(*run, columns).size();
    }
    QVERIFY(points > qint64(Runs) * Width);
}

void BenchGroupEnvelope::envelopeMinMax()
{
    GroupEnvelope envelope;
    QBENCHMARK
    {
        envelope = GroupEnvelope::compute(m_group, PixelColumns(0, Points - 1, Width), GroupEnvelope::Band::MinMax);
    }
    QCOMPARE(envelope.size(), Width);
}

void BenchGroupEnvelope::envelopeStdDev()
{
    GroupEnvelope envelope;
    QBENCHMARK
    {
        envelope = GroupEnvelope::compute(m_group, PixelColumns(0, Points - 1, Width), GroupEnvelope::Band::StdDev);
    }
    QCOMPARE(envelope.size(), Width);
}

QTEST_APPLESS_MAIN(BenchGroupEnvelope)
#include "benchgroupenvelope.moc"
