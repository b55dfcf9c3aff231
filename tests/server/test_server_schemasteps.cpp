#include "apiclient.h"
#include "helpers.h"
#include "serversql.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QtTest>

using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {
const QString Project = u"team/old"_s;
const QString Run = u"OLD-1"_s;
const QByteArray Blob = "the bytes of a file uploaded before the migration";
constexpr int CurrentVersion = 7;

// What each schema version added (server/sqliteschema.cpp, postgresschema.cpp), taken away again: a database as
// the server of version `version - 1` left it. Data of the versions before is kept as it is.
QStringList undoVersion(int version, bool postgres)
{
    switch (version) {
    case 7: // models, model versions and project metadata as rows of runs (issue 21)
        return {u"DROP INDEX runs_by_object_key"_s,
                u"ALTER TABLE runs DROP COLUMN kind"_s,
                u"ALTER TABLE runs DROP COLUMN object_key"_s,
                u"ALTER TABLE runs DROP COLUMN parent_id"_s,
                u"ALTER TABLE runs DROP COLUMN stage"_s,
                u"ALTER TABLE runs DROP COLUMN stage_rev"_s,
                u"ALTER TABLE runs DROP COLUMN version_count"_s,
                u"ALTER TABLE projects DROP COLUMN object_count"_s};
    case 6: // PostgreSQL's storage of series blocks only
        if (postgres)
            return {u"ALTER TABLE series_data ALTER COLUMN points SET STORAGE EXTERNAL"_s,
                    u"ALTER TABLE series_data RESET (toast_tuple_target)"_s};
        return {};
    case 5:
        return {u"DROP TABLE server_meta"_s};
    case 4:
        return {u"DROP TABLE project_blobs"_s};
    case 3:
        return {u"DROP TABLE views"_s};
    case 2:
        return {u"DROP TABLE memberships"_s, u"ALTER TABLE users DROP COLUMN admin"_s,
                u"ALTER TABLE tokens DROP COLUMN read_only"_s};
    }
    return {};
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.result() : QByteArray();
}
} // namespace

// Each schema migration (issue 20): a database of every older version is brought to the current one on start and
// keeps what it held, and a database of a newer server is refused in words and left as it was.
class TestServerSchemaSteps : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyOlderVersionMigratesKeepingItsData_data();
    void everyOlderVersionMigratesKeepingItsData();
    void newerSchemaIsRefusedAndLeftAsItWas();

private:
    bool setVersion(int version);
    int version();
    QJsonObject series(ApiClient &api, const QString &path)
    {
        return api.get(runPath(Run) + u"/series?path="_s + path).object();
    }

    std::unique_ptr<TestServer> m_server;
};

void TestServerSchemaSteps::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
}

void TestServerSchemaSteps::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_server.reset();
}

bool TestServerSchemaSteps::setVersion(int version)
{
    ServerSql sql(*m_server);
    const bool ok = sql.run(m_server->isPostgres() ? u"UPDATE nereid_schema SET version = %1"_s.arg(version)
                                                   : u"PRAGMA user_version = %1"_s.arg(version));
    if (!ok)
        qWarning().noquote() << sql.problem();
    return ok;
}

int TestServerSchemaSteps::version()
{
    ServerSql sql(*m_server);
    return sql.value(m_server->isPostgres() ? u"SELECT version FROM nereid_schema"_s : u"PRAGMA user_version"_s)
        .toInt();
}

void TestServerSchemaSteps::everyOlderVersionMigratesKeepingItsData_data()
{
    QTest::addColumn<int>("from");
    for (int from = 1; from < CurrentVersion; ++from)
        QTest::addRow("from version %d", from) << from;
}

void TestServerSchemaSteps::everyOlderVersionMigratesKeepingItsData()
{
    QFETCH(int, from);
    ApiClient api(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(api, Project, u"OLD"_s), 201);
    NEREID_EXPECT_STATUS(createRun(api, Project), 201);
    NEREID_EXPECT_STATUS(
        applyOperations(api, Run,
                        {assignOp(u"params/lr"_s, u"float"_s, 0.1),
                         appendOp(u"metrics/loss"_s, u"floatSeries"_s, {point(0, 1.0), point(1, 0.5), point(2, 0.25)}),
                         appendOp(u"logs/out"_s, u"stringSeries"_s, {point(0, u"hello"_s)})}),
        200);
    // What the later versions brought, where the database already had it.
    if (from >= 3)
        NEREID_EXPECT_STATUS(
            api.sendRaw("PUT", projectPath(Project) + u"/views/mine"_s, R"({"revision":0,"state":{"query":"x"}})"),
            201);
    if (from >= 4)
        QVERIFY(uploadBlob(api, Project, Blob).status < 300);
    const QJsonObject run = withoutState(api.get(runPath(Run)).object());
    const QJsonObject loss = series(api, u"metrics/loss"_s);
    const QJsonObject log = series(api, u"logs/out"_s);
    const QString epoch = api.get(u"/health"_s)[u"epoch"_s].toString();
    m_server->stop();

    ServerSql sql(*m_server);
    for (int undone = CurrentVersion; undone > from; --undone) {
        for (const QString &statement : undoVersion(undone, m_server->isPostgres()))
            QVERIFY2(sql.run(statement), qPrintable(sql.problem()));
    }
    QVERIFY(setVersion(from));

    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    QCOMPARE(version(), CurrentVersion);
    api.setBaseUrl(m_server->apiUrl());
    // Everything it held reads as before, under the same token.
    QCOMPARE(withoutState(api.get(runPath(Run)).object()), run);
    QCOMPARE(series(api, u"metrics/loss"_s), loss);
    QCOMPARE(series(api, u"logs/out"_s), log);
    if (from >= 3)
        QCOMPARE(api.get(projectPath(Project) + u"/views/mine"_s)[u"state"_s].toObject()[u"query"_s].toString(),
                 u"x"_s);
    if (from >= 4)
        QCOMPARE(api.get(projectPath(Project) + u"/blobs/"_s + sha256Hex(Blob)).body, Blob);
    // The epoch is kept where there was one, and drawn where there was none.
    const QString epochNow = api.get(u"/health"_s)[u"epoch"_s].toString();
    QCOMPARE(epochNow.size(), 32);
    QCOMPARE(epochNow == epoch, from >= 5);
    // Version 2: the first user owns the workspaces there were.
    const QString me = api.get(u"/whoami"_s)[u"user"_s].toString();
    QCOMPARE(m_server->cli({u"member"_s, u"list"_s, u"team"_s}).out, (me + u"\towner\n"_s).toUtf8());
    if (m_server->isPostgres()) // version 6: a block's points in the table's own pages
        QCOMPARE(sql.value(u"SELECT attstorage FROM pg_attribute WHERE attrelid = 'series_data'::regclass"
                           " AND attname = 'points'"_s),
                 u"m"_s);
    // Version 7: the runs keep their ids and numbers; models take none of them.
    QCOMPARE(api.get(runPath(Run))[u"kind"_s].toString(), u"run"_s);
    NEREID_EXPECT_STATUS(api.post(projectPath(Project) + u"/models"_s, {{u"key"_s, u"MOD"_s}}), 201);
    NEREID_EXPECT_STATUS(api.post(u"/models/OLD-MOD/versions"_s), 201);
    const ApiReply next = createRun(api, Project);
    NEREID_EXPECT_STATUS(next, 201);
    QCOMPARE(next[u"id"_s].toString(), u"OLD-2"_s);
    QCOMPARE(api.get(projectPath(Project) + u"/runs"_s)[u"total"_s].toInt(), 2);
    // And what the versions brought works: writing, saved views, uploads.
    NEREID_EXPECT_STATUS(applyOperations(api, Run, {appendOp(u"metrics/loss"_s, u"floatSeries"_s, {point(3, 0.1)})}),
                         200);
    QCOMPARE(series(api, u"metrics/loss"_s)[u"points"_s].toArray().size(), 4);
    NEREID_EXPECT_STATUS(
        api.sendRaw("PUT", projectPath(Project) + u"/views/after"_s, R"({"revision":0,"state":{"query":"y"}})"), 201);
    QVERIFY(uploadBlob(api, Project, "uploaded after the migration").status < 300);
}

void TestServerSchemaSteps::newerSchemaIsRefusedAndLeftAsItWas()
{
    if (m_server->isPostgres())
        QSKIP("test_server_postgres refusesNewerSchema covers PostgreSQL");
    ApiClient api(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(api, Project, u"OLD"_s), 201);
    m_server->stop();
    QVERIFY(setVersion(99));
    const QString file = QDir(m_server->dataDir()).filePath(u"nereid.sqlite"_s);
    const QByteArray before = fileHash(file);
    QVERIFY(!before.isEmpty());

    QVERIFY(!m_server->start());
    QVERIFY2(m_server->errors().contains(u"nereid-server: cannot open the database: the database was written by a "
                                         "newer nereid-server (schema 99; this one knows 7)"_s),
             qPrintable(m_server->errors()));
    QCOMPARE(fileHash(file), before);
    QCOMPARE(version(), 99);
    // The commands refuse it too.
    const TestServer::CliResult list = m_server->cli({u"user"_s, u"list"_s});
    QCOMPARE(list.exitCode, 1);
    QVERIFY2(list.err.contains("newer nereid-server (schema 99"), list.err.constData());
    QCOMPARE(fileHash(file), before);
}

QTEST_GUILESS_MAIN(TestServerSchemaSteps)
#include "test_server_schemasteps.moc"
