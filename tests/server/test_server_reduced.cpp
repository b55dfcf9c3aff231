#include "apiclient.h"
#include "bruteforcereduction.h"
#include "helpers.h"
#include "seriespoints.h"
#include "testserver.h"

#include <cmath>
#include <limits>
#include <map>
#include <QtTest>

using namespace nereid::test;

namespace {
const QString Project = QStringLiteral("team/reduced");
const QString Loss = QStringLiteral("train/loss");
constexpr double Inf = std::numeric_limits<double>::infinity();
constexpr double LastStep = std::numeric_limits<double>::quiet_NaN(); // a range up to the series' last step

// TensorBoard's smoothing, written out plainly (tensorboard/components/vz_line_chart2/line-chart.ts): last starts at
// 0; for each finite value last = last * w + (1 - w) * value, and the point becomes last / (1 - w^numAccum).
// Non-finite values are kept as they are. (The series here are not constant.)
Points tensorBoardSmoothing(const Points &points, double w)
{
    double last = 0;
    int numAccum = 0;
    Points smoothed;
    for (const Point &point : points) {
        if (!std::isfinite(point.value)) {
            smoothed.append(point);
            continue;
        }
        last = last * w + (1 - w) * point.value;
        ++numAccum;
        smoothed.append({point.step, last / (1 - std::pow(w, numAccum)), point.timestamp});
    }
    return smoothed;
}

// A number of the answer (NaN and the infinities travel as strings) within rounding of the one expected.
bool near(const QJsonValue &value, double expected)
{
    const std::map<QString, double> named{
        {QStringLiteral("NaN"), NAN}, {QStringLiteral("Infinity"), Inf}, {QStringLiteral("-Infinity"), -Inf}};
    const double got = value.isString() ? named.at(value.toString()) : value.toDouble(NAN);
    if (!std::isfinite(expected))
        return sameDouble(got, expected, 0);
    return std::abs(got - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}
} // namespace

// Reduced reads (GET /runs/{id}/series/reduced): every answer checked bucket by bucket against a
// brute-force reduction of the points written.
class TestServerReduced : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void reducesLikeBruteForce_data();
    void reducesLikeBruteForce();
    void spikeStaysVisibleAsBucketMax();
    void keepsNaNAndInfinityInBuckets();
    void reducesSinglePoint();
    void emptyRanges();
    void reducesRangeWiderThanTheLargestDouble();
    void smoothsTheWholeSeries();
    void refusesSmoothingOutsideTheSlider();

private:
    QString newRun();
    ApiReply reduced(const QString &runId, const QString &query)
    {
        return m_api->get(runPath(runId) + QStringLiteral("/series/reduced?") + query);
    }
    void compareReduced(const ApiReply &reply, const Points &points, double from, double to, int bucketCount);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
};

void TestServerReduced::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("RED")), 201);
}

void TestServerReduced::cleanupTestCase()
{
    m_api.reset();
    m_server.reset();
}

QString TestServerReduced::newRun()
{
    const ApiReply run = createRun(*m_api, Project);
    if (run.status != 201)
        qWarning() << "run not created:" << run.describe();
    return run[QStringLiteral("id")].toString();
}

void TestServerReduced::compareReduced(const ApiReply &reply, const Points &points, double from, double to,
                                       int bucketCount)
{
    NEREID_EXPECT_STATUS(reply, 200);
    QCOMPARE(reply[QStringLiteral("path")].toString(), Loss);
    QVERIFY2(sameDouble(reply[QStringLiteral("from")].toDouble(NAN), from), reply.body.left(200).constData());
    QVERIFY2(sameDouble(reply[QStringLiteral("to")].toDouble(NAN), to), reply.body.left(200).constData());
    const QList<ReducedBucket> expected = bruteForceReduction(points, from, to, bucketCount);
    qint64 total = 0;
    QJsonArray wanted; // the non-empty buckets, with their index
    for (int i = 0; i < expected.size(); ++i) {
        total += expected[i].count;
        if (expected[i].count > 0)
            wanted.append(i);
    }
    QCOMPARE(reply[QStringLiteral("count")].toInteger(), total);
    const QJsonArray got = reply[QStringLiteral("buckets")].toArray();
    QCOMPARE(got.size(), wanted.size());
    const double width = (to - from) / bucketCount;
    for (int n = 0; n < got.size(); ++n) {
        const int i = wanted[n].toInt();
        const ReducedBucket &want = expected[i];
        const QJsonObject bucket = got[n].toObject();
        const QByteArray where = "bucket " + QByteArray::number(i) + ": " + show(bucket);
        QVERIFY2(sameDouble(bucket[QStringLiteral("from")].toDouble(NAN), from + i * width), where.constData());
        const double bucketEnd = i + 1 == bucketCount ? to : from + (i + 1) * width;
        QVERIFY2(sameDouble(bucket[QStringLiteral("to")].toDouble(NAN), bucketEnd), where.constData());
        QVERIFY2(bucket[QStringLiteral("count")].toInteger() == want.count, where.constData());
        // Every point inside the bounds the answer gives (first and last are the lowest and highest steps).
        const bool lastBucket = i + 1 == bucketCount;
        const double lowest = bucket[QStringLiteral("first")][0].toDouble(NAN),
                     highest = bucket[QStringLiteral("last")][0].toDouble(NAN);
        QVERIFY2(lowest >= bucket[QStringLiteral("from")].toDouble(), where.constData());
        QVERIFY2(lastBucket ? highest <= bucket[QStringLiteral("to")].toDouble()
                            : highest < bucket[QStringLiteral("to")].toDouble(),
                 where.constData());
        QVERIFY2(samePoint(bucket[QStringLiteral("first")], want.first), where.constData());
        QVERIFY2(samePoint(bucket[QStringLiteral("last")], want.last), where.constData());
        if (std::isnan(want.minValue)) {
            QVERIFY2(bucket[QStringLiteral("min")].isNull() && bucket[QStringLiteral("max")].isNull(),
                     where.constData());
        } else {
            QVERIFY2(sameExtreme(bucket[QStringLiteral("min")], want.minStep, want.minValue), where.constData());
            QVERIFY2(sameExtreme(bucket[QStringLiteral("max")], want.maxStep, want.maxValue), where.constData());
        }
    }
}

void TestServerReduced::reducesLikeBruteForce_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("stepGap");
    QTest::addColumn<int>("batch"); // points per request
    QTest::addColumn<QString>("query");
    QTest::addColumn<double>("from"); // the range the answer must cover ("to" may be LastStep)
    QTest::addColumn<double>("to");
    QTest::addColumn<int>("buckets");
    QTest::newRow("default range, 7 buckets")
        << 3000 << 1.0 << 20000 << QStringLiteral("&buckets=7") << 0.0 << LastStep << 7;
    QTest::newRow("default buckets") << 2500 << 1.0 << 20000 << QString() << 0.0 << LastStep << 1000;
    QTest::newRow("more buckets than points")
        << 300 << 1.0 << 20000 << QStringLiteral("&buckets=1000") << 0.0 << LastStep << 1000;
    QTest::newRow("sub-range with fractional bounds")
        << 3000 << 1.0 << 20000 << QStringLiteral("&from=123.5&to=1700.25&buckets=13") << 123.5 << 1700.25 << 13;
    QTest::newRow("fractional steps") << 2000 << 0.37 << 20000 << QStringLiteral("&buckets=31") << 0.0 << LastStep
                                      << 31;
    QTest::newRow("range past the data") << 1000 << 1.0 << 20000 << QStringLiteral("&from=500&to=5000&buckets=9")
                                         << 500.0 << 5000.0 << 9;
    QTest::newRow("one bucket") << 1000 << 1.0 << 20000 << QStringLiteral("&buckets=1") << 0.0 << LastStep << 1;
    // Small requests fill the server's storage blocks a little at a time.
    QTest::newRow("written 13 points a request")
        << 700 << 1.0 << 13 << QStringLiteral("&buckets=11") << 0.0 << LastStep << 11;
    // Steps a hundredth apart, many on a bucket bound: 0.29 / 0.01 rounds to 28.999…, 1.7 lies below 17 · 0.1.
    QTest::newRow("steps on bucket bounds")
        << 1001 << 0.01 << 20000 << QStringLiteral("&from=0&to=10&buckets=1000") << 0.0 << 10.0 << 1000;
    // 1,563 blocks, about 1,200 of them across a bucket edge: more blocks to read than one statement reads on
    // PostgreSQL (1,000), with whole blocks between them that count by their summaries, in step order.
    QTest::newRow("many blocks across bucket edges")
        << 500000 << 1.0 << 20000 << QStringLiteral("&buckets=1200") << 0.0 << LastStep << 1200;
}

void TestServerReduced::reducesLikeBruteForce()
{
    QFETCH(int, count);
    QFETCH(double, stepGap);
    QFETCH(int, batch);
    QFETCH(QString, query);
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(int, buckets);
    const QString run = newRun();
    const Points all = randomWalk(count, 0, stepGap, quint32(count * 7 + buckets));
    NEREID_EXPECT_STATUS(appendPoints(*m_api, run, Loss, all, batch), 200);
    compareReduced(reduced(run, QStringLiteral("path=train/loss") + query), all, from,
                   std::isnan(to) ? all.last().step : to, buckets);
}

void TestServerReduced::spikeStaysVisibleAsBucketMax()
{
    const QString run = newRun();
    constexpr int Count = 100000;
    constexpr int SpikeAt = 61337, DipAt = 4242;
    Points all = randomWalk(Count, 0, 1, 5);
    for (Point &p : all)
        p.value = std::fmod(std::abs(p.value), 1.0); // everything in [0, 1) but the spike and the dip
    all[SpikeAt].value = 1000.0;
    all[DipAt].value = -1000.0;
    NEREID_EXPECT_STATUS(appendPoints(*m_api, run, Loss, all), 200);

    const ApiReply reply = reduced(run, QStringLiteral("path=train/loss&buckets=100"));
    compareReduced(reply, all, 0, Count - 1, 100);
    int spikes = 0;
    for (const QJsonValue &bucket : reply[QStringLiteral("buckets")].toArray()) {
        const QJsonArray max = bucket[QStringLiteral("max")].toArray();
        if (max[1].toDouble() == 1000.0) {
            ++spikes;
            QCOMPARE(max[0].toDouble(), double(SpikeAt));
        }
        if (bucket[QStringLiteral("min")][1].toDouble() == -1000.0)
            QCOMPARE(bucket[QStringLiteral("min")][0].toDouble(), double(DipAt));
    }
    QCOMPARE(spikes, 1);
}

void TestServerReduced::keepsNaNAndInfinityInBuckets()
{
    const QString run = newRun();
    // Buckets of 4 steps: only NaN; NaN and +Infinity; -Infinity and numbers; numbers.
    const Points all{{0, NAN, 1},   {1, NAN, 2},    {2, NAN, 3},     {3, NAN, 4},  {4, NAN, 5},   {5, Inf, 6},
                     {6, 1.0, 7},   {7, NAN, 8},    {8, -Inf, 9},    {9, 3.0, 10}, {10, 2.0, 11}, {11, 5.0, 12},
                     {12, 0.5, 13}, {13, 0.25, 14}, {14, 0.125, 15}, {15, 1.0, 16}};
    NEREID_EXPECT_STATUS(appendPoints(*m_api, run, Loss, all), 200);
    compareReduced(reduced(run, QStringLiteral("path=train/loss&from=0&to=16&buckets=4")), all, 0, 16, 4);
}

void TestServerReduced::reducesSinglePoint()
{
    const QString run = newRun();
    NEREID_EXPECT_STATUS(appendPoints(*m_api, run, Loss, {{5, 0.5, 100}}), 200);
    for (const QString &buckets : {QStringLiteral("1"), QStringLiteral("10")}) {
        const ApiReply reply = reduced(run, QStringLiteral("path=train/loss&buckets=") + buckets);
        NEREID_EXPECT_STATUS(reply, 200);
        QCOMPARE(reply[QStringLiteral("from")].toDouble(), 5.0);
        QCOMPARE(reply[QStringLiteral("to")].toDouble(), 5.0);
        QCOMPARE(reply[QStringLiteral("count")].toInteger(), 1);
        const QJsonArray bucketList = reply[QStringLiteral("buckets")].toArray();
        QCOMPARE(bucketList.size(), 1);
        const QJsonObject bucket = bucketList.first().toObject();
        QCOMPARE(bucket[QStringLiteral("count")].toInteger(), 1);
        QVERIFY2(samePoint(bucket[QStringLiteral("first")], {5, 0.5, 100}), show(bucket).constData());
        QVERIFY2(samePoint(bucket[QStringLiteral("last")], {5, 0.5, 100}), show(bucket).constData());
        QVERIFY2(sameExtreme(bucket[QStringLiteral("min")], 5, 0.5), show(bucket).constData());
        QVERIFY2(sameExtreme(bucket[QStringLiteral("max")], 5, 0.5), show(bucket).constData());
    }
}

void TestServerReduced::emptyRanges()
{
    const QString run = newRun();
    NEREID_EXPECT_STATUS(appendPoints(*m_api, run, Loss, randomWalk(500, 100, 1, 3)), 200); // steps 100 to 599
    const ApiReply reducedNone = reduced(run, QStringLiteral("path=train/loss&from=1000&to=2000&buckets=10"));
    NEREID_EXPECT_STATUS(reducedNone, 200);
    QCOMPARE(reducedNone[QStringLiteral("count")].toInteger(), 0);
    QCOMPARE(reducedNone[QStringLiteral("buckets")].toArray().size(), 0);
    // One bound given beyond the data: the other one defaults to it, not to the series' far end.
    for (const QString &bound : {QStringLiteral("to=50"), QStringLiteral("from=1000")}) {
        const ApiReply outside = reduced(run, QStringLiteral("path=train/loss&") + bound);
        NEREID_EXPECT_STATUS(outside, 200);
        QCOMPARE(outside[QStringLiteral("count")].toInteger(), 0);
        QCOMPARE(outside[QStringLiteral("buckets")].toArray().size(), 0);
        QCOMPARE(outside[QStringLiteral("from")].toDouble(), outside[QStringLiteral("to")].toDouble());
    }
}

// Issue 20 (found by test_server_reducedproperties): from=-1.8e308&to=1e300 has no finite width in whole steps;
// the step's bucket came out as int(NaN) and the server crashed. Such a range is measured in halves: every point
// lands in a bucket whose finite bounds hold it, and the server answers on.
void TestServerReduced::reducesRangeWiderThanTheLargestDouble()
{
    const QString run = newRun();
    NEREID_EXPECT_STATUS(appendPoints(*m_api, run, Loss, {{-5.5, 1, 0}, {1e292, 2, 0}, {1.5e308, 3, 0}}), 200);
    const QString widest = QStringLiteral("from=-1.7976931348623157e%2B308&to=1.7976931348623157e%2B308");
    for (const QString &range : {QStringLiteral("from=-1.7976931348623157e%2B308&to=1e%2B300"), widest}) {
        for (const int buckets : {1, 2, 1000}) {
            const ApiReply wide = reduced(run, QStringLiteral("path=train/loss&buckets=%1&%2").arg(buckets).arg(range));
            NEREID_EXPECT_STATUS(wide, 200);
            const QJsonArray got = wide[QStringLiteral("buckets")].toArray();
            qint64 count = 0;
            for (const QJsonValue &value : got) {
                const QJsonObject bucket = value.toObject();
                const double from = bucket[QStringLiteral("from")].toDouble(NAN);
                const double to = bucket[QStringLiteral("to")].toDouble(NAN);
                const double step = bucket[QStringLiteral("first")].toArray()[0].toDouble(NAN);
                QVERIFY2(std::isfinite(from) && std::isfinite(to) && from <= step && step <= to,
                         QJsonDocument(bucket).toJson().constData());
                count += bucket[QStringLiteral("count")].toInteger();
            }
            QCOMPARE(count, range == widest ? 3 : 2);
            QCOMPARE(wide[QStringLiteral("count")].toInteger(), count);
        }
    }
    // The whole series, with no bounds given, spans less than the largest double and is reduced in whole steps.
    const ApiReply whole = reduced(run, QStringLiteral("path=train/loss&buckets=3"));
    NEREID_EXPECT_STATUS(whole, 200);
    QCOMPARE(whole[QStringLiteral("buckets")].toArray().size(), 2);
}

// smoothing=W: every bucket also gives the smoothed values of its points, the average taken over the whole series
// from its first point (not from the range's start, nor over the buckets). Checked against TensorBoard's formula
// and a brute-force reduction of the smoothed points. The raw buckets are as without smoothing.
void TestServerReduced::smoothsTheWholeSeries()
{
    const QString run = newRun();
    Points all = randomWalk(5000, 0, 1, 11);
    all[777].value = NAN;
    all[2500].value = Inf;
    all[2600].value = 40.0; // a spike the smoothed line must follow, a little
    NEREID_EXPECT_STATUS(appendPoints(*m_api, run, Loss, all, 37), 200);
    const double from = 1234.5, to = 3800;
    const int buckets = 17;
    const ApiReply reply = reduced(run, QStringLiteral("path=train/loss&from=1234.5&to=3800&buckets=17&smoothing=0.9"));
    compareReduced(reply, all, from, to, buckets);
    const QList<ReducedBucket> expected = bruteForceReduction(tensorBoardSmoothing(all, 0.9), from, to, buckets);
    const QJsonArray got = reply[QStringLiteral("buckets")].toArray();
    int n = 0;
    for (const ReducedBucket &want : expected) {
        if (want.count == 0)
            continue;
        const QJsonObject smoothed = got[n++].toObject()[QStringLiteral("smoothed")].toObject();
        const QByteArray where = show(smoothed);
        QVERIFY2(near(smoothed[QStringLiteral("first")], want.first.value), where.constData());
        QVERIFY2(near(smoothed[QStringLiteral("last")], want.last.value), where.constData());
        QVERIFY2(smoothed[QStringLiteral("min")][0].toDouble() == want.minStep, where.constData());
        QVERIFY2(near(smoothed[QStringLiteral("min")][1], want.minValue), where.constData());
        QVERIFY2(smoothed[QStringLiteral("max")][0].toDouble() == want.maxStep, where.constData());
        QVERIFY2(near(smoothed[QStringLiteral("max")][1], want.maxValue), where.constData());
    }
    QCOMPARE(n, got.size());
    // Without smoothing the buckets carry none.
    const ApiReply plain = reduced(run, QStringLiteral("path=train/loss&from=1234.5&to=3800&buckets=17"));
    NEREID_EXPECT_STATUS(plain, 200);
    QVERIFY(!plain[QStringLiteral("buckets")][0].toObject().contains(QStringLiteral("smoothed")));
}

void TestServerReduced::refusesSmoothingOutsideTheSlider()
{
    const QString run = newRun();
    NEREID_EXPECT_STATUS(appendPoints(*m_api, run, Loss, randomWalk(100, 0, 1, 3)), 200);
    for (const QString &weight : {QStringLiteral("1"), QStringLiteral("-0.1"), QStringLiteral("lots")}) {
        const ApiReply reply = reduced(run, QStringLiteral("path=train/loss&smoothing=") + weight);
        NEREID_EXPECT_STATUS(reply, 400);
        QVERIFY2(reply.body.contains("smoothing"), reply.body.constData());
    }
}

QTEST_GUILESS_MAIN(TestServerReduced)
#include "test_server_reduced.moc"
