#include "apiclient.h"
#include "helpers.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace nereid::test;

namespace {

// The data folder schema of nereid-server before workspaces had members (schema version 1), as it was written.
const char *const SchemaVersion1[] = {
    "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created INTEGER NOT NULL)",
    "CREATE TABLE tokens(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),"
    " token_hash TEXT NOT NULL UNIQUE, created INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE projects(id INTEGER PRIMARY KEY, workspace TEXT NOT NULL, name TEXT NOT NULL,"
    " project_key TEXT NOT NULL UNIQUE, description TEXT NOT NULL DEFAULT '', revision INTEGER NOT NULL DEFAULT 0,"
    " run_count INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL, UNIQUE(workspace, name))",
    "CREATE TABLE runs(id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL REFERENCES projects(id),"
    " number INTEGER NOT NULL, custom_run_id TEXT, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',"
    " owner TEXT NOT NULL, hostname TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '[]',"
    " group_tags TEXT NOT NULL DEFAULT '[]', failed INTEGER NOT NULL DEFAULT 0, trashed INTEGER NOT NULL DEFAULT 0,"
    " creation_time INTEGER NOT NULL, modification_time INTEGER NOT NULL, ping_time INTEGER NOT NULL,"
    " running_time REAL NOT NULL DEFAULT 0, stopped INTEGER NOT NULL DEFAULT 0, size INTEGER NOT NULL DEFAULT 0,"
    " field_count INTEGER NOT NULL DEFAULT 0, revision INTEGER NOT NULL, name_rev INTEGER NOT NULL,"
    " description_rev INTEGER NOT NULL, failed_rev INTEGER NOT NULL,"
    " UNIQUE(project_id, number), UNIQUE(project_id, custom_run_id))",
    "CREATE INDEX runs_by_revision ON runs(project_id, revision)",
    "CREATE TABLE fields(id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id), path TEXT NOT NULL,"
    " type TEXT NOT NULL, num REAL, text TEXT, count INTEGER NOT NULL DEFAULT 0, last_step REAL,"
    " min_value REAL, max_value REAL, value_sum REAL NOT NULL DEFAULT 0, value_squares REAL NOT NULL DEFAULT 0,"
    " value_count INTEGER NOT NULL DEFAULT 0, bytes INTEGER NOT NULL DEFAULT 0, UNIQUE(run_id, path))",
    "CREATE TABLE series_blocks(field_id INTEGER NOT NULL, first_step REAL NOT NULL, last_step REAL NOT NULL,"
    " count INTEGER NOT NULL, first_value REAL, last_value REAL, first_ts REAL NOT NULL, last_ts REAL NOT NULL,"
    " min_step REAL, min_value REAL, max_step REAL, max_value REAL, data_id INTEGER NOT NULL,"
    " PRIMARY KEY(field_id, first_step)) WITHOUT ROWID",
    "CREATE TABLE series_data(id INTEGER PRIMARY KEY, points BLOB NOT NULL)",
    "CREATE TABLE string_points(field_id INTEGER NOT NULL, step REAL NOT NULL, ts REAL NOT NULL, value TEXT NOT NULL,"
    " PRIMARY KEY(field_id, step)) WITHOUT ROWID",
    "PRAGMA user_version=1",
};

QString hashOf(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

// A data folder written before users had roles keeps working for its users once the server migrates it.
class TestServerMigration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void singleUserFolderKeepsWorking();
    void otherUsersKeepLogging();

private:
    // Writes a version-1 database into the server's data folder: the users (the first one as the server made it on
    // its first start, with DATA/token) with one token each, and team/cls with the run CLS-1 of the first user.
    bool writeVersion1(const QStringList &users);
    QString tokenOf(const QString &user) const { return QStringLiteral("nrd_v1-token-of-") + user; }
    int schemaVersion();

    std::unique_ptr<TestServer> m_server;
};

void TestServerMigration::init()
{
    m_server = std::make_unique<TestServer>();
}

void TestServerMigration::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_server.reset();
}

bool TestServerMigration::writeVersion1(const QStringList &users)
{
    const QString connection = QStringLiteral("version1");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QDir(m_server->dataDir()).filePath(QStringLiteral("nereid.sqlite")));
        ok = db.open();
        QSqlQuery query(db);
        const auto exec = [&](const QString &sql) {
            if (ok && !query.exec(sql)) {
                qWarning() << sql << query.lastError().text();
                ok = false;
            }
        };
        for (const char *statement : SchemaVersion1)
            exec(QLatin1String(statement));
        for (int i = 0; i < users.size(); ++i) {
            exec(QStringLiteral("INSERT INTO users(id, name, created) VALUES(%1, '%2', 1700000000000)")
                     .arg(i + 1)
                     .arg(users[i]));
            exec(QStringLiteral("INSERT INTO tokens(user_id, token_hash, created) VALUES(%1, '%2', 1700000000000)")
                     .arg(i + 1)
                     .arg(hashOf(tokenOf(users[i]))));
        }
        exec(QStringLiteral("INSERT INTO projects(id, workspace, name, project_key, revision, run_count, created)"
                            " VALUES(1, 'team', 'cls', 'CLS', 1, 1, 1700000000000)"));
        exec(QStringLiteral("INSERT INTO runs(project_id, number, name, owner, creation_time, modification_time,"
                            " ping_time, revision, name_rev, description_rev, failed_rev)"
                            " VALUES(1, 1, 'baseline', '%1', 1700000000000, 1700000000000, 1700000000000, 1, 1, 1, 1)")
                 .arg(users.first()));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    QFile token(QDir(m_server->dataDir()).filePath(QStringLiteral("token")));
    return ok && token.open(QIODevice::WriteOnly) && token.write(tokenOf(users.first()).toUtf8() + '\n') > 0;
}

int TestServerMigration::schemaVersion()
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(QDir(m_server->dataDir()).filePath(QStringLiteral("nereid.sqlite")));
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
            version = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return version;
}

void TestServerMigration::singleUserFolderKeepsWorking()
{
    QVERIFY(writeVersion1({QStringLiteral("ada")}));
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    ApiClient ada(m_server->apiUrl(), m_server->token());

    // Everything that worked before works: reading, logging, editing, trashing, creating projects anywhere.
    const ApiReply projects = ada.get(QStringLiteral("/projects"));
    NEREID_EXPECT_STATUS(projects, 200);
    QCOMPARE(projects[QStringLiteral("projects")].toArray().size(), 1);
    const ApiReply run = ada.get(QStringLiteral("/runs/CLS-1"));
    NEREID_EXPECT_STATUS(run, 200);
    QCOMPARE(run[QStringLiteral("sys")][QStringLiteral("name")].toString(), QStringLiteral("baseline"));
    NEREID_EXPECT_STATUS(createRun(ada, QStringLiteral("team/cls")), 201);
    NEREID_EXPECT_STATUS(applyOperations(ada, QStringLiteral("CLS-1"),
                                         {assignOp(QStringLiteral("params/lr"), QStringLiteral("float"), 0.1)}),
                         200);
    NEREID_EXPECT_STATUS(
        ada.patch(QStringLiteral("/runs/CLS-1/sys"),
                  {{QStringLiteral("revision"), 99}, {QStringLiteral("name"), QStringLiteral("renamed")}}),
        200);
    NEREID_EXPECT_STATUS(ada.post(QStringLiteral("/runs/CLS-1/trash")), 200);
    NEREID_EXPECT_STATUS(createProject(ada, QStringLiteral("team/second")), 201);
    NEREID_EXPECT_STATUS(createProject(ada, QStringLiteral("elsewhere/first")), 201);
    QCOMPARE(ada.get(QStringLiteral("/projects"))[QStringLiteral("projects")].toArray().size(), 3);

    // ada owns the workspace she had, for all to see, and the folder is at the new schema.
    const TestServer::CliResult members =
        m_server->cli({QStringLiteral("member"), QStringLiteral("list"), QStringLiteral("team")});
    QCOMPARE(QString::fromUtf8(members.out), QStringLiteral("ada\towner\n"));
    m_server->stop();
    QCOMPARE(schemaVersion(), 7); // 2: workspaces, 3: saved views, 4: project blobs, 5: the epoch, 6: storage on
    // PostgreSQL, 7: objects of a kind (models, versions, project metadata)
    QVERIFY2(m_server->start(), qPrintable(m_server->errors())); // and it opens again as it is
    ada.setBaseUrl(m_server->apiUrl());
    NEREID_EXPECT_STATUS(ada.get(QStringLiteral("/runs/CLS-1")), 200);
    NEREID_EXPECT_STATUS(
        ada.sendRaw("PUT", QStringLiteral("/projects/team/cls/views/mine"), R"({"revision":0,"state":{"query":"x"}})"),
        201);
}

void TestServerMigration::otherUsersKeepLogging()
{
    QVERIFY(writeVersion1({QStringLiteral("ada"), QStringLiteral("bob")}));
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    ApiClient bob(m_server->apiUrl(), tokenOf(QStringLiteral("bob")));

    // bob's scripts keep logging into the workspace that was there; managing it is ada's now.
    NEREID_EXPECT_STATUS(bob.get(QStringLiteral("/runs/CLS-1")), 200);
    NEREID_EXPECT_STATUS(createRun(bob, QStringLiteral("team/cls")), 201);
    const ApiReply create = createProject(bob, QStringLiteral("team/bobs"));
    NEREID_EXPECT_STATUS(create, 403);
    QVERIFY2(create.message().contains(QStringLiteral("needs the owner role in workspace team")),
             create.body.constData());
    const TestServer::CliResult members =
        m_server->cli({QStringLiteral("member"), QStringLiteral("list"), QStringLiteral("team")});
    QCOMPARE(QString::fromUtf8(members.out), QStringLiteral("ada\towner\nbob\tcontributor\n"));
}

QTEST_GUILESS_MAIN(TestServerMigration)
#include "test_server_migration.moc"
