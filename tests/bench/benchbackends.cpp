// nereid-server's speed on SQLite and on PostgreSQL (issue 19), the same workload on both in the same run,
// against real servers on loopback and a PostgreSQL cluster of the benchmark's own (tests/support/pgcluster.sh,
// fsync on; or the one NEREID_TEST_POSTGRES names). Every figure is the median of Rounds rounds:
//   ingest      4 clients x batches of 10,000 points (100 series x 100 steps), one instance; and on PostgreSQL
//               two instances on one database, clients split between them (target: >= 250,000 points/s on one,
//               more on two)
//   reduce      a 1,000,000-point series reduced to 1,000 buckets (target: <= 50 ms)
//   listing     a 4-clause query over 100,000 runs, warm (<= 500 ms) and the first after a start (<= 2 s)
//   versions    all 10,000 versions of a model in one page, with their fields, warm (<= 500 ms; issue 21)
//   storage     bytes per series point: PostgreSQL's tables and indexes after VACUUM (<= 40), SQLite's file
// Run: build/dev/tests/bench/bench_backends (a function: bench_backends ingest; a row: bench_backends ingest:sqlite).
#include "apiclient.h"
#include "batchbody.h"
#include "postgrescluster.h"
#include "postgresdatabase.h"
#include "runseed.h"
#include "testserver.h"

#include <cmath>
#include <map>
#include <memory>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace nereid::test;

namespace {

constexpr int Rounds = 5;
constexpr int Clients = 4;
constexpr int SeriesPerBatch = 100;
constexpr int StepsPerBatch = 100;
constexpr int BatchesPerRound = 40; // 400,000 points
constexpr int RunCount = 100'000;
const QString FourClauses = QStringLiteral(
    "`params/lr`:float > 0.005 AND `sys/tags`:stringSet CONTAINS \"best\" AND last(`train/loss`:floatSeries) < 0.5"
    " AND `sys/owner`:string = \"alice\"");

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? qQNaN() : values[values.size() / 2];
}

qint64 folderBytes(const QString &dir)
{
    qint64 total = 0;
    for (const QFileInfo &file : QDir(dir).entryInfoList(QDir::Files))
        total += file.size();
    return total;
}

// Where a client sends its batches.
struct Target
{
    QUrl apiUrl;
    QString token;
    QString run;
};

} // namespace

class BenchBackends : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ingest_data();
    void ingest();
    void reduce_data();
    void reduce();
    void listing_data();
    void listing();
    void versions_data();
    void versions();
    void storage_data();
    void storage();
    void cleanupTestCase();

private:
    // One server per backend, kept for the whole run; a second instance on the same database when asked.
    struct Backend
    {
        std::unique_ptr<TestServer> server;
        std::unique_ptr<TestServer> second;
        QStringList ingestRuns;
        int nextStep = 0;
    };
    Backend &backend(const QString &name);
    std::unique_ptr<TestServer> newServer(const QString &backend);
    TestServer &secondInstance(Backend &backend);
    // Sends bodies[i] through targets[i % n], at most one request in flight per target.
    void sendConcurrently(const QList<Target> &targets, const QList<QByteArray> &bodies);
    void report(const QString &figure, const QList<double> &values, const char *unit, const QString &target);

    std::unique_ptr<PostgresCluster> m_cluster;
    QString m_clusterUrl;
    std::map<QString, Backend> m_backends;
    QStringList m_summary;
};

void BenchBackends::initTestCase()
{
    m_clusterUrl = PostgresDatabase::testClusterUrl();
    if (m_clusterUrl.isEmpty()) {
        m_cluster = std::make_unique<PostgresCluster>();
        m_clusterUrl = m_cluster->url();
        QVERIFY2(!m_clusterUrl.isEmpty(), qPrintable(m_cluster->problem()));
    }
}

std::unique_ptr<TestServer> BenchBackends::newServer(const QString &backend)
{
    auto server = std::make_unique<TestServer>();
    if (backend == QLatin1String("postgresql"))
        server->usePostgres(m_clusterUrl);
    else
        server->useSqlite();
    return server;
}

BenchBackends::Backend &BenchBackends::backend(const QString &name)
{
    Backend &backend = m_backends[name];
    if (!backend.server) {
        backend.server = newServer(name);
        if (!backend.server->start())
            qFatal("%s", qPrintable(backend.server->errors()));
        ApiClient api(backend.server->apiUrl(), backend.server->token());
        api.post(QStringLiteral("/projects"), {{QStringLiteral("name"), QStringLiteral("bench/ingest")},
                                               {QStringLiteral("key"), QStringLiteral("ING")}});
        for (int c = 0; c < Clients; ++c)
            backend.ingestRuns.append(
                api.post(QStringLiteral("/projects/bench/ingest/runs"))[QStringLiteral("id")].toString());
    }
    return backend;
}

TestServer &BenchBackends::secondInstance(Backend &backend)
{
    if (!backend.second) {
        backend.second = std::make_unique<TestServer>();
        backend.second->shareDatabaseOf(*backend.server);
        if (!backend.second->start())
            qFatal("%s", qPrintable(backend.second->errors()));
    }
    return *backend.second;
}

void BenchBackends::sendConcurrently(const QList<Target> &targets, const QList<QByteArray> &bodies)
{
    QNetworkAccessManager manager;
    QEventLoop loop;
    int done = 0, failures = 0;
    QList<int> next(targets.size());
    std::function<void(int)> sendNext = [&](int client) {
        const int index = next[client] * int(targets.size()) + client;
        if (index >= bodies.size())
            return;
        ++next[client];
        const Target &target = targets[client];
        QNetworkRequest request(QUrl(target.apiUrl.toString() + QStringLiteral("/runs/%1/operations").arg(target.run)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + target.token.toLatin1());
        request.setTransferTimeout(600000);
        QNetworkReply *reply = manager.post(request, bodies[index]);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, client] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
                ++failures;
                qWarning() << reply->errorString() << reply->readAll();
            }
            reply->deleteLater();
            if (++done == bodies.size())
                loop.quit();
            else
                sendNext(client);
        });
    };
    for (int client = 0; client < targets.size(); ++client)
        sendNext(client);
    loop.exec();
    QCOMPARE(failures, 0);
}

void BenchBackends::report(const QString &figure, const QList<double> &values, const char *unit, const QString &target)
{
    const double value = median(values);
    const QString line = QStringLiteral("%1: median %2 %3 (%4 rounds; target %5)")
                             .arg(figure)
                             .arg(value, 0, 'f', value < 100 ? 1 : 0)
                             .arg(QLatin1String(unit))
                             .arg(values.size())
                             .arg(target);
    qInfo("%s", qPrintable(line));
    m_summary.append(line);
}

void BenchBackends::ingest_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("instances");
    QTest::newRow("sqlite") << QStringLiteral("sqlite") << 1;
    QTest::newRow("postgresql") << QStringLiteral("postgresql") << 1;
    QTest::newRow("postgresql, two instances") << QStringLiteral("postgresql") << 2;
}

void BenchBackends::ingest()
{
    QFETCH(QString, backend);
    QFETCH(int, instances);
    Backend &b = this->backend(backend);
    QList<Target> targets;
    for (int c = 0; c < Clients; ++c) {
        TestServer &server = c % instances == 0 ? *b.server : secondInstance(b);
        targets.append({server.apiUrl(), b.server->token(), b.ingestRuns[c]});
    }
    QList<double> rates;
    for (int round = 0; round < Rounds; ++round) {
        QList<QByteArray> bodies;
        for (int batch = 0; batch < BatchesPerRound; batch += Clients) {
            for (int c = 0; c < Clients; ++c)
                bodies.append(batchBody(b.nextStep, SeriesPerBatch, StepsPerBatch));
            b.nextStep += StepsPerBatch;
        }
        QElapsedTimer timer;
        timer.start();
        sendConcurrently(targets, bodies);
        rates.append(double(BatchesPerRound) * SeriesPerBatch * StepsPerBatch / (timer.nsecsElapsed() / 1e9));
        qInfo("  round %d: %.0f points/s", round + 1, rates.last());
    }
    report(QStringLiteral("ingest, %1, %2 clients x 10,000-point batches")
               .arg(QLatin1String(QTest::currentDataTag()))
               .arg(Clients),
           rates, "points/s",
           instances == 2                           ? QStringLiteral("more than one instance")
           : backend == QLatin1String("postgresql") ? QStringLiteral(">= 250000")
                                                    : QStringLiteral("-"));
}

void BenchBackends::reduce_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void BenchBackends::reduce()
{
    QFETCH(QString, backend);
    Backend &b = this->backend(backend);
    ApiClient api(b.server->apiUrl(), b.server->token());
    api.setTimeout(600000);
    const QString run = api.post(QStringLiteral("/projects/bench/ingest/runs"))[QStringLiteral("id")].toString();
    QList<QByteArray> bodies;
    for (int batch = 0; batch < 100; ++batch)
        bodies.append(batchBody(batch * 10000, 1, 10000));
    sendConcurrently({{b.server->apiUrl(), b.server->token(), run}}, bodies);
    const QString path = QStringLiteral("/runs/%1/series/reduced?path=metrics/m0&buckets=1000").arg(run);
    QList<double> times;
    for (int round = 0; round < Rounds * 2 + 1; ++round) {
        QElapsedTimer timer;
        timer.start();
        const ApiReply reply = api.get(path);
        times.append(timer.nsecsElapsed() / 1e6);
        NEREID_EXPECT_STATUS(reply, 200);
        QCOMPARE(reply[QStringLiteral("count")].toInteger(), 1000000);
    }
    report(QStringLiteral("reduce, %1, 1,000,000 points into 1,000 buckets").arg(backend), times, "ms",
           QStringLiteral("<= 50"));
}

void BenchBackends::listing_data()
{
    reduce_data();
}

void BenchBackends::listing()
{
    QFETCH(QString, backend);
    // A server of its own: the 100,000 runs are written into its database while it is stopped.
    std::unique_ptr<TestServer> server = newServer(backend);
    QVERIFY2(server->start(), qPrintable(server->errors()));
    ApiClient api(server->apiUrl(), server->token());
    api.setTimeout(600000);
    NEREID_EXPECT_STATUS(api.post(QStringLiteral("/projects"), {{QStringLiteral("name"), QStringLiteral("bench/query")},
                                                                {QStringLiteral("key"), QStringLiteral("BEN")}}),
                         201);
    for (int i = 0; i < 2; ++i)
        NEREID_EXPECT_STATUS(api.post(QStringLiteral("/projects/bench/query/runs")), 201);
    server->stop();
    QElapsedTimer seeding;
    seeding.start();
    QString problem;
    QVERIFY2(seedRuns(*server, QStringLiteral("BEN"), RunCount, &problem), qPrintable(problem));
    qInfo("  %d runs written in %.1f s", RunCount, seeding.nsecsElapsed() / 1e9);

    const QString listing =
        QStringLiteral("/projects/bench/query/runs?query=") + QString::fromLatin1(QUrl::toPercentEncoding(FourClauses));
    QList<double> first, warm;
    qint64 total = -1;
    for (int round = 0; round < Rounds; ++round) {
        QVERIFY2(server->restart(), qPrintable(server->errors()));
        api.setBaseUrl(server->apiUrl());
        for (int i = 0; i <= Rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            const ApiReply reply = api.get(listing);
            (i == 0 ? first : warm).append(timer.nsecsElapsed() / 1e6);
            NEREID_EXPECT_STATUS(reply, 200);
            QCOMPARE(reply[QStringLiteral("runs")].toArray().size(), 100);
            total = reply[QStringLiteral("total")].toInteger();
        }
    }
    // The seeded runs read like the API's: what the query matches is known from the run numbers.
    QCOMPARE(api.get(QStringLiteral(
                 "/runs/BEN-3"))[QStringLiteral("fields")][QStringLiteral("train/loss")][QStringLiteral("count")]
                 .toInteger(),
             1000);
    qInfo("  the query matches %lld of %d runs", total, RunCount);
    QVERIFY(total > 0 && total < RunCount);
    report(QStringLiteral("listing, %1, 4-clause query over 100,000 runs, first after a start").arg(backend), first,
           "ms", QStringLiteral("<= 2000"));
    report(QStringLiteral("listing, %1, 4-clause query over 100,000 runs, warm").arg(backend), warm, "ms",
           QStringLiteral("<= 500"));
}

void BenchBackends::versions_data()
{
    reduce_data();
}

void BenchBackends::versions()
{
    QFETCH(QString, backend);
    constexpr int VersionCount = 10'000;
    std::unique_ptr<TestServer> server = newServer(backend);
    QVERIFY2(server->start(), qPrintable(server->errors()));
    ApiClient api(server->apiUrl(), server->token());
    api.setTimeout(600000);
    NEREID_EXPECT_STATUS(
        api.post(QStringLiteral("/projects"), {{QStringLiteral("name"), QStringLiteral("bench/models")},
                                               {QStringLiteral("key"), QStringLiteral("MDL")}}),
        201);
    NEREID_EXPECT_STATUS(
        api.post(QStringLiteral("/projects/bench/models/models"), {{QStringLiteral("key"), QStringLiteral("MOD")}}),
        201);
    server->stop();
    QString problem;
    QVERIFY2(seedModelVersions(*server, QStringLiteral("MDL"), QStringLiteral("MOD"), VersionCount, &problem),
             qPrintable(problem));
    const QString listing = QStringLiteral("/models/MDL-MOD/versions?limit=%1").arg(VersionCount);
    QList<double> first, warm;
    for (int round = 0; round < Rounds; ++round) {
        QVERIFY2(server->restart(), qPrintable(server->errors()));
        api.setBaseUrl(server->apiUrl());
        for (int i = 0; i <= Rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            const ApiReply reply = api.get(listing);
            (i == 0 ? first : warm).append(timer.nsecsElapsed() / 1e6);
            NEREID_EXPECT_STATUS(reply, 200);
            QCOMPARE(reply[QStringLiteral("runs")].toArray().size(), VersionCount);
        }
    }
    // Seeded as the API writes them: numbered from 1, newest first, the next one made through the API follows.
    const ApiReply page = api.get(QStringLiteral("/models/MDL-MOD/versions?limit=1"));
    QCOMPARE(page[QStringLiteral("runs")][0][QStringLiteral("id")].toString(),
             QStringLiteral("MDL-MOD-%1").arg(VersionCount));
    const ApiReply next = api.post(QStringLiteral("/models/MDL-MOD/versions"));
    QCOMPARE(next[QStringLiteral("id")].toString(), QStringLiteral("MDL-MOD-%1").arg(VersionCount + 1));
    report(QStringLiteral("versions, %1, all 10,000 versions of a model in one page, first after a start").arg(backend),
           first, "ms", QStringLiteral("none"));
    report(QStringLiteral("versions, %1, all 10,000 versions of a model in one page, warm").arg(backend), warm, "ms",
           QStringLiteral("<= 500"));
}

void BenchBackends::storage_data()
{
    reduce_data();
}

void BenchBackends::storage()
{
    // A fresh server holding exactly 100 series x 10,000 steps: the bytes its database grew by.
    QFETCH(QString, backend);
    std::unique_ptr<TestServer> server = newServer(backend);
    QVERIFY2(server->start(), qPrintable(server->errors()));
    ApiClient api(server->apiUrl(), server->token());
    api.setTimeout(600000);
    api.post(QStringLiteral("/projects"), {{QStringLiteral("name"), QStringLiteral("bench/size")}});
    PostgresDatabase *postgres = server->postgres();
    // Tables with their indexes and TOAST, after a VACUUM (a statement of its own: not in a transaction).
    const QString sizeOfTables =
        QStringLiteral("SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n"
                       " ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = 'public' ORDER BY 2 DESC");
    QStringList tables;
    const auto databaseBytes = [&] {
        if (!postgres)
            return folderBytes(server->dataDir());
        bool ok = false;
        postgres->sql(QStringLiteral("VACUUM ANALYZE"), &ok);
        const QByteArray out = ok ? postgres->sql(sizeOfTables, &ok) : QByteArray();
        if (!ok)
            qFatal("%s", qPrintable(postgres->problem()));
        qint64 total = 0;
        tables.clear();
        for (const QByteArray &row : out.trimmed().split('\n')) {
            total += row.split('|').value(1).toLongLong();
            tables << QString::fromUtf8(row);
        }
        return total;
    };
    const qint64 emptyBytes = databaseBytes();
    const QString run = api.post(QStringLiteral("/projects/bench/size/runs"))[QStringLiteral("id")].toString();
    QList<QByteArray> bodies;
    for (int batch = 0; batch < 100; ++batch)
        bodies.append(batchBody(batch * StepsPerBatch, SeriesPerBatch, StepsPerBatch));
    sendConcurrently({{server->apiUrl(), server->token(), run}}, bodies);
    server->stop();
    if (!postgres) { // fold the WAL into the database file, as SQLite does when its last connection closes
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("size"));
            db.setDatabaseName(QDir(server->dataDir()).filePath(QStringLiteral("nereid.sqlite")));
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("size"));
    }
    const double perPoint = double(databaseBytes() - emptyBytes) / 1e6;
    const QString line = QStringLiteral("storage, %1: %2 bytes per series point (1,000,000 points; target <= 40)")
                             .arg(backend)
                             .arg(perPoint, 0, 'f', 1);
    qInfo("%s", qPrintable(line));
    m_summary.append(line);
    if (postgres) {
        qInfo("  bytes by table: %s", qPrintable(tables.mid(0, 4).join(u", ")));
        // What of it is free space left by rewritten blocks (a plain VACUUM keeps the files' size): for comparison.
        bool ok = false;
        postgres->sql(QStringLiteral("VACUUM FULL"), &ok);
        const QString full = QStringLiteral("storage, postgresql after VACUUM FULL: %1 bytes per series point")
                                 .arg(double(databaseBytes() - emptyBytes) / 1e6, 0, 'f', 1);
        qInfo("%s; by table: %s", qPrintable(full), qPrintable(tables.mid(0, 4).join(u", ")));
        m_summary.append(full);
    }
}

void BenchBackends::cleanupTestCase()
{
    qInfo("Summary:\n  %s", qPrintable(m_summary.join(QStringLiteral("\n  "))));
    m_backends.clear(); // the servers stop before their databases and the cluster go
}

QTEST_GUILESS_MAIN(BenchBackends)
#include "benchbackends.moc"
