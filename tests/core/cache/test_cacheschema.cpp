#include "cache/cache.h"
#include "cache/cacheschema.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace nereid;

namespace {

// Runs one statement on the file through a connection of the test's own, as another program would.
QVariant rawScalar(const QString &file, const QString &sql)
{
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return result;
}

} // namespace

// The cache file: created with the current schema in WAL mode, reopened with its data, refused untouched
// when a newer Nereid wrote it or when it is not a cache at all.
class TestCacheSchema : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void createsCurrentSchemaInWalMode();
    void reopensWithData();
    void migratesAnEmptyOlderFile();
    void refusesNewerCacheUntouched();
    void refusesFileThatIsNotACache();

private:
    QString file() const { return m_dir->filePath(QStringLiteral("profile.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCacheSchema::createsCurrentSchemaInWalMode()
{
    {
        Cache cache;
        QVERIFY2(cache.open(file()), qPrintable(cache.errorString()));
    }
    QCOMPARE(rawScalar(file(), QStringLiteral("PRAGMA user_version")).toInt(), CacheSchema::CurrentVersion);
    QCOMPARE(rawScalar(file(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    for (const char *table :
         {"projects", "runs", "atoms", "series", "point_blocks", "point_data", "string_points", "outbox", "conflicts"})
        QVERIFY2(
            rawScalar(file(),
                      QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(table)))
                    .toInt() == 1,
            table);
}

void TestCacheSchema::reopensWithData()
{
    {
        Cache cache;
        QVERIFY(cache.open(file()));
        QVERIFY(cache.applyPage(QStringLiteral("team/p"), {}, {7, 9}));
    }
    Cache cache;
    QVERIFY2(cache.open(file()), qPrintable(cache.errorString()));
    QCOMPARE(cache.projects(), QStringList{QStringLiteral("team/p")});
    QCOMPARE(cache.syncState(QStringLiteral("team/p")).cursor, 7);
    QCOMPARE(cache.syncState(QStringLiteral("team/p")).serverRevision, 9);
}

void TestCacheSchema::migratesAnEmptyOlderFile()
{
    // A file of version 0 (created, never migrated, e.g. by a crash during the first start) is brought up to date.
    QVERIFY(rawScalar(file(), QStringLiteral("PRAGMA user_version")).isValid());
    Cache cache;
    QVERIFY2(cache.open(file()), qPrintable(cache.errorString()));
    QVERIFY(cache.applyPage(QStringLiteral("team/p"), {}, {1, 1}));
    QCOMPARE(rawScalar(file(), QStringLiteral("PRAGMA user_version")).toInt(), CacheSchema::CurrentVersion);
}

void TestCacheSchema::refusesNewerCacheUntouched()
{
    {
        Cache cache;
        QVERIFY(cache.open(file()));
        QVERIFY(cache.applyPage(QStringLiteral("team/p"), {}, {3, 3}));
    }
    rawScalar(file(), QStringLiteral("PRAGMA user_version = %1").arg(CacheSchema::CurrentVersion + 1));
    QFile before(file());
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();

    Cache cache;
    QVERIFY(!cache.open(file()));
    QVERIFY(!cache.isOpen());
    QVERIFY2(cache.errorString().contains(QStringLiteral("newer version of Nereid")), qPrintable(cache.errorString()));
    QVERIFY(cache.errorString().contains(QString::number(CacheSchema::CurrentVersion + 1)));
    QFile after(file());
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
    QVERIFY(!cache.applyPage(QStringLiteral("team/p"), {}, {4, 4}));
}

void TestCacheSchema::refusesFileThatIsNotACache()
{
    QFile text(file());
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(QByteArray("these are not the runs you are looking for\n").repeated(100));
    text.close();
    Cache cache;
    QVERIFY(!cache.open(file()));
    QVERIFY2(!cache.errorString().isEmpty(), "the refusal says why");
}

QTEST_GUILESS_MAIN(TestCacheSchema)
#include "test_cacheschema.moc"
