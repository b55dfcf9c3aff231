// GroupEnvelope (issue 17, item 3): a group's mean line and band per pixel column, from the runs' points.
#include "series/groupenvelope.h"

#include <cmath>
#include <QTest>

using namespace nereid;

namespace {

// A run of `count` points at steps 0..count-1 with value base + step / count.
SeriesData ramp(qsizetype count, double base)
{
    SeriesData data;
    for (qsizetype step = 0; step < count; ++step)
        data.append(double(step), base + double(step) / double(count));
    return data;
}

qsizetype columnAt(const GroupEnvelope &envelope, double x)
{
    for (qsizetype i = 0; i + 1 < envelope.size(); ++i)
        if (x < (envelope.xs[size_t(i)] + envelope.xs[size_t(i + 1)]) / 2)
            return i;
    return envelope.size() - 1;
}

} // namespace

class TestGroupEnvelope : public QObject
{
    Q_OBJECT

private slots:
    void meanAndBandAcrossRuns();
    void spikeOfOneRunShowsInTheBand();
    void standardDeviationBand();
    void gapsAndMissingRunsCountNowhere();
};

void TestGroupEnvelope::meanAndBandAcrossRuns()
{
    const SeriesData a = ramp(1000, 0), b = ramp(1000, 1), c = ramp(1000, 2);
    const GroupEnvelope envelope =
        GroupEnvelope::compute({&a, &b, &c}, PixelColumns(0, 999, 100), GroupEnvelope::Band::MinMax);
    QCOMPARE(envelope.size(), 100);
    // Column 10 holds steps 100..109 (values base + 0.100..0.109): the mean is run b's mean, the band a's low to c's
    // high.
    QCOMPARE_LT(std::abs(envelope.mean[10] - 1.1045), 1e-3);
    QCOMPARE(envelope.low[10], 0.1);
    QCOMPARE(envelope.high[10], 2.109);
    QVERIFY(std::is_sorted(envelope.xs.begin(), envelope.xs.end()));
}

void TestGroupEnvelope::spikeOfOneRunShowsInTheBand()
{
    // 100 runs × 100,000 points into 500 columns: 200 points per column. One point of one run spikes to 50.
    std::vector<SeriesData> runs;
    runs.reserve(100);
    for (int run = 0; run < 100; ++run)
        runs.push_back(ramp(100000, run * 0.01));
    SeriesData spiked;
    for (qsizetype step = 0; step < 100000; ++step)
        spiked.append(double(step), step == 61234 ? 50.0 : 0.5);
    QList<const SeriesData *> group;
    for (const SeriesData &run : runs)
        group.append(&run);
    group.append(&spiked);
    const GroupEnvelope envelope =
        GroupEnvelope::compute(group, PixelColumns(0, 99999, 500), GroupEnvelope::Band::MinMax);
    const qsizetype at = columnAt(envelope, 61234);
    QCOMPARE(envelope.high[size_t(at)], 50.0);
    // Elsewhere the band ends at the highest ramp; the mean barely moves (one point of 200, one run of 101).
    QCOMPARE_LT(envelope.high[size_t(at + 1)], 2.0);
    QCOMPARE_LT(envelope.mean[size_t(at)] - envelope.mean[size_t(at + 1)], 0.01);
}

void TestGroupEnvelope::standardDeviationBand()
{
    SeriesData low, high;
    for (int step = 0; step < 10; ++step) {
        low.append(step, 1.0);
        high.append(step, 3.0);
    }
    const GroupEnvelope envelope =
        GroupEnvelope::compute({&low, &high}, PixelColumns(0, 9, 10), GroupEnvelope::Band::StdDev);
    QCOMPARE(envelope.size(), 10);
    for (qsizetype i = 0; i < envelope.size(); ++i) {
        QCOMPARE(envelope.mean[size_t(i)], 2.0);
        QCOMPARE(envelope.low[size_t(i)], 1.0); // mean 2 ± 1
        QCOMPARE(envelope.high[size_t(i)], 3.0);
    }
}

void TestGroupEnvelope::gapsAndMissingRunsCountNowhere()
{
    SeriesData gappy, shorter;
    for (int step = 0; step < 10; ++step) {
        gappy.append(step, step == 4 ? qQNaN() : 10.0);
        if (step < 5)
            shorter.append(step, 0.0);
    }
    const GroupEnvelope envelope =
        GroupEnvelope::compute({&gappy, &shorter, nullptr}, PixelColumns(0, 9, 10), GroupEnvelope::Band::MinMax);
    QCOMPARE(envelope.size(), 10);
    QCOMPARE(envelope.mean[4], 0.0); // gappy's NaN is not a value: only the shorter run counts at step 4
    QCOMPARE(envelope.mean[3], 5.0);
    QCOMPARE(envelope.mean[7], 10.0); // past the shorter run's end, gappy alone
    QCOMPARE(envelope.low[7], 10.0);
}

QTEST_APPLESS_MAIN(TestGroupEnvelope)
#include "test_groupenvelope.moc"
