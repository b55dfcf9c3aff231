// The cache and sync engine's speed figures (issue 5), against a real server on loopback:
//   initial sync      10,000 runs x 50 atoms pulled into an empty cache; also the HTTP requests it took.
//                     Baseline: the same pages downloaded and parsed, not stored.
//   incremental sync  one run changed on the server, then pulled; baseline: a request for an empty page.
//   insert / read     1,000,000 points of one float series into and out of the cache; baseline: the same
//                     points as one SQLite row each (step, value, timestamp) in a WITHOUT ROWID table.
//   bytes per point   the cache file's size over the points it holds, and the baseline's.
// Sync figures are medians of several rounds, printed as they are measured; run with `-median 5` for the rest.
#include "apiclient.h"
#include "cache/cache.h"
#include "cache/cachedatabase.h"
#include "sync/apiconnection.h"
#include "sync/projectpuller.h"
#include "testserver.h"

#include <algorithm>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Project = QStringLiteral("bench/cache");
// NEREID_BENCH_RUNS=1000 makes a quicker round while working on the code; the goals are for 10,000.
const int Runs =
    qEnvironmentVariableIsSet("NEREID_BENCH_RUNS") ? qEnvironmentVariableIntValue("NEREID_BENCH_RUNS") : 10000;
constexpr int AtomsPerRun = 50;
constexpr int Points = 1000000;

QJsonObject atomsBatch(int run)
{
    QJsonArray operations;
    for (int a = 0; a < AtomsPerRun; ++a) {
        const bool text = a % 5 == 0;
        operations.append(
            QJsonObject{{QStringLiteral("op"), QStringLiteral("assign")},
                        {QStringLiteral("path"), QStringLiteral("params/group%1/p%2").arg(a % 4).arg(a)},
                        {QStringLiteral("type"), text ? QStringLiteral("string") : QStringLiteral("float")},
                        {QStringLiteral("value"),
                         text ? QJsonValue(QStringLiteral("value %1").arg(run)) : QJsonValue(run * 0.001 + a)}});
    }
    return {{QStringLiteral("operations"), operations}};
}

// Creates the runs over HTTP, eight requests in flight: a create, then its batch of atoms.
void populate(const TestServer &server)
{
    QNetworkAccessManager manager;
    const QString token = server.token();
    int started = 0, finished = 0;
    std::function<void()> next;
    const auto post = [&](const QString &path, const QJsonObject &body,
                          const std::function<void(const QJsonObject &)> &then) {
        QNetworkRequest request(QUrl(server.apiUrl().toString() + path));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, &manager, [reply, then] {
            reply->deleteLater();
            then(QJsonDocument::fromJson(reply->readAll()).object());
        });
    };
    next = [&] {
        if (started == Runs)
            return;
        const int run = started++;
        post(QStringLiteral("/projects/%1/runs").arg(Project),
             {{QStringLiteral("name"), QStringLiteral("run %1").arg(run)}}, [&, run](const QJsonObject &created) {
                 const QString id = created.value(QStringLiteral("id")).toString();
                 post(QStringLiteral("/runs/%1/operations").arg(id), atomsBatch(run), [&](const QJsonObject &) {
                     ++finished;
                     next();
                 });
             });
    };
    for (int i = 0; i < 8; ++i)
        next();
    if (!QTest::qWaitFor([&] { return finished == Runs; }, 600000))
        qFatal("populating the server took more than 10 minutes");
}

QList<FloatPoint> seriesPoints(int count)
{
    QList<FloatPoint> points(count);
    for (int i = 0; i < count; ++i)
        points[i] = {double(i), std::sin(i * 0.001), 1763805600.0 + i * 0.1};
    return points;
}

RunRecord runWithSeries()
{
    RunRecord run;
    run.runId = QStringLiteral("CLS-1");
    run.number = 1;
    run.revision = 1;
    FieldRecord series;
    series.path = QStringLiteral("train/loss");
    series.type = FieldType::FloatSeries;
    series.count = Points;
    run.fields.append(series);
    return run;
}

qint64 fileBytes(const QString &file)
{
    return QFileInfo(file).size() + QFileInfo(file + QStringLiteral("-wal")).size();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

} // namespace

class BenchCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initialSync();
    void initialSyncBaseline();
    void initialSyncCacheShare();
    void incrementalSync();
    void insertPoints();
    void insertPointsBaseline();
    void readPoints();
    void readPointsBaseline();
    void bytesPerPoint();

private:
    // Pulls the project into `cache` (a fresh one unless given); the HTTP requests it took.
    int pull(Cache &cache);
    void fillBaseline(QSqlDatabase &db);

    TestServer m_server;
    std::unique_ptr<ApiConnection> m_api;
    QTemporaryDir m_dir;
    int m_files = 0; // every benchmark round writes a new file
    QString m_pointsFile, m_baselineFile;
    QList<QJsonObject> m_pages; // the changes feed as downloaded by the baseline
};

void BenchCache::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errors()));
    ApiClient api(m_server.apiUrl(), m_server.token());
    NEREID_EXPECT_STATUS(api.post(QStringLiteral("/projects"),
                                  {{QStringLiteral("name"), Project}, {QStringLiteral("key"), QStringLiteral("CLS")}}),
                         201);
    QElapsedTimer timer;
    timer.start();
    populate(m_server);
    qInfo("populated the server with %d runs x %d atoms in %.1f s", Runs, AtomsPerRun, timer.elapsed() / 1000.0);
    m_api = std::make_unique<ApiConnection>(ServerProfile{m_server.baseUrl(), {}, m_server.token()});
    m_api->setTimeout(120000);
}

int BenchCache::pull(Cache &cache)
{
    const int before = m_api->requestCount();
    ProjectPuller puller(*m_api, cache, Project);
    bool done = false;
    connect(&puller, &ProjectPuller::finished, this, [&] { done = true; });
    connect(&puller, &ProjectPuller::failed, this,
            [&](const SyncError &error) { qFatal("%s", qPrintable(error.message)); });
    puller.start();
    if (!QTest::qWaitFor([&] { return done; }, 120000))
        qFatal("the pull did not finish");
    return m_api->requestCount() - before;
}

void BenchCache::initialSync()
{
    QList<double> seconds;
    for (int round = 0; round < 3; ++round) {
        Cache cache;
        QVERIFY(cache.open(m_dir.filePath(QStringLiteral("initial%1.sqlite").arg(++m_files))));
        QElapsedTimer timer;
        timer.start();
        const int requests = pull(cache);
        seconds.append(timer.nsecsElapsed() / 1e9);
        QCOMPARE(cache.runs(Project).size(), Runs);
        qInfo("initial sync: %.2f s, %d HTTP requests", seconds.last(), requests);
    }
    qInfo("initial sync median: %.2f s (goal < 10 s, < 200 requests)", median(seconds));
}

void BenchCache::initialSyncBaseline()
{
    QList<double> seconds;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        qint64 since = 0;
        bool more = true;
        while (more) {
            bool done = false;
            m_api->get(QStringLiteral("/projects/%1/changes?since=%2&limit=1000").arg(Project).arg(since), this,
                       [&](const ApiResult &page) {
                           if (round == 0)
                               m_pages.append(page.json);
                           since = page.json.value(QStringLiteral("cursor")).toInteger();
                           more = page.json.value(QStringLiteral("more")).toBool();
                           done = true;
                       });
            if (!QTest::qWaitFor([&] { return done; }, 120000))
                qFatal("a page did not arrive");
        }
        seconds.append(timer.nsecsElapsed() / 1e9);
    }
    qInfo("baseline, the same pages downloaded and parsed: median %.2f s", median(seconds));
}

void BenchCache::initialSyncCacheShare()
{
    // The part of the initial sync that is the cache's: reading the pages' runs and storing them.
    QList<double> seconds;
    for (int round = 0; round < 3; ++round) {
        Cache cache;
        QVERIFY(cache.open(m_dir.filePath(QStringLiteral("share%1.sqlite").arg(++m_files))));
        QElapsedTimer timer;
        timer.start();
        qint64 parseNs = 0;
        for (const QJsonObject &page : std::as_const(m_pages)) {
            QElapsedTimer parse;
            parse.start();
            QList<RunRecord> runs;
            for (const QJsonValue &run : page.value(QStringLiteral("runs")).toArray())
                runs.append(RunRecord::fromJson(run.toObject()).value());
            parseNs += parse.nsecsElapsed();
            const qint64 cursor = page.value(QStringLiteral("cursor")).toInteger();
            QVERIFY(cache.applyPage(Project, runs, {cursor, cursor}));
        }
        seconds.append(timer.nsecsElapsed() / 1e9);
        qInfo("cache share: %.2f s, of which reading the runs %.2f s", seconds.last(), parseNs / 1e9);
    }
    qInfo("cache share of the initial sync: median %.2f s", median(seconds));
}

void BenchCache::incrementalSync()
{
    Cache cache;
    QVERIFY(cache.open(m_dir.filePath(QStringLiteral("incremental.sqlite"))));
    pull(cache);
    ApiClient api(m_server.apiUrl(), m_server.token());
    QList<double> ms, baseline;
    for (int round = 0; round < 11; ++round) {
        NEREID_EXPECT_STATUS(api.post(QStringLiteral("/runs/CLS-%1/operations").arg(round * 97 + 1),
                                      {{QStringLiteral("operations"),
                                        QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("assign")},
                                                               {QStringLiteral("path"), QStringLiteral("params/round")},
                                                               {QStringLiteral("type"), QStringLiteral("int")},
                                                               {QStringLiteral("value"), round}}}}}),
                             200);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(pull(cache), 1);
        ms.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        QCOMPARE(pull(cache), 1); // nothing new: one request for an empty page
        baseline.append(timer.nsecsElapsed() / 1e6);
    }
    qInfo("incremental sync of one changed run: median %.1f ms (goal < 50 ms); baseline, an empty page: %.1f ms",
          median(ms), median(baseline));
}

void BenchCache::insertPoints()
{
    const QList<FloatPoint> points = seriesPoints(Points);
    QBENCHMARK
    {
        m_pointsFile = m_dir.filePath(QStringLiteral("insert%1.sqlite").arg(++m_files));
        Cache cache;
        QVERIFY(cache.open(m_pointsFile));
        QVERIFY(cache.applyPage(Project, {runWithSeries()}, {1, 1}));
        // As the sync engine stores them: pages of 100,000 points, one transaction each.
        for (int first = 0; first < Points; first += 100000)
            QVERIFY(
                cache.appendPoints(QStringLiteral("CLS-1"), QStringLiteral("train/loss"), points.mid(first, 100000)));
    }
}

void BenchCache::fillBaseline(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    query.exec(QStringLiteral("CREATE TABLE points(series INTEGER, step REAL, value REAL, timestamp REAL,"
                              " PRIMARY KEY(series, step)) WITHOUT ROWID"));
    const QList<FloatPoint> points = seriesPoints(Points);
    db.transaction();
    query.prepare(QStringLiteral("INSERT INTO points VALUES(1, ?, ?, ?)"));
    for (const FloatPoint &point : points) {
        query.bindValue(0, point.step);
        query.bindValue(1, point.value);
        query.bindValue(2, point.timestamp);
        query.exec();
    }
    db.commit();
}

void BenchCache::insertPointsBaseline()
{
    QBENCHMARK
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
            m_baselineFile = m_dir.filePath(QStringLiteral("baseline%1.sqlite").arg(++m_files));
            db.setDatabaseName(m_baselineFile);
            QVERIFY(db.open());
            fillBaseline(db);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("baseline"));
    }
}

void BenchCache::readPoints()
{
    Cache cache;
    QVERIFY(cache.open(m_pointsFile));
    QList<FloatPoint> points;
    QBENCHMARK
    {
        points = cache.points(QStringLiteral("CLS-1"), QStringLiteral("train/loss"));
    }
    QCOMPARE(points.size(), Points);
}

void BenchCache::readPointsBaseline()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
        db.setDatabaseName(m_baselineFile);
        QVERIFY(db.open());
        QList<FloatPoint> points;
        QBENCHMARK
        {
            points.clear();
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.exec(QStringLiteral("SELECT step, value, timestamp FROM points WHERE series = 1 ORDER BY step"));
            while (query.next())
                points.append({query.value(0).toDouble(), query.value(1).toDouble(), query.value(2).toDouble()});
        }
        QCOMPARE(points.size(), Points);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("baseline"));
}

void BenchCache::bytesPerPoint()
{
    const QString cacheFile = m_pointsFile;
    const QString baselineFile = m_baselineFile;
    {
        // Fold the WAL back so the file sizes are what stays on disk.
        Cache cache;
        QVERIFY(cache.open(cacheFile));
        cache.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    qInfo("cache: %.1f bytes per point (goal <= 32); baseline, a row per point: %.1f bytes per point",
          double(fileBytes(cacheFile)) / Points, double(fileBytes(baselineFile)) / Points);
    QVERIFY(fileBytes(cacheFile) <= 32LL * Points);
}

QTEST_GUILESS_MAIN(BenchCache)
#include "benchcache.moc"
