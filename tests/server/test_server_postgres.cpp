#include "apiclient.h"
#include "helpers.h"
#include "postgresdatabase.h"
#include "testserver.h"

#include <memory>
#include <QJsonArray>
#include <QProcess>
#include <QtTest>

using namespace nereid::test;
using namespace Qt::StringLiterals;

// What only the PostgreSQL backend has to get right (issue 19): its schema migrated once when servers start
// together, a newer schema refused in words, and a connection PostgreSQL ended taken up again without a restart.
class TestServerPostgres : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void serversStartingTogetherMigrateOnce();
    void refusesNewerSchema();
    void connectsAgainWhenPostgresEndsTheConnection();
};

void TestServerPostgres::init()
{
    if (!TestServer::onPostgres())
        QSKIP("a PostgreSQL database only (the postgresql label)");
}

void TestServerPostgres::serversStartingTogetherMigrateOnce()
{
    PostgresDatabase database(PostgresDatabase::testClusterUrl());
    QVERIFY2(database.isValid(), qPrintable(database.problem()));
    QTemporaryDir data;
    // Four commands open the empty database at the same moment, each creating the schema if it finds none.
    std::vector<std::unique_ptr<QProcess>> servers;
    for (int i = 0; i < 4; ++i) {
        auto &server = servers.emplace_back(std::make_unique<QProcess>());
        server->start(TestServer::serverPath(), {u"user"_s, u"add"_s, u"user%1"_s.arg(i), u"--data"_s, data.path(),
                                                 u"--database"_s, database.url()});
    }
    for (auto &server : servers) {
        QVERIFY(server->waitForFinished(30000));
        QVERIFY2(server->exitCode() == 0, server->readAllStandardError().constData());
    }
    bool ok = false;
    QCOMPARE(database.sql(u"SELECT version FROM nereid_schema"_s, &ok).trimmed(), QByteArray("7"));
    QVERIFY2(ok, qPrintable(database.problem()));
    QCOMPARE(database.sql(u"SELECT COUNT(*) FROM server_meta"_s).trimmed(), QByteArray("1")); // one epoch
    QCOMPARE(database.sql(u"SELECT COUNT(*) FROM users"_s).trimmed(), QByteArray("4"));
}

void TestServerPostgres::refusesNewerSchema()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errors()));
    server.stop();
    bool ok = false;
    server.postgres()->sql(u"UPDATE nereid_schema SET version = 99"_s, &ok);
    QVERIFY2(ok, qPrintable(server.postgres()->problem()));
    QVERIFY(!server.start());
    QVERIFY2(server.errors().contains(u"newer nereid-server (schema 99; this one knows 7)"_s),
             qPrintable(server.errors()));
    // Refused, never touched.
    QCOMPARE(server.postgres()->sql(u"SELECT version FROM nereid_schema"_s).trimmed(), QByteArray("99"));
}

void TestServerPostgres::connectsAgainWhenPostgresEndsTheConnection()
{
    TestServer server({u"--threads"_s, u"2"_s});
    QVERIFY2(server.start(), qPrintable(server.errors()));
    ApiClient api(server.apiUrl(), server.token());
    NEREID_EXPECT_STATUS(createProject(api, u"team/lost"_s, u"LOST"_s), 201);
    NEREID_EXPECT_STATUS(createRun(api, u"team/lost"_s), 201);
    // As a PostgreSQL restart or an administrator would: every connection of the server ends.
    bool ok = false;
    const QByteArray ended = server.postgres()->sql(u"SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"_s,
                                                    &ok);
    QVERIFY2(ok, qPrintable(server.postgres()->problem()));
    QVERIFY2(ended.trimmed().toInt() >= 2, ended.constData()); // the writer's and the readers'
    // Every request is answered, the first ones on each connection included: reads on both serving threads, writes.
    for (int i = 0; i < 6; ++i) {
        const ApiReply runs = api.get(u"/projects/team/lost/runs"_s);
        NEREID_EXPECT_STATUS(runs, 200);
        QCOMPARE(runs.object()[u"runs"_s].toArray().size(), i + 1);
        NEREID_EXPECT_STATUS(createRun(api, u"team/lost"_s), 201);
    }
    QVERIFY(server.isRunning());
}

QTEST_GUILESS_MAIN(TestServerPostgres)
#include "test_server_postgres.moc"
