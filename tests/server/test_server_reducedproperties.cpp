// The reduced read as a property (issue 20): random float series (NaN runs, ±Infinity, repeated values, one point,
// steps a hair apart or huge gaps apart, values up to the largest double) written in random batches, read back in
// random step ranges and bucket counts. Every bucket keeps the count, the first and last point, and the lowest and
// highest value of its points, as a brute-force reduction of the points written says (docs/api.md).
// The cases come from a seed printed at the start and in every failure; rerun one with
//   NEREID_TEST_SEED=<seed> ctest -R test_server_reducedproperties --output-on-failure
#include "apiclient.h"
#include "bruteforcereduction.h"
#include "helpers.h"
#include "seriespoints.h"
#include "testseed.h"
#include "testserver.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <QElapsedTimer>
#include <QtTest>

using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {

const QString Project = u"team/reducedprops"_s;
constexpr int Series = 40;
constexpr int ReadsPerSeries = 6;
constexpr double Inf = std::numeric_limits<double>::infinity();
constexpr double Max = std::numeric_limits<double>::max();

double pick(QRandomGenerator &random, std::initializer_list<double> values)
{
    return *(values.begin() + random.bounded(int(values.size())));
}

Points randomPoints(QRandomGenerator &random)
{
    const int sizeClass = random.bounded(10);
    const int count = sizeClass < 2   ? 1
                      : sizeClass < 4 ? random.bounded(2, 12)
                      : sizeClass < 8 ? random.bounded(1, 700)
                                      : random.bounded(3000);
    const double gap = pick(random, {1.0, 0.01, 1e12, 1e290});
    const int shape = random.bounded(4);
    const double nanShare = pick(random, {0.0, 0.02, 0.3, 0.95});
    Points points;
    double step = pick(random, {0.0, -5.5, 1e15, -1e300, double(random.bounded(100))});
    double walk = 0;
    int nanRun = 0;
    for (int i = 0; i < count; ++i) {
        const int roll = random.bounded(10);
        const double next = roll < 5   ? step + 1
                            : roll < 7 ? std::nextafter(step, Inf)
                                       : step + gap * (0.5 + random.generateDouble());
        step = i == 0 ? step : (std::isfinite(next) && next > step ? next : std::nextafter(step, Inf));
        walk += random.generateDouble() - 0.5;
        double value = shape == 0 ? walk : shape == 1 ? 7.0 : shape == 2 ? double(random.bounded(3)) : 0;
        if (shape == 3)
            value = pick(random, {0.0, -0.0, Max, -Max, 4.9e-324, walk, 1e-300});
        if (nanRun == 0 && random.generateDouble() < nanShare)
            nanRun = random.bounded(2) ? 1 : random.bounded(1, 400);
        if (nanRun > 0)
            --nanRun, value = qQNaN();
        else if (random.bounded(40) == 0)
            value = random.bounded(2) ? Inf : -Inf;
        points.append({step, value, 1763805600.0 + i * 0.5});
    }
    return points;
}

QString number(double value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(QString::number(value, 'g', 17))); // "1e+300": + is a space
}

// The point of `points` at `step` has `value` (the step of a tied extreme may be any point holding it).
bool holds(const Points &points, double step, double value)
{
    return std::any_of(points.begin(), points.end(),
                       [&](const Point &p) { return p.step == step && p.value == value; });
}

} // namespace

class TestServerReducedProperties : public QObject
{
    Q_OBJECT

private slots:
    void bucketsKeepEveryExtreme();

private:
    // Empty when the answer is the brute-force reduction of `points` over [from, to], else how it differs.
    QByteArray difference(const ApiReply &reply, const Points &points, double from, double to, int buckets);
};

QByteArray TestServerReducedProperties::difference(const ApiReply &reply, const Points &points, double from, double to,
                                                   int buckets)
{
    if (reply.status != 200 || !reply.json.isObject())
        return "answered " + reply.describe().left(300);
    if (reply[u"from"_s].toDouble(NAN) != from || reply[u"to"_s].toDouble(NAN) != to)
        return "range " + reply.body.left(200);
    const QList<ReducedBucket> expected = bruteForceReduction(points, from, to, buckets);
    const QJsonArray got = reply[u"buckets"_s].toArray();
    qsizetype n = 0;
    qint64 total = 0;
    for (int i = 0; i < expected.size(); ++i) {
        const ReducedBucket &want = expected[i];
        total += want.count;
        if (want.count == 0)
            continue;
        if (n == got.size())
            return "bucket " + QByteArray::number(i) + " is missing";
        const QJsonObject bucket = got[n++].toObject();
        const QByteArray where = "bucket " + QByteArray::number(i) + " " + show(bucket) + ": ";
        if (bucket[u"count"_s].toInteger() != want.count)
            return where + "count, expected " + QByteArray::number(want.count);
        if (!samePoint(bucket[u"first"_s], want.first) || !samePoint(bucket[u"last"_s], want.last))
            return where + "first or last point";
        if (std::isnan(want.minValue)) {
            if (!bucket[u"min"_s].isNull() || !bucket[u"max"_s].isNull())
                return where + "an extreme of NaN only";
            continue;
        }
        const QJsonArray min = bucket[u"min"_s].toArray(), max = bucket[u"max"_s].toArray();
        if (!sameWire(min[1], want.minValue) || !sameWire(max[1], want.maxValue))
            return where + "lost an extreme: expected " + QByteArray::number(want.minValue, 'g', 17) + " and " +
                   QByteArray::number(want.maxValue, 'g', 17);
        if (!holds(points, min[0].toDouble(NAN), want.minValue) || !holds(points, max[0].toDouble(NAN), want.maxValue))
            return where + "an extreme at a step that does not hold it";
    }
    if (n != got.size())
        return "more buckets than points: " + reply.body.left(300);
    if (reply[u"count"_s].toInteger() != total)
        return "count " + QByteArray::number(reply[u"count"_s].toInteger()) + ", expected " + QByteArray::number(total);
    return {};
}

void TestServerReducedProperties::bucketsKeepEveryExtreme()
{
    const quint32 seed = propertySeed();
    QRandomGenerator random(seed);
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errors()));
    ApiClient api(server.apiUrl(), server.token());
    NEREID_EXPECT_STATUS(createProject(api, Project, u"RDP"_s), 201);
    const ApiReply run = createRun(api, Project);
    NEREID_EXPECT_STATUS(run, 201);
    const QString runId = run[u"id"_s].toString();
    QElapsedTimer timer;
    timer.start();
    int reads = 0;
    for (int s = 0; s < Series; ++s) {
        const Points points = randomPoints(random);
        const QString path = u"s/"_s + QString::number(s);
        const QByteArray series = "series " + QByteArray::number(s) + " of " + QByteArray::number(points.size()) +
                                  " points from step " + QByteArray::number(points.first().step, 'g', 17) + " to " +
                                  QByteArray::number(points.last().step, 'g', 17);
        const ApiReply written = appendPoints(api, runId, path, points, random.bounded(1, 400));
        QVERIFY2(written.status == 200, seedMessage(seed, series + ": " + written.describe()).constData());
        for (int r = 0; r < ReadsPerSeries; ++r) {
            const double first = points.first().step, last = points.last().step;
            const double a = points[random.bounded(int(points.size()))].step;
            const double b = points[random.bounded(int(points.size()))].step;
            const int buckets = int(pick(random, {1, 2, 7, double(random.bounded(1, 3000))}));
            std::optional<double> from, to;
            switch (random.bounded(5)) {
            case 0: // the whole series
                break;
            case 1: // between two of its points, on their steps
                from = std::min(a, b), to = std::max(a, b);
                break;
            case 2: // past both ends, up to the largest doubles
                from = pick(random, {first - 1, -Max, -1e300}), to = pick(random, {last + 0.5, Max, 1e300});
                break;
            case 3: // from one step on
                from = a;
                break;
            default: // up to one step, or one step only
                to = b;
                from = random.bounded(2) ? std::optional<double>(b) : std::nullopt;
                break;
            }
            QString query = u"path="_s + path + u"&buckets="_s + QString::number(buckets);
            if (from)
                query += u"&from="_s + number(*from);
            if (to)
                query += u"&to="_s + number(*to);
            // A missing bound is the series' own, never past the other bound given (docs/api.md).
            const double wantFrom = from.value_or(std::min(first, to.value_or(last)));
            const double wantTo = to.value_or(std::max(last, wantFrom));
            const ApiReply reply = api.get(runPath(runId) + u"/series/reduced?"_s + query);
            const QByteArray lost = difference(reply, points, wantFrom, wantTo, buckets);
            QVERIFY2(lost.isEmpty(), seedMessage(seed, series + ", " + query.toUtf8() + ": " + lost + "\n" +
                                                           server.errors().toUtf8().right(2000))
                                         .constData());
            ++reads;
        }
    }
    qInfo("%d reduced reads of %d random series in %lld ms", reads, Series, timer.elapsed());
}

QTEST_MAIN(TestServerReducedProperties)
#include "test_server_reducedproperties.moc"
