#include "apiclient.h"
#include "helpers.h"
#include "migratefixture.h"
#include "testpostgres.h"
#include "testserver.h"

#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {

// Every table of the schema, with its key order on each side (PostgreSQL sorts text in byte order only with "C").
struct TableOrder
{
    QString name, sqliteOrder, postgresOrder;
};
const QList<TableOrder> Tables = {
    {u"users"_s, u"id"_s, u"id"_s},
    {u"tokens"_s, u"id"_s, u"id"_s},
    {u"projects"_s, u"id"_s, u"id"_s},
    {u"memberships"_s, u"workspace, user_id"_s, u"workspace COLLATE \"C\", user_id"_s},
    {u"runs"_s, u"id"_s, u"id"_s},
    {u"fields"_s, u"id"_s, u"id"_s},
    {u"series_data"_s, u"id"_s, u"id"_s},
    {u"series_blocks"_s, u"field_id, first_step"_s, u"field_id, first_step"_s},
    {u"string_points"_s, u"field_id, step"_s, u"field_id, step"_s},
    {u"views"_s, u"project_id, name"_s, u"project_id, name COLLATE \"C\""_s},
    {u"project_blobs"_s, u"project_id, hash"_s, u"project_id, hash COLLATE \"C\""_s},
};

QString canonical(const QVariant &value)
{
    if (value.isNull())
        return u"NULL"_s;
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 17);
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toHex());
    return value.toString();
}

// A table's rows as text, read through Qt's own drivers: a check of the migration by other code than its own.
QList<QStringList> rowsOf(QSqlDatabase &db, const QString &table, const QStringList &columns, const QString &order)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(columns.join(u", "_s), table, order)))
        qWarning() << query.lastError().text();
    QList<QStringList> rows;
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < columns.size(); ++i)
            row.append(canonical(query.value(i)));
        rows.append(row);
    }
    return rows;
}

// The JSON of an answer without what legitimately differs between two servers: the epoch and the clock.
QJsonValue comparable(QJsonValue value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (const QString &key : {u"epoch"_s, u"server_time"_s, u"state"_s})
            object.remove(key);
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = comparable(it.value());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (QJsonValueRef item : array)
            item = comparable(item);
        return array;
    }
    return value;
}

} // namespace

// `nereid-server migrate --from sqlite:DIR --to postgresql://…`: everything arrives, a kill mid-copy is resumed
// without duplicates, and a target with data of its own is refused.
class TestServerMigrate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seededFolderArrivesWhole();
    void serverOnTargetAnswersAsTheSource();
    void interruptedMigrationResumes();
    void refusesATargetWithDataOfItsOwn();
    void differenceIsReported();

private:
    struct Result
    {
        int exitCode = -1;
        QString out, err;
    };
    Result migrate(const QString &from, const QString &to);
    // Starts a migration and kills it (SIGKILL) once it has printed its first progress line of the runs table.
    QByteArray migrateUntilRuns(const QString &from, const QString &to);
    // A stopped server's data folder holding team/big (BIG) with `runs` fixture runs.
    bool makeFixture(TestServer &server, int runs);
    // Compares every table of the source folder with the target database, row by row.
    void compareTables(const QString &dataDir, const QString &database);
    QSqlDatabase postgres(const QString &database);

    TestPostgres m_postgres;
    TestServer m_seeded;
    QString m_seededTarget; // the database the seeded folder was migrated into
    QString m_bobToken;
    QTemporaryDir m_clientDir;
};

void TestServerMigrate::initTestCase()
{
    if (!TestPostgres::isInstalled())
        QSKIP("PostgreSQL 15 is not installed (/usr/lib/postgresql/15/bin)");
    QVERIFY2(m_postgres.start(), qPrintable(m_postgres.problem()));
}

TestServerMigrate::Result TestServerMigrate::migrate(const QString &from, const QString &to)
{
    QProcess process;
    process.start(TestServer::serverPath(), {u"migrate"_s, u"--from"_s, from, u"--to"_s, to});
    Result result;
    if (process.waitForFinished(240000) && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QSqlDatabase TestServerMigrate::postgres(const QString &database)
{
    if (QSqlDatabase::contains(u"pg-"_s + database))
        return QSqlDatabase::database(u"pg-"_s + database);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"pg-"_s + database);
    const QUrl url(m_postgres.url(database));
    db.setHostName(url.host()), db.setPort(url.port()), db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    db.open();
    return db;
}

void TestServerMigrate::compareTables(const QString &dataDir, const QString &database)
{
    QSqlDatabase sqlite = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"source-"_s + database);
    sqlite.setDatabaseName(QDir(dataDir).filePath(u"nereid.sqlite"_s));
    QVERIFY(sqlite.open());
    QSqlDatabase target = postgres(database);
    QVERIFY2(target.isOpen(), qPrintable(target.lastError().text()));
    for (const TableOrder &table : Tables) {
        QStringList columns;
        const QSqlRecord record = sqlite.record(table.name);
        for (int i = 0; i < record.count(); ++i)
            columns.append(record.fieldName(i));
        const QList<QStringList> from = rowsOf(sqlite, table.name, columns, table.sqliteOrder);
        const QList<QStringList> to = rowsOf(target, table.name, columns, table.postgresOrder);
        QVERIFY2(from.size() == to.size(),
                 qPrintable(
                     u"%1: %2 rows in the source, %3 in the target"_s.arg(table.name).arg(from.size()).arg(to.size())));
        for (qsizetype i = 0; i < from.size(); ++i)
            QVERIFY2(from[i] == to[i],
                     qPrintable(
                         u"%1 row %2: %3 | %4"_s.arg(table.name).arg(i).arg(from[i].join(u","_s), to[i].join(u","_s))));
    }
}

void TestServerMigrate::seededFolderArrivesWhole()
{
    QVERIFY2(m_seeded.start(), qPrintable(m_seeded.errors()));
    QProcess seeder;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"NEREID_DATA_DIRECTORY"_s, m_clientDir.path());
    seeder.setProcessEnvironment(environment);
    seeder.start(u"python3"_s,
                 {QStringLiteral(NEREID_SOURCE_DIR "/examples/seed_demo.py"), u"--url"_s, m_seeded.baseUrl().toString(),
                  u"--token-file"_s, m_seeded.tokenFile(), u"--steps"_s, u"400"_s, u"--live-seconds"_s, u"0"_s});
    QVERIFY(seeder.waitForFinished(120000));
    QVERIFY2(seeder.exitCode() == 0, seeder.readAllStandardError().constData());
    // What the demo lacks: a saved view, a second user with a token and a membership.
    ApiClient api(m_seeded.apiUrl(), m_seeded.token());
    NEREID_EXPECT_STATUS(api.sendRaw("PUT", u"/projects/demo/sweep/views/Best%20runs"_s,
                                     R"({"revision": 0, "state": {"query": "params/lr > 0.01"}, "default": true})"),
                         201);
    // Text beyond ASCII, an empty custom_run_id and a view whose name sorts differently by bytes and by language.
    const ApiReply run =
        createRun(api, u"demo/sweep"_s, {{u"custom_run_id"_s, u""_s}, {u"name"_s, u"naïve – 日本語"_s}});
    NEREID_EXPECT_STATUS(run, 201);
    const QString runId = run[u"id"_s].toString();
    NEREID_EXPECT_STATUS(applyOperations(api, runId,
                                         {assignOp(u"params/note"_s, u"string"_s, u"Grüße 🚀"_s),
                                          stringsOp(u"add_strings"_s, u"sys/tags"_s, {u"é"_s, u"Z"_s, u"a"_s}),
                                          appendOp(u"train/log"_s, u"stringSeries"_s,
                                                   {point(0, u"première ligne"_s), point(1, u"二行目"_s)})}),
                         200);
    NEREID_EXPECT_STATUS(
        api.sendRaw("PUT", u"/projects/demo/sweep/views/%C3%A9t%C3%A9"_s, R"({"revision": 0, "state": {"query": ""}})"),
        201);
    // Issue 21: a model, a version in production with a field, the project's metadata (schema 7's columns).
    NEREID_EXPECT_STATUS(api.post(u"/projects/demo/sweep/models"_s, {{u"key"_s, u"MOD"_s}}), 201);
    const QString model = runId.section(u'-', 0, 0) + u"-MOD"_s;
    NEREID_EXPECT_STATUS(api.post(u"/models/%1/versions"_s.arg(model)), 201);
    NEREID_EXPECT_STATUS(applyOperations(api, model + u"-1"_s,
                                         {assignOp(u"sys/stage"_s, u"string"_s, u"production"_s),
                                          assignOp(u"score"_s, u"float"_s, 0.5)}),
                         200);
    NEREID_EXPECT_STATUS(api.post(u"/projects/demo/sweep/metadata"_s), 201);
    m_bobToken = m_seeded.createToken(u"bob"_s);
    QVERIFY(!m_bobToken.isEmpty());
    QVERIFY(m_seeded.addMember(u"demo"_s, u"bob"_s, u"viewer"_s));
    m_seeded.stop(); // the documented way: stop the source server first

    m_seededTarget = u"seeded"_s;
    const QString url = m_postgres.createDatabase(m_seededTarget);
    const Result result = migrate(u"sqlite:"_s + m_seeded.dataDir(), url);
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY2(result.out.contains(u"migrated: every table agrees"_s), qPrintable(result.out));
    QVERIFY2(result.out.contains(u"series_data: "_s) && result.out.contains(u" points/s"_s), qPrintable(result.out));
    compareTables(m_seeded.dataDir(), m_seededTarget);

    // The migration's own table is gone, the target has an epoch of its own, and new ids follow the copied ones.
    QSqlDatabase target = postgres(m_seededTarget);
    QSqlQuery query(target);
    QVERIFY(query.exec(u"SELECT to_regclass('nereid_migration') IS NULL, (SELECT value FROM server_meta WHERE key ="
                       u" 'epoch'), nextval(pg_get_serial_sequence('fields', 'id')) > (SELECT max(id) FROM fields)"_s));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toBool());
    QSqlDatabase sqlite = QSqlDatabase::database(u"source-"_s + m_seededTarget);
    QSqlQuery sourceEpoch(u"SELECT value FROM server_meta WHERE key = 'epoch'"_s, sqlite);
    QVERIFY(sourceEpoch.next());
    QCOMPARE(query.value(1).toString().size(), 32);
    QVERIFY(query.value(1).toString() != sourceEpoch.value(0).toString());
    QVERIFY(query.value(2).toBool());
    // The foreign keys, set aside during the copy, hold again.
    QSqlQuery orphan(target);
    QVERIFY(!orphan.exec(u"INSERT INTO fields(run_id, path, type) VALUES(999999999, 'orphan', 'float')"_s));
    QVERIFY2(orphan.lastError().text().contains(u"foreign key"_s), qPrintable(orphan.lastError().text()));
    QVERIFY(query.exec(u"SELECT to_regclass('nereid_migration_keys') IS NULL"_s) && query.next());
    QVERIFY(query.value(0).toBool());
}

void TestServerMigrate::serverOnTargetAnswersAsTheSource()
{
    QVERIFY(!m_seededTarget.isEmpty());
    QVERIFY2(m_seeded.start(), qPrintable(m_seeded.errors()));
    TestServer target({u"--database"_s, m_postgres.url(m_seededTarget)});
    QVERIFY2(target.start(), qPrintable(target.errors()));
    ApiClient source(m_seeded.apiUrl(), m_seeded.token());
    ApiClient copy(target.apiUrl(), m_seeded.token()); // the migrated token
    QStringList paths = {u"/whoami"_s,
                         u"/projects"_s,
                         u"/projects/demo/sweep"_s,
                         u"/projects/demo/sweep/runs?query=params%2Flr%20%3E%200.005&sort_by=params/lr"_s,
                         u"/projects/demo/sweep/runs?limit=100"_s,
                         u"/projects/demo/sweep/changes?since=0&limit=1000"_s,
                         u"/projects/demo/sweep/views"_s,
                         u"/workspaces/demo/members"_s};
    const QJsonArray runs = source.get(u"/projects/demo/sweep/runs?limit=100"_s)[u"runs"_s].toArray();
    QVERIFY(runs.size() >= 8);
    for (const QJsonValue &run : runs) {
        const QString id = run[u"id"_s].toString();
        paths.append(u"/runs/"_s + id);
        // Each read of the fields the run has: float and string series, reduced, and a file's record.
        const QJsonObject fields = runFields(source, id);
        if (fields.contains(u"train/loss"_s))
            paths += {u"/runs/"_s + id + u"/series?path=train/loss"_s,
                      u"/runs/"_s + id + u"/series/reduced?path=train/loss&buckets=50"_s};
        if (fields.contains(u"train/log"_s))
            paths.append(u"/runs/"_s + id + u"/series?path=train/log"_s);
        if (fields.contains(u"model/checkpoint"_s))
            paths.append(u"/runs/"_s + id + u"/files?path=model/checkpoint"_s);
    }
    const QString key = runs.first()[u"id"_s].toString().section(u'-', 0, 0);
    paths += {u"/projects/demo/sweep/models"_s, u"/models/%1-MOD/versions"_s.arg(key), u"/runs/%1-MOD-1"_s.arg(key),
              u"/runs/%1"_s.arg(key), u"/projects/demo/sweep/changes?kind=model_version"_s};
    QVERIFY(paths.size() > 30);
    for (const QString &path : paths) {
        const ApiReply from = source.get(path);
        const ApiReply to = copy.get(path);
        QVERIFY2(from.status == 200, qPrintable(path + u": "_s + QString::fromUtf8(from.describe())));
        QCOMPARE(to.status, from.status);
        QVERIFY2(comparable(to.json.object()) == comparable(from.json.object()), qPrintable(path + u" differs"_s));
    }
    ApiClient bob(target.apiUrl(), m_bobToken);
    QCOMPARE(bob.get(u"/whoami"_s)[u"user"_s].toString(), u"bob"_s);
    // The counters came along: the next version and the next run on the target follow the source's.
    QCOMPARE(copy.post(u"/models/%1-MOD/versions"_s.arg(key))[u"id"_s].toString(), u"%1-MOD-2"_s.arg(key));
    QCOMPARE(copy.get(u"/runs/%1-MOD-1"_s.arg(key))[u"sys"_s][u"stage"_s].toString(), u"production"_s);
}

QByteArray TestServerMigrate::migrateUntilRuns(const QString &from, const QString &to)
{
    QProcess process;
    process.start(TestServer::serverPath(), {u"migrate"_s, u"--from"_s, from, u"--to"_s, to});
    QByteArray seen;
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && !seen.contains("runs: ") && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        seen += process.readAllStandardOutput();
    }
    process.kill();
    process.waitForFinished();
    return seen;
}

bool TestServerMigrate::makeFixture(TestServer &server, int runs)
{
    if (!server.start())
        return false;
    ApiClient api(server.apiUrl(), server.token());
    const bool created = createProject(api, u"team/big"_s, u"BIG"_s).status == 201;
    server.stop();
    const QString fixture = writeRunsFixture(server.dataDir(), u"BIG"_s, runs, 2'000);
    if (!fixture.isEmpty())
        qWarning() << fixture;
    return created && fixture.isEmpty();
}

void TestServerMigrate::interruptedMigrationResumes()
{
    TestServer server;
    QVERIFY2(makeFixture(server, 100'000), qPrintable(server.errors()));
    const QString url = m_postgres.createDatabase(u"interrupted"_s);

    // Killed as soon as it reports the first chunk of runs: later tables untouched, runs partly there.
    const QByteArray seen = migrateUntilRuns(u"sqlite:"_s + server.dataDir(), url);
    QVERIFY2(seen.contains("runs: ") && !seen.contains("migrated"), seen.constData());
    QSqlDatabase target = postgres(u"interrupted"_s);
    QSqlQuery query(target);
    QVERIFY(query.exec(u"SELECT (SELECT count(*) FROM runs), (SELECT count(*) FROM series_data),"
                       u" to_regclass('nereid_migration') IS NOT NULL"_s) &&
            query.next());
    QVERIFY2(query.value(0).toLongLong() > 0 && query.value(0).toLongLong() < 100'000,
             qPrintable(query.value(0).toString()));
    QCOMPARE(query.value(1).toLongLong(), 0);
    QVERIFY(query.value(2).toBool());

    const Result second = migrate(u"sqlite:"_s + server.dataDir(), url);
    QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
    QVERIFY2(second.out.contains(u"resuming"_s) && second.out.contains(u"users: copied before"_s),
             qPrintable(second.out));
    compareTables(server.dataDir(), u"interrupted"_s);
}

void TestServerMigrate::refusesATargetWithDataOfItsOwn()
{
    QVERIFY(!m_seededTarget.isEmpty());
    QSqlDatabase target = postgres(m_seededTarget);
    QSqlQuery count(u"SELECT count(*) FROM runs"_s, target);
    QVERIFY(count.next());
    const Result again = migrate(u"sqlite:"_s + m_seeded.dataDir(), m_postgres.url(m_seededTarget));
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"already holds %1 runs"_s.arg(count.value(0).toLongLong())), qPrintable(again.err));
    QSqlQuery after(u"SELECT count(*) FROM runs"_s, target);
    QVERIFY(after.next());
    QCOMPARE(after.value(0), count.value(0));
}

// A row changed in the target between two runs of a migration is found by the checksums: exit 1, the table named, and
// the target keeps its progress table and its old epoch (the migration is not finished).
void TestServerMigrate::differenceIsReported()
{
    TestServer server;
    QVERIFY2(makeFixture(server, 30'000), qPrintable(server.errors()));
    const QString url = m_postgres.createDatabase(u"tampered"_s);
    const QByteArray seen = migrateUntilRuns(u"sqlite:"_s + server.dataDir(), url);
    QVERIFY2(seen.contains("runs: ") && !seen.contains("migrated"), seen.constData());
    QSqlDatabase target = postgres(u"tampered"_s);
    QSqlQuery tamper(target);
    QVERIFY(tamper.exec(u"UPDATE runs SET name = 'changed behind its back' WHERE id = (SELECT min(id) FROM runs)"_s));
    QCOMPARE(tamper.numRowsAffected(), 1);
    QSqlQuery epoch(u"SELECT value FROM server_meta WHERE key = 'epoch'"_s, target);
    QVERIFY(epoch.next());

    const Result second = migrate(u"sqlite:"_s + server.dataDir(), url);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.out.contains(u"DIFFERS runs: the source has 30000 rows"_s), qPrintable(second.out));
    QVERIFY2(second.out.contains(u"the target differs from the source in: runs\n"_s), qPrintable(second.out));
    QVERIFY2(second.out.contains(u"checked fields: "_s), qPrintable(second.out));
    QSqlQuery after(u"SELECT (SELECT value FROM server_meta WHERE key = 'epoch'),"
                    u" to_regclass('nereid_migration') IS NOT NULL"_s,
                    target);
    QVERIFY(after.next());
    QCOMPARE(after.value(0).toString(), epoch.value(0).toString());
    QVERIFY(after.value(1).toBool());
}

QTEST_GUILESS_MAIN(TestServerMigrate)
#include "test_server_migrate.moc"
