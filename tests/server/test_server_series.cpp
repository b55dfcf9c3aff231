#include "apiclient.h"
#include "helpers.h"
#include "testserver.h"

#include <cmath>
#include <limits>
#include <QRandomGenerator>
#include <QtTest>

using namespace nereid::test;

namespace {
const QString Project = QStringLiteral("team/series");
const QString Loss = QStringLiteral("train/loss");
constexpr double Inf = std::numeric_limits<double>::infinity();
constexpr double LastStep = std::numeric_limits<double>::quiet_NaN(); // a range up to the series' last step

struct Point
{
    double step;
    double value;
    double timestamp;
};
using Points = QList<Point>;

// A float-series value on the wire: a number, or "NaN" / "Infinity" / "-Infinity" (docs/api.md).
QJsonValue wire(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    return value;
}

// Strings must match exactly; numbers within a rounding error.
bool sameWire(const QJsonValue &got, double expected)
{
    const QJsonValue want = wire(expected);
    if (want.isString())
        return got == want;
    return got.isDouble() && sameDouble(got.toDouble(), expected, 1e-12);
}

bool samePoint(const QJsonValue &got, const Point &expected)
{
    const QJsonArray p = got.toArray();
    return p.size() == 3 && sameDouble(p[0].toDouble(NAN), expected.step) && sameWire(p[1], expected.value) &&
           sameDouble(p[2].toDouble(NAN), expected.timestamp);
}

// [step, value] of a bucket's min or max.
bool sameExtreme(const QJsonValue &got, double step, double value)
{
    const QJsonArray p = got.toArray();
    return p.size() == 2 && sameDouble(p[0].toDouble(NAN), step) && sameWire(p[1], value);
}

QByteArray show(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

// The reduction of docs/api.md, computed point by point: what the server's block summaries must equal.
struct Bucket
{
    qint64 count = 0;
    Point first{}, last{};
    double minStep = NAN, minValue = NAN, maxStep = NAN, maxValue = NAN;
};

QList<Bucket> bruteForce(const Points &points, double from, double to, int bucketCount)
{
    QList<Bucket> buckets(bucketCount);
    const double width = (to - from) / bucketCount;
    for (const Point &p : points) {
        if (p.step < from || p.step > to)
            continue;
        const int i = width <= 0 ? 0 : std::clamp(int(std::floor((p.step - from) / width)), 0, bucketCount - 1);
        Bucket &b = buckets[i];
        if (b.count++ == 0)
            b.first = p;
        b.last = p;
        if (std::isnan(p.value))
            continue;
        if (std::isnan(b.minValue) || p.value < b.minValue)
            b.minStep = p.step, b.minValue = p.value;
        if (std::isnan(b.maxValue) || p.value > b.maxValue)
            b.maxStep = p.step, b.maxValue = p.value;
    }
    return buckets;
}

Points randomWalk(int count, double firstStep, double stepGap, quint32 seed)
{
    QRandomGenerator random(seed);
    Points points;
    double value = 1.0;
    for (int i = 0; i < count; ++i) {
        value += random.generateDouble() - 0.5;
        points.append({firstStep + i * stepGap, value, 1763805600.0 + i * 0.25});
    }
    return points;
}
} // namespace

// Reading series: field summaries in the run object, point pages, and reduced reads into buckets, each
// checked against what was written.
class TestServerSeries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void readsAtomsAndSeriesSummaries();
    void readsPointsInStepRange();
    void pagesPointsWithNextCursor_data();
    void pagesPointsWithNextCursor();
    void pagesStringSeries();
    void reducesLikeBruteForce_data();
    void reducesLikeBruteForce();
    void spikeStaysVisibleAsBucketMax();
    void keepsNaNAndInfinity();
    void reducesSinglePoint();
    void emptyRange();
    void readsPathsWithAnyCharacters();
    void unknownSeriesOrRun_data();
    void unknownSeriesOrRun();
    void refusesBadParameters_data();
    void refusesBadParameters();

private:
    QString newRun();
    // Writes the points in batches of `batch` points, one request each.
    void append(const QString &runId, const QString &path, const Points &points, int batch = 20000);
    ApiReply points(const QString &runId, const QString &query)
    {
        return m_api->get(runPath(runId) + QStringLiteral("/series?") + query);
    }
    ApiReply reduced(const QString &runId, const QString &query)
    {
        return m_api->get(runPath(runId) + QStringLiteral("/series/reduced?") + query);
    }
    // Follows `next` from the first page to the last; fails the test on a bad page.
    QJsonArray readAllPages(const QString &runId, const QString &path, QString from, const QString &to, int limit);
    void compareReduced(const ApiReply &reply, const Points &points, double from, double to, int bucketCount);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
};

void TestServerSeries::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("SER")), 201);
}

void TestServerSeries::cleanupTestCase()
{
    m_api.reset();
    m_server.reset();
}

QString TestServerSeries::newRun()
{
    const ApiReply run = createRun(*m_api, Project);
    if (run.status != 201)
        qWarning() << "run not created:" << run.describe();
    return run[QStringLiteral("id")].toString();
}

void TestServerSeries::append(const QString &runId, const QString &path, const Points &points, int batch)
{
    for (qsizetype start = 0; start < points.size(); start += batch) {
        QList<QJsonArray> wirePoints;
        for (const Point &p : points.mid(start, batch))
            wirePoints.append(point(p.step, wire(p.value), p.timestamp));
        const ApiReply reply =
            applyOperations(*m_api, runId, {appendOp(path, QStringLiteral("floatSeries"), wirePoints)});
        NEREID_EXPECT_STATUS(reply, 200);
    }
}

QJsonArray TestServerSeries::readAllPages(const QString &runId, const QString &path, QString from, const QString &to,
                                          int limit)
{
    QJsonArray all;
    for (int page = 0; page < 10000; ++page) {
        QString query = QStringLiteral("path=%1&limit=%2").arg(path).arg(limit);
        if (!from.isEmpty())
            query += QStringLiteral("&from=") + from;
        if (!to.isEmpty())
            query += QStringLiteral("&to=") + to;
        const ApiReply reply = points(runId, query);
        if (reply.status != 200) {
            qWarning() << reply.describe();
            return {};
        }
        const QJsonArray got = reply[QStringLiteral("points")].toArray();
        if (got.size() > limit) {
            qWarning() << "page over the limit:" << got.size();
            return {};
        }
        for (const QJsonValue &p : got)
            all.append(p);
        const QJsonValue next = reply[QStringLiteral("next")];
        if (next.isNull())
            return all;
        if (got.size() != limit || !next.isDouble() || next.toDouble() <= got.last()[0].toDouble()) {
            qWarning() << "a page before the last one must be full and point past itself:" << reply.describe();
            return {};
        }
        from = QString::number(next.toDouble(), 'g', 17);
    }
    return {};
}

void TestServerSeries::readsAtomsAndSeriesSummaries()
{
    const QString run = newRun();
    const Points loss{{0, 2.5, 1.0}, {1, NAN, 2.0}, {2, 0.5, 3.0}, {5, 1.25, 4.0}, {7, 0.75, 5.0}};
    NEREID_EXPECT_STATUS(
        applyOperations(*m_api, run,
                        {assignOp(QStringLiteral("params/lr"), QStringLiteral("float"), 0.001),
                         assignOp(QStringLiteral("params/epochs"), QStringLiteral("int"), 30),
                         assignOp(QStringLiteral("params/shuffle"), QStringLiteral("bool"), true),
                         assignOp(QStringLiteral("params/optimizer"), QStringLiteral("string"), QStringLiteral("Adam")),
                         assignOp(QStringLiteral("data/snapshot"), QStringLiteral("datetime"),
                                  QStringLiteral("2026-11-22T10:00:00.000Z")),
                         assignOp(QStringLiteral("data/splits"), QStringLiteral("stringSet"),
                                  QJsonArray{QStringLiteral("train"), QStringLiteral("val")}),
                         appendOp(QStringLiteral("train/log"), QStringLiteral("stringSeries"),
                                  {point(0, QStringLiteral("start")), point(3, QStringLiteral("epoch 0 done"))})}),
        200);
    append(run, Loss, loss);

    const QJsonObject fields = runFields(*m_api, run);
    const auto valueOf = [&](const char *path) { return fields[QLatin1String(path)][QStringLiteral("value")]; };
    QCOMPARE(valueOf("params/lr").toDouble(), 0.001);
    QCOMPARE(valueOf("params/epochs").toInteger(), 30);
    QCOMPARE(valueOf("params/shuffle").toBool(), true);
    QCOMPARE(valueOf("params/optimizer").toString(), QStringLiteral("Adam"));
    QCOMPARE(valueOf("data/snapshot").toString(), QStringLiteral("2026-11-22T10:00:00.000Z"));
    QStringList splits = valueOf("data/splits").toVariant().toStringList();
    splits.sort();
    QCOMPARE(splits, (QStringList{QStringLiteral("train"), QStringLiteral("val")}));
    QCOMPARE(fields[QStringLiteral("params/lr")][QStringLiteral("type")].toString(), QStringLiteral("float"));

    const QJsonObject log = fields[QStringLiteral("train/log")].toObject();
    QCOMPARE(log[QStringLiteral("type")].toString(), QStringLiteral("stringSeries"));
    QCOMPARE(log[QStringLiteral("count")].toInteger(), 2);
    QCOMPARE(log[QStringLiteral("last")].toString(), QStringLiteral("epoch 0 done"));
    QCOMPARE(log[QStringLiteral("last_step")].toDouble(), 3.0);

    // Summary computed from the points: NaN counts as a point but never as min, max or in the average.
    const QJsonObject series = fields[Loss].toObject();
    QCOMPARE(series[QStringLiteral("type")].toString(), QStringLiteral("floatSeries"));
    QCOMPARE(series[QStringLiteral("count")].toInteger(), loss.size());
    QVERIFY2(sameWire(series[QStringLiteral("last")], loss.last().value), show(series).constData());
    QCOMPARE(series[QStringLiteral("last_step")].toDouble(), loss.last().step);
    double sum = 0, squares = 0, lowest = Inf, highest = -Inf;
    int numbers = 0;
    for (const Point &p : loss) {
        if (std::isnan(p.value))
            continue;
        sum += p.value, squares += p.value * p.value, ++numbers;
        lowest = std::min(lowest, p.value), highest = std::max(highest, p.value);
    }
    const double mean = sum / numbers;
    QVERIFY2(sameWire(series[QStringLiteral("min")], lowest), show(series).constData());
    QVERIFY2(sameWire(series[QStringLiteral("max")], highest), show(series).constData());
    QVERIFY2(sameDouble(series[QStringLiteral("average")].toDouble(NAN), mean), show(series).constData());
    QVERIFY2(sameDouble(series[QStringLiteral("variance")].toDouble(NAN), squares / numbers - mean * mean),
             show(series).constData());
}

void TestServerSeries::readsPointsInStepRange()
{
    const QString run = newRun();
    const Points all = randomWalk(200, 0, 2, 11); // even steps 0..398
    append(run, Loss, all);

    // Both bounds inclusive; bounds between stored steps select the points inside.
    const ApiReply inside = points(run, QStringLiteral("path=train/loss&from=10&to=20"));
    NEREID_EXPECT_STATUS(inside, 200);
    QCOMPARE(inside[QStringLiteral("path")].toString(), Loss);
    QCOMPARE(inside[QStringLiteral("type")].toString(), QStringLiteral("floatSeries"));
    QVERIFY(inside[QStringLiteral("next")].isNull());
    const QJsonArray got = inside[QStringLiteral("points")].toArray();
    QCOMPARE(got.size(), 6);
    for (int i = 0; i < got.size(); ++i)
        QVERIFY2(samePoint(got[i], all[5 + i]), show(got[i]).constData());

    const QJsonArray between =
        points(run, QStringLiteral("path=train/loss&from=9.5&to=14.5"))[QStringLiteral("points")].toArray();
    QCOMPARE(between.size(), 3);
    QVERIFY2(samePoint(between.first(), all[5]), show(between.first()).constData());

    // Without bounds: every point, across the server's storage blocks.
    const QJsonArray whole = points(run, QStringLiteral("path=train/loss"))[QStringLiteral("points")].toArray();
    QCOMPARE(whole.size(), all.size());
    for (int i = 0; i < whole.size(); ++i)
        QVERIFY2(samePoint(whole[i], all[i]), show(whole[i]).constData());
    const QJsonArray tail = points(run, QStringLiteral("path=train/loss&from=390"))[QStringLiteral("points")].toArray();
    QCOMPARE(tail.size(), 5);
    const QJsonArray head = points(run, QStringLiteral("path=train/loss&to=3"))[QStringLiteral("points")].toArray();
    QCOMPARE(head.size(), 2);
}

void TestServerSeries::pagesPointsWithNextCursor_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("from"); // -1: not given
    QTest::addColumn<int>("to");
    QTest::addColumn<int>("expected");
    QTest::newRow("uneven pages across blocks") << 1500 << 333 << -1 << -1 << 1500;
    QTest::newRow("limit divides the count") << 1000 << 250 << -1 << -1 << 1000;
    QTest::newRow("one point a page") << 7 << 1 << -1 << -1 << 7;
    QTest::newRow("up to a step") << 1500 << 100 << -1 << 1049 << 1050;
    QTest::newRow("range starting mid-block") << 1500 << 97 << 200 << 900 << 701;
}

void TestServerSeries::pagesPointsWithNextCursor()
{
    QFETCH(int, count);
    QFETCH(int, limit);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(int, expected);
    const QString run = newRun();
    const Points all = randomWalk(count, 0, 1, quint32(count + limit));
    append(run, Loss, all);

    const auto bound = [](int step) { return step < 0 ? QString() : QString::number(step); };
    const QJsonArray pages = readAllPages(run, Loss, bound(from), bound(to), limit);
    QCOMPARE(pages.size(), expected);
    const int first = std::max(from, 0);
    for (int i = 0; i < pages.size(); ++i)
        QVERIFY2(samePoint(pages[i], all[first + i]), show(pages[i]).constData());
}

void TestServerSeries::pagesStringSeries()
{
    const QString run = newRun();
    QList<QJsonArray> lines;
    for (int i = 0; i < 25; ++i)
        lines.append(point(i * 3, QStringLiteral("line %1").arg(i), 100.0 + i));
    NEREID_EXPECT_STATUS(
        applyOperations(*m_api, run, {appendOp(QStringLiteral("log"), QStringLiteral("stringSeries"), lines)}), 200);

    const QJsonArray all = readAllPages(run, QStringLiteral("log"), QString(), QString(), 10);
    QCOMPARE(all.size(), lines.size());
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(all[i].toArray(), lines[i]);
    const ApiReply first = points(run, QStringLiteral("path=log&limit=10"));
    QCOMPARE(first[QStringLiteral("type")].toString(), QStringLiteral("stringSeries"));
    QCOMPARE(first[QStringLiteral("next")].toDouble(), 30.0);
}

void TestServerSeries::reducesLikeBruteForce_data()
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
}

void TestServerSeries::reducesLikeBruteForce()
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
    append(run, Loss, all, batch);
    compareReduced(reduced(run, QStringLiteral("path=train/loss") + query), all, from,
                   std::isnan(to) ? all.last().step : to, buckets);
}

void TestServerSeries::compareReduced(const ApiReply &reply, const Points &points, double from, double to,
                                      int bucketCount)
{
    NEREID_EXPECT_STATUS(reply, 200);
    QCOMPARE(reply[QStringLiteral("path")].toString(), Loss);
    QVERIFY2(sameDouble(reply[QStringLiteral("from")].toDouble(NAN), from), reply.body.left(200).constData());
    QVERIFY2(sameDouble(reply[QStringLiteral("to")].toDouble(NAN), to), reply.body.left(200).constData());
    const QList<Bucket> expected = bruteForce(points, from, to, bucketCount);
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
        const Bucket &want = expected[i];
        const QJsonObject bucket = got[n].toObject();
        const QByteArray where = "bucket " + QByteArray::number(i) + ": " + show(bucket);
        QVERIFY2(sameDouble(bucket[QStringLiteral("from")].toDouble(NAN), from + i * width), where.constData());
        const double bucketEnd = i + 1 == bucketCount ? to : from + (i + 1) * width;
        QVERIFY2(sameDouble(bucket[QStringLiteral("to")].toDouble(NAN), bucketEnd), where.constData());
        QVERIFY2(bucket[QStringLiteral("count")].toInteger() == want.count, where.constData());
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

void TestServerSeries::spikeStaysVisibleAsBucketMax()
{
    const QString run = newRun();
    constexpr int Count = 100000;
    constexpr int SpikeAt = 61337, DipAt = 4242;
    Points all = randomWalk(Count, 0, 1, 5);
    for (Point &p : all)
        p.value = std::fmod(std::abs(p.value), 1.0); // everything in [0, 1) but the spike and the dip
    all[SpikeAt].value = 1000.0;
    all[DipAt].value = -1000.0;
    append(run, Loss, all);

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

    // Point pages default to 10000 points and go up to 100000.
    const ApiReply firstPage = points(run, QStringLiteral("path=train/loss"));
    QCOMPARE(firstPage[QStringLiteral("points")].toArray().size(), 10000);
    QCOMPARE(firstPage[QStringLiteral("next")].toDouble(), 10000.0);
    const ApiReply everything = points(run, QStringLiteral("path=train/loss&limit=100000"));
    QCOMPARE(everything[QStringLiteral("points")].toArray().size(), Count);
    QVERIFY(everything[QStringLiteral("next")].isNull());
    QVERIFY2(samePoint(everything[QStringLiteral("points")][SpikeAt], all[SpikeAt]),
             show(everything[QStringLiteral("points")][SpikeAt]).constData());
}

void TestServerSeries::keepsNaNAndInfinity()
{
    const QString run = newRun();
    // Buckets of 4 steps: only NaN; NaN and +Infinity; -Infinity and numbers; numbers.
    const Points all{{0, NAN, 1},   {1, NAN, 2},    {2, NAN, 3},     {3, NAN, 4},  {4, NAN, 5},   {5, Inf, 6},
                     {6, 1.0, 7},   {7, NAN, 8},    {8, -Inf, 9},    {9, 3.0, 10}, {10, 2.0, 11}, {11, 5.0, 12},
                     {12, 0.5, 13}, {13, 0.25, 14}, {14, 0.125, 15}, {15, 1.0, 16}};
    append(run, Loss, all);

    const QJsonArray got = points(run, QStringLiteral("path=train/loss"))[QStringLiteral("points")].toArray();
    QCOMPARE(got.size(), all.size());
    for (int i = 0; i < got.size(); ++i)
        QVERIFY2(samePoint(got[i], all[i]), show(got[i]).constData());

    const QJsonObject summary = runFields(*m_api, run)[Loss].toObject();
    QCOMPARE(summary[QStringLiteral("count")].toInteger(), all.size());
    QVERIFY2(sameWire(summary[QStringLiteral("min")], -Inf), show(summary).constData());
    QVERIFY2(sameWire(summary[QStringLiteral("max")], Inf), show(summary).constData());
    // Average and variance of the finite values only (docs/api.md).
    double sum = 0, squares = 0;
    int finite = 0;
    for (const Point &p : all) {
        if (std::isfinite(p.value))
            sum += p.value, squares += p.value * p.value, ++finite;
    }
    QVERIFY2(sameDouble(summary[QStringLiteral("average")].toDouble(NAN), sum / finite), show(summary).constData());
    QVERIFY2(sameDouble(summary[QStringLiteral("variance")].toDouble(NAN),
                        squares / finite - (sum / finite) * (sum / finite)),
             show(summary).constData());

    compareReduced(reduced(run, QStringLiteral("path=train/loss&from=0&to=16&buckets=4")), all, 0, 16, 4);

    // A series of NaN only: a last value, but no minimum, maximum or average.
    append(run, QStringLiteral("diverged"), {{0, NAN, 1}, {1, NAN, 2}});
    const QJsonObject nans = runFields(*m_api, run)[QStringLiteral("diverged")].toObject();
    QCOMPARE(nans[QStringLiteral("count")].toInteger(), 2);
    QCOMPARE(nans[QStringLiteral("last")].toString(), QStringLiteral("NaN"));
    QVERIFY2(nans[QStringLiteral("min")].isNull() && nans[QStringLiteral("max")].isNull(), show(nans).constData());
    QVERIFY2(!nans.contains(QStringLiteral("average")) && !nans.contains(QStringLiteral("variance")),
             show(nans).constData());
}

void TestServerSeries::reducesSinglePoint()
{
    const QString run = newRun();
    append(run, Loss, {{5, 0.5, 100}});
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

void TestServerSeries::emptyRange()
{
    const QString run = newRun();
    append(run, Loss, randomWalk(500, 100, 1, 3)); // steps 100 to 599
    const ApiReply none = points(run, QStringLiteral("path=train/loss&from=1000&to=2000"));
    NEREID_EXPECT_STATUS(none, 200);
    QCOMPARE(none[QStringLiteral("points")].toArray().size(), 0);
    QVERIFY(none[QStringLiteral("next")].isNull());
    const ApiReply gap = points(run, QStringLiteral("path=train/loss&from=110.25&to=110.75"));
    QCOMPARE(gap[QStringLiteral("points")].toArray().size(), 0);

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

    // A series whose points were all deleted and written again starts empty.
    NEREID_EXPECT_STATUS(applyOperations(*m_api, run, {deleteOp(Loss)}), 200);
    for (const QString &route : {QStringLiteral("series"), QStringLiteral("series/reduced")}) {
        const ApiReply gone = m_api->get(runPath(run) + QLatin1Char('/') + route + QStringLiteral("?path=train/loss"));
        NEREID_EXPECT_STATUS(gone, 404);
        QCOMPARE(gone.errorCode(), QStringLiteral("unknown_field"));
    }
    append(run, Loss, {{3, 1.5, 1}});
    const ApiReply fresh = reduced(run, QStringLiteral("path=train/loss"));
    QCOMPARE(fresh[QStringLiteral("count")].toInteger(), 1);
    QCOMPARE(points(run, QStringLiteral("path=train/loss"))[QStringLiteral("points")].toArray().size(), 1);
}

void TestServerSeries::readsPathsWithAnyCharacters()
{
    // The path travels in the query string, percent-encoded like any query value.
    const QString run = newRun();
    const QStringList paths{QStringLiteral("metrics/f1+acc"), QStringLiteral("train/loss rate"),
                            QStringLiteral("a&b=c/d?e#f"), QStringLiteral("損失/検証"), QStringLiteral("50%/x")};
    for (int i = 0; i < paths.size(); ++i)
        append(run, paths[i], {{double(i), double(i) + 0.5, 1}});
    for (int i = 0; i < paths.size(); ++i) {
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(paths[i]));
        const ApiReply read = points(run, QStringLiteral("path=") + encoded);
        NEREID_EXPECT_STATUS(read, 200);
        QCOMPARE(read[QStringLiteral("path")].toString(), paths[i]);
        QVERIFY2(samePoint(read[QStringLiteral("points")][0], {double(i), double(i) + 0.5, 1}), read.body.constData());
        const ApiReply summary = reduced(run, QStringLiteral("path=") + encoded);
        NEREID_EXPECT_STATUS(summary, 200);
        QCOMPARE(summary[QStringLiteral("count")].toInteger(), 1);
    }
}

void TestServerSeries::unknownSeriesOrRun_data()
{
    QTest::addColumn<QString>("route"); // "series" or "series/reduced"
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("unknownRun");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    for (const QString &route : {QStringLiteral("series"), QStringLiteral("series/reduced")}) {
        const QByteArray r = route.toUtf8() + ": ";
        QTest::newRow(QByteArray(r + "unknown path").constData())
            << route << QStringLiteral("path=train/nothing") << false << 404 << QStringLiteral("unknown_field");
        QTest::newRow(QByteArray(r + "namespace, not a field").constData())
            << route << QStringLiteral("path=train") << false << 404 << QStringLiteral("unknown_field");
        QTest::newRow(QByteArray(r + "unknown run").constData())
            << route << QStringLiteral("path=train/loss") << true << 404 << QStringLiteral("unknown_run");
        QTest::newRow(QByteArray(r + "an atom").constData())
            << route << QStringLiteral("path=params/lr") << false << 400 << QStringLiteral("invalid_type");
        QTest::newRow(QByteArray(r + "invalid path").constData())
            << route << QStringLiteral("path=train//loss") << false << 400 << QStringLiteral("invalid_path");
        QTest::newRow(QByteArray(r + "no path").constData())
            << route << QString() << false << 400 << QStringLiteral("invalid_path");
    }
    QTest::newRow("reducing a string series") << QStringLiteral("series/reduced") << QStringLiteral("path=log") << false
                                              << 400 << QStringLiteral("invalid_type");
}

void TestServerSeries::unknownSeriesOrRun()
{
    QFETCH(QString, route);
    QFETCH(QString, query);
    QFETCH(bool, unknownRun);
    QFETCH(int, status);
    QFETCH(QString, error);
    const QString run = newRun();
    append(run, Loss, {{0, 1, 1}});
    NEREID_EXPECT_STATUS(applyOperations(*m_api, run,
                                         {assignOp(QStringLiteral("params/lr"), QStringLiteral("float"), 0.1),
                                          appendOp(QStringLiteral("log"), QStringLiteral("stringSeries"),
                                                   {point(0, QStringLiteral("x"))})}),
                         200);
    const QString id = unknownRun ? QStringLiteral("SER-9999") : run;
    const ApiReply reply = m_api->get(runPath(id) + QLatin1Char('/') + route + QLatin1Char('?') + query);
    NEREID_EXPECT_STATUS(reply, status);
    QCOMPARE(reply.errorCode(), error);
    QVERIFY2(!reply.message().isEmpty(), reply.body.constData());
    if (unknownRun)
        QVERIFY2(reply.message().contains(id), reply.body.constData());
}

void TestServerSeries::refusesBadParameters_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("query");
    const QString series = QStringLiteral("series"), reducedRoute = QStringLiteral("series/reduced");
    QTest::newRow("limit 0") << series << QStringLiteral("&limit=0");
    QTest::newRow("limit over 100000") << series << QStringLiteral("&limit=100001");
    QTest::newRow("limit not a number") << series << QStringLiteral("&limit=ten");
    QTest::newRow("limit fractional") << series << QStringLiteral("&limit=2.5");
    QTest::newRow("from not a number") << series << QStringLiteral("&from=abc");
    QTest::newRow("to infinite") << series << QStringLiteral("&to=inf");
    QTest::newRow("from NaN") << series << QStringLiteral("&from=nan");
    QTest::newRow("reduced: buckets 0") << reducedRoute << QStringLiteral("&buckets=0");
    QTest::newRow("reduced: buckets over 100000") << reducedRoute << QStringLiteral("&buckets=100001");
    QTest::newRow("reduced: negative buckets") << reducedRoute << QStringLiteral("&buckets=-3");
    QTest::newRow("reduced: buckets not a number") << reducedRoute << QStringLiteral("&buckets=many");
    QTest::newRow("reduced: from not a number") << reducedRoute << QStringLiteral("&from=x");
    QTest::newRow("reduced: to below from") << reducedRoute << QStringLiteral("&from=10&to=5");
    QTest::newRow("reduced: to infinite") << reducedRoute << QStringLiteral("&to=Infinity");
}

void TestServerSeries::refusesBadParameters()
{
    QFETCH(QString, route);
    QFETCH(QString, query);
    const QString run = newRun();
    append(run, Loss, randomWalk(20, 0, 1, 1));
    const ApiReply reply =
        m_api->get(runPath(run) + QLatin1Char('/') + route + QStringLiteral("?path=train/loss") + query);
    NEREID_EXPECT_STATUS(reply, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_request"));
    QVERIFY2(!reply.message().isEmpty(), reply.body.constData());
}

QTEST_GUILESS_MAIN(TestServerSeries)
#include "test_server_series.moc"
