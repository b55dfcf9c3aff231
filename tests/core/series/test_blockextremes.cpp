// BlockExtremes (issue 7): the extremes of whole blocks appended at once are those of the values appended one by one,
// for values with NaN, ±Infinity, blocks of NaN only and blocks of one infinity only.
#include "series/blockextremes.h"

#include <limits>
#include <QRandomGenerator>
#include <QTest>
#include <vector>

using namespace nereid;

namespace {

constexpr double Inf = std::numeric_limits<double>::infinity();
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

std::vector<double> randomValues(std::size_t count, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<double> values;
    while (values.size() < count) {
        // Runs longer than a block of one special value, between runs of noise with a few special values in them.
        const int kind = random.bounded(8);
        const double special = kind == 0 ? NaN : kind == 1 ? Inf : kind == 2 ? -Inf : 0;
        const int length = random.bounded(1, 3 * BlockExtremes::BlockSize);
        for (int i = 0; i < length; ++i) {
            const double roll = random.generateDouble();
            values.push_back(kind < 3 ? special : roll < 0.02 ? NaN : roll < 0.03 ? -Inf : random.bounded(4) - 2.0);
        }
    }
    values.resize(count);
    return values;
}

QString difference(const BlockExtremes &actual, const BlockExtremes &expected)
{
    if (actual.blockCount() != expected.blockCount() || actual.valueCount() != expected.valueCount())
        return QStringLiteral("%1 blocks, expected %2").arg(actual.blockCount()).arg(expected.blockCount());
    for (qsizetype b = 0; b < expected.blockCount(); ++b) {
        const bool same = actual.minOffset(b) == expected.minOffset(b) &&
                          actual.maxOffset(b) == expected.maxOffset(b) && actual.nanCount(b) == expected.nanCount(b) &&
                          (expected.minOffset(b) == BlockExtremes::None ||
                           (actual.min(b) == expected.min(b) && actual.max(b) == expected.max(b)));
        if (!same)
            return QStringLiteral("block %1 differs").arg(b);
    }
    return {};
}

} // namespace

class TestBlockExtremes : public QObject
{
    Q_OBJECT

private slots:
    void wholeBlocksMatchOneByOne_data();
    void wholeBlocksMatchOneByOne();
};

void TestBlockExtremes::wholeBlocksMatchOneByOne_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("firstBatch");
    QTest::newRow("one batch") << 100000 << 100000;
    QTest::newRow("after part of a block") << 100000 << 17;
    QTest::newRow("less than a block") << 50 << 20;
    QTest::newRow("block boundary") << 4 * BlockExtremes::BlockSize << BlockExtremes::BlockSize;
}

void TestBlockExtremes::wholeBlocksMatchOneByOne()
{
    QFETCH(int, count);
    QFETCH(int, firstBatch);
    const std::vector<double> values = randomValues(std::size_t(count), quint32(count + firstBatch));
    BlockExtremes oneByOne;
    for (const double value : values)
        oneByOne.append(value);
    BlockExtremes batched;
    batched.append(std::span(values).first(std::size_t(firstBatch)));
    batched.append(std::span(values).subspan(std::size_t(firstBatch)));
    QVERIFY2(difference(batched, oneByOne).isEmpty(), qPrintable(difference(batched, oneByOne)));
}

QTEST_GUILESS_MAIN(TestBlockExtremes)
#include "test_blockextremes.moc"
