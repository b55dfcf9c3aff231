#include "apiclient.h"
#include "helpers.h"
#include "seriespoints.h"
#include "testserver.h"

#include <cmath>
#include <limits>
#include <QtTest>

using namespace nereid::test;

namespace {
const QString Project = QStringLiteral("team/series");
const QString Loss = QStringLiteral("train/loss");
constexpr double Inf = std::numeric_limits<double>::infinity();
} // namespace

// Reading series: field summaries in the run object and point pages, checked against what was written.
// Reduced reads have their own class (test_server_reduced.cpp).
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
    void pagesWhileTheSeriesGrows();
    void keepsBatchesOfEverySize();
    void pagesStringSeries();
    void pageSizeDefaultAndMaximum();
    void keepsNaNAndInfinity();
    void emptyRange();
    void readsPathsWithAnyCharacters();
    void unknownSeriesOrRun_data();
    void unknownSeriesOrRun();
    void refusesBadParameters_data();
    void refusesBadParameters();

private:
    QString newRun();
    ApiReply points(const QString &runId, const QString &query)
    {
        return m_api->get(runPath(runId) + QStringLiteral("/series?") + query);
    }
    ApiReply reduced(const QString &runId, const QString &query)
    {
        return m_api->get(runPath(runId) + QStringLiteral("/series/reduced?") + query);
    }
    // Follows `next` from the first page to the last; empty (with a warning) on a bad page.
    QJsonArray readAllPages(const QString &runId, const QString &path, QString from, const QString &to, int limit);

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
    NEREID_EXPECT_STATUS(appendPoints(*m_api, run, Loss, loss), 200);

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
    NEREID_EXPECT_STATUS(appendPoints(*m_api, run, Loss, all), 200);

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
    NEREID_EXPECT_STATUS(appendPoints(*m_api, run, Loss, all), 200);

    const auto bound = [](int step) { return step < 0 ? QString() : QString::number(step); };
    const QJsonArray pages = readAllPages(run, Loss, bound(from), bound(to), limit);
    QCOMPARE(pages.size(), expected);
    const int first = std::max(from, 0);
    for (int i = 0; i < pages.size(); ++i)
        QVERIFY2(samePoint(pages[i], all[first + i]), show(pages[i]).constData());
}

void TestServerSeries::pagesWhileTheSeriesGrows()
{
    // A chart pages through a series that the training script keeps appending to: the cursor picks up
    // the new points, none twice, none missed.
    const QString run = newRun();
    const Points all = randomWalk(1600, 0, 1, 23);
    NEREID_EXPECT_STATUS(appendPoints(*m_api, run, Loss, all.mid(0, 1000)), 200);
    QJsonArray read;
    QString from;
    for (qsizetype written = 1000;; written = std::min<qsizetype>(written + 150, all.size())) {
        const ApiReply page = points(run, QStringLiteral("path=train/loss&limit=250") +
                                              (from.isEmpty() ? QString() : QStringLiteral("&from=") + from));
        NEREID_EXPECT_STATUS(page, 200);
        for (const QJsonValue &p : page[QStringLiteral("points")].toArray())
            read.append(p);
        if (page[QStringLiteral("next")].isNull() && written == all.size())
            break;
        from = page[QStringLiteral("next")].isNull() ? QString::number(read.last()[0].toDouble() + 1)
                                                     : QString::number(page[QStringLiteral("next")].toDouble());
        if (written < all.size())
            NEREID_EXPECT_STATUS(appendPoints(*m_api, run, Loss, all.mid(written, 150)), 200);
        QVERIFY2(read.size() <= all.size(), "points came twice");
    }
    QCOMPARE(read.size(), all.size());
    for (int i = 0; i < read.size(); ++i)
        QVERIFY2(samePoint(read[i], all[i]), show(read[i]).constData());
}

void TestServerSeries::keepsBatchesOfEverySize()
{
    // Batches that append to several series at once, of sizes around a stored block's (320 points) and a small last
    // block's (64 on PostgreSQL), each series written in two operations with a sys edit between them: every point reads
    // back once and in order, and the summaries and the reduced read agree with what was sent.
    const QString run = newRun();
    const QStringList paths{QStringLiteral("m/a"), QStringLiteral("m/b"), QStringLiteral("m/c")};
    QHash<QString, Points> sent;
    double step = 0;
    quint32 seed = 7;
    int batches = 0;
    for (const int size : {1, 7, 63, 1, 64, 100, 330, 2, 700, 5, 319, 1, 640}) {
        const int half = size / 2;
        QJsonArray firstHalves, secondHalves;
        for (const QString &path : paths) {
            const Points first = randomWalk(half, step, 1, ++seed);
            const Points second = randomWalk(size - half, step + half, 1, ++seed);
            for (const auto &[points, into] : {std::pair{&first, &firstHalves}, std::pair{&second, &secondHalves}}) {
                QList<QJsonArray> wirePoints;
                for (const Point &p : *points)
                    wirePoints.append(point(p.step, wire(p.value), p.timestamp));
                if (!wirePoints.isEmpty())
                    into->append(appendOp(path, QStringLiteral("floatSeries"), wirePoints));
            }
            sent[path] += first + second;
        }
        // Between the halves a sys edit alone, or with an atom: a batch's fields are read once at its start, and an
        // append after either must see the first half as written.
        const QJsonObject atom = assignOp(QStringLiteral("params/size"), QStringLiteral("int"), size);
        QJsonArray operations = firstHalves;
        if (++batches % 2 == 0)
            operations.append(atom);
        operations.append(assignOp(QStringLiteral("sys/name"), QStringLiteral("string"), QString::number(size)));
        for (const QJsonValue &op : std::as_const(secondHalves))
            operations.append(op);
        if (batches % 2 == 1)
            operations.append(atom);
        NEREID_EXPECT_STATUS(applyOperations(*m_api, run, operations), 200);
        step += size;
    }
    const QJsonObject fields = runFields(*m_api, run);
    for (const QString &path : paths) {
        const Points &expected = sent[path];
        const QJsonArray read = readAllPages(run, path, QString(), QString(), 5000);
        QCOMPARE(read.size(), expected.size());
        for (int i = 0; i < read.size(); ++i)
            QVERIFY2(samePoint(read[i], expected[i]), qPrintable(path + u' ' + QString::fromUtf8(show(read[i]))));
        const QJsonObject summary = fields[path].toObject();
        QCOMPARE(summary[QStringLiteral("count")].toInteger(), expected.size());
        QCOMPARE(summary[QStringLiteral("last_step")].toDouble(), expected.last().step);
        const ApiReply buckets = reduced(run, QStringLiteral("path=%1&buckets=37").arg(path));
        NEREID_EXPECT_STATUS(buckets, 200);
        QCOMPARE(buckets[QStringLiteral("count")].toInteger(), expected.size());
    }
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

void TestServerSeries::pageSizeDefaultAndMaximum()
{
    const QString run = newRun();
    constexpr int Count = 100000;
    const Points all = randomWalk(Count, 0, 1, 17);
    NEREID_EXPECT_STATUS(appendPoints(*m_api, run, Loss, all), 200);
    const ApiReply firstPage = points(run, QStringLiteral("path=train/loss"));
    QCOMPARE(firstPage[QStringLiteral("points")].toArray().size(), 10000);
    QCOMPARE(firstPage[QStringLiteral("next")].toDouble(), 10000.0);
    const ApiReply everything = points(run, QStringLiteral("path=train/loss&limit=100000"));
    const QJsonArray got = everything[QStringLiteral("points")].toArray();
    QCOMPARE(got.size(), Count);
    QVERIFY(everything[QStringLiteral("next")].isNull());
    for (int i = 0; i < Count; i += 997)
        QVERIFY2(samePoint(got[i], all[i]), show(got[i]).constData());
}

void TestServerSeries::keepsNaNAndInfinity()
{
    const QString run = newRun();
    const Points all{{0, NAN, 1},   {1, NAN, 2},    {2, NAN, 3},     {3, NAN, 4},  {4, NAN, 5},   {5, Inf, 6},
                     {6, 1.0, 7},   {7, NAN, 8},    {8, -Inf, 9},    {9, 3.0, 10}, {10, 2.0, 11}, {11, 5.0, 12},
                     {12, 0.5, 13}, {13, 0.25, 14}, {14, 0.125, 15}, {15, 1.0, 16}};
    NEREID_EXPECT_STATUS(appendPoints(*m_api, run, Loss, all), 200);

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

    // A series of NaN only: a last value, but no minimum, maximum or average.
    NEREID_EXPECT_STATUS(appendPoints(*m_api, run, QStringLiteral("diverged"), {{0, NAN, 1}, {1, NAN, 2}}), 200);
    const QJsonObject nans = runFields(*m_api, run)[QStringLiteral("diverged")].toObject();
    QCOMPARE(nans[QStringLiteral("count")].toInteger(), 2);
    QCOMPARE(nans[QStringLiteral("last")].toString(), QStringLiteral("NaN"));
    QVERIFY2(nans[QStringLiteral("min")].isNull() && nans[QStringLiteral("max")].isNull(), show(nans).constData());
    QVERIFY2(!nans.contains(QStringLiteral("average")) && !nans.contains(QStringLiteral("variance")),
             show(nans).constData());
}

void TestServerSeries::emptyRange()
{
    const QString run = newRun();
    NEREID_EXPECT_STATUS(appendPoints(*m_api, run, Loss, randomWalk(500, 100, 1, 3)), 200); // steps 100 to 599
    const ApiReply none = points(run, QStringLiteral("path=train/loss&from=1000&to=2000"));
    NEREID_EXPECT_STATUS(none, 200);
    QCOMPARE(none[QStringLiteral("points")].toArray().size(), 0);
    QVERIFY(none[QStringLiteral("next")].isNull());
    const ApiReply gap = points(run, QStringLiteral("path=train/loss&from=110.25&to=110.75"));
    QCOMPARE(gap[QStringLiteral("points")].toArray().size(), 0);

    // A series whose points were all deleted and written again starts empty.
    NEREID_EXPECT_STATUS(applyOperations(*m_api, run, {deleteOp(Loss)}), 200);
    for (const QString &route : {QStringLiteral("series"), QStringLiteral("series/reduced")}) {
        const ApiReply gone = m_api->get(runPath(run) + QLatin1Char('/') + route + QStringLiteral("?path=train/loss"));
        NEREID_EXPECT_STATUS(gone, 404);
        QCOMPARE(gone.errorCode(), QStringLiteral("unknown_field"));
    }
    NEREID_EXPECT_STATUS(appendPoints(*m_api, run, Loss, {{3, 1.5, 1}}), 200);
    QCOMPARE(points(run, QStringLiteral("path=train/loss"))[QStringLiteral("points")].toArray().size(), 1);
}

void TestServerSeries::readsPathsWithAnyCharacters()
{
    // The path travels in the query string, percent-encoded like any query value.
    const QString run = newRun();
    const QStringList paths{QStringLiteral("metrics/f1+acc"), QStringLiteral("train/loss rate"),
                            QStringLiteral("a&b=c/d?e#f"), QStringLiteral("損失/検証"), QStringLiteral("50%/x")};
    for (int i = 0; i < paths.size(); ++i)
        NEREID_EXPECT_STATUS(appendPoints(*m_api, run, paths[i], {{double(i), double(i) + 0.5, 1}}), 200);
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
    NEREID_EXPECT_STATUS(appendPoints(*m_api, run, Loss, {{0, 1, 1}}), 200);
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
    NEREID_EXPECT_STATUS(appendPoints(*m_api, run, Loss, randomWalk(20, 0, 1, 1)), 200);
    const ApiReply reply =
        m_api->get(runPath(run) + QLatin1Char('/') + route + QStringLiteral("?path=train/loss") + query);
    NEREID_EXPECT_STATUS(reply, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_request"));
    QVERIFY2(!reply.message().isEmpty(), reply.body.constData());
}

QTEST_GUILESS_MAIN(TestServerSeries)
#include "test_server_series.moc"
