#include "cache/cache.h"
#include "cache/cacheschema.h"
#include "cache/runeditor.h"
#include "cache/vieweditor.h"

#include <QDir>
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

// The file as version 3 left it: objects of one kind only, one cursor per project.
void dropVersion4(const QString &file)
{
    rawScalar(file, QStringLiteral("DROP INDEX runs_by_kind"));
    rawScalar(file, QStringLiteral("DROP TABLE kind_sync"));
    for (const char *column : {"kind", "model_id", "stage", "stage_rev"})
        rawScalar(file, QStringLiteral("ALTER TABLE runs DROP COLUMN %1").arg(QLatin1String(column)));
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
    void migratesVersion1KeepingItsOutbox();
    void migratesVersion2KeepingItsCursorWithoutAnEpoch();
    void refusesNewerCacheUntouched();
    void movesFileThatIsNotACacheAside();
    void damagedCacheKeepsItsOutbox();

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
    for (const char *table : {"projects", "runs", "atoms", "series", "point_blocks", "point_data", "string_points",
                              "outbox", "conflicts", "views", "view_sync", "view_outbox", "view_conflicts"})
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

void TestCacheSchema::migratesVersion1KeepingItsOutbox()
{
    {
        Cache cache;
        QVERIFY(cache.open(file()));
        RunRecord run;
        run.runId = QStringLiteral("CLS-1");
        run.number = 1;
        run.revision = 1;
        QVERIFY(cache.applyPage(QStringLiteral("team/p"), {run}, {1, 1}));
        RunEditor editor(cache);
        QVERIFY(editor.edit(QStringLiteral("CLS-1"), RunEdit::Kind::SetName, QStringLiteral("unsent")));
    }
    // The file as version 1 left it: no saved views, no epochs.
    for (const char *table : {"views", "view_sync", "view_outbox", "view_conflicts"})
        rawScalar(file(), QStringLiteral("DROP TABLE %1").arg(QLatin1String(table)));
    rawScalar(file(), QStringLiteral("ALTER TABLE projects DROP COLUMN epoch"));
    dropVersion4(file());
    rawScalar(file(), QStringLiteral("PRAGMA user_version = 1"));
    QVERIFY(rawScalar(file(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'views'")).toInt() == 0);

    Cache cache;
    QVERIFY2(cache.open(file()), qPrintable(cache.errorString()));
    QCOMPARE(rawScalar(file(), QStringLiteral("PRAGMA user_version")).toInt(), CacheSchema::CurrentVersion);
    QCOMPARE(RunEditor(cache).outbox().size(), 1);
    QCOMPARE(cache.run(QStringLiteral("CLS-1"))->name, QStringLiteral("unsent"));
    ViewEditor views(cache);
    QVERIFY(
        views.save(QStringLiteral("team/p"), QStringLiteral("mine"), {{QStringLiteral("query"), QStringLiteral("x")}}));
    QCOMPARE(views.views(QStringLiteral("team/p")).size(), 1);
    QCOMPARE(views.outbox().size(), 1);
}

void TestCacheSchema::migratesVersion2KeepingItsCursorWithoutAnEpoch()
{
    {
        Cache cache;
        QVERIFY(cache.open(file()));
        RunRecord run;
        run.runId = QStringLiteral("CLS-1");
        run.number = 1;
        run.revision = 7;
        QVERIFY(cache.applyPage(QStringLiteral("team/p"), {run},
                                {7, 9, QStringLiteral("0123456789abcdef0123456789abcdef")}));
    }
    // The file as version 2 left it: cursors without the epoch they count in.
    rawScalar(file(), QStringLiteral("ALTER TABLE projects DROP COLUMN epoch"));
    rawScalar(file(), QStringLiteral("ALTER TABLE view_sync DROP COLUMN epoch"));
    dropVersion4(file());
    rawScalar(file(), QStringLiteral("PRAGMA user_version = 2"));

    Cache cache;
    QVERIFY2(cache.open(file()), qPrintable(cache.errorString()));
    QCOMPARE(rawScalar(file(), QStringLiteral("PRAGMA user_version")).toInt(), CacheSchema::CurrentVersion);
    // The cursor stays (no resync for an upgrade); the epoch is empty until the next page fills it in.
    const CacheProjectStore::SyncState state = cache.syncState(QStringLiteral("team/p"));
    QCOMPARE(state.cursor, 7);
    QCOMPARE(state.serverRevision, 9);
    QCOMPARE(state.epoch, QString());
    QCOMPARE(cache.runs(QStringLiteral("team/p")).size(), 1);
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

void TestCacheSchema::movesFileThatIsNotACacheAside()
{
    const QByteArray text = QByteArray("these are not the runs you are looking for\n").repeated(100);
    QFile garbage(file());
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(text);
    garbage.close();
    Cache cache;
    QVERIFY2(cache.open(file()), qPrintable(cache.errorString()));
    QVERIFY2(cache.recoveryNotice().contains(QStringLiteral("damaged")), qPrintable(cache.recoveryNotice()));
    QVERIFY(cache.runs(QStringLiteral("team/p")).isEmpty());
    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("profile.sqlite.damaged-*")});
    QCOMPARE(aside.size(), 1);
    QVERIFY(cache.recoveryNotice().contains(aside[0]));
    QFile kept(m_dir->filePath(aside[0]));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), text); // kept as it was, never deleted
}

void TestCacheSchema::damagedCacheKeepsItsOutbox()
{
    {
        Cache cache;
        QVERIFY(cache.open(file()));
        RunRecord run;
        run.runId = QStringLiteral("CLS-1");
        run.number = 1;
        run.revision = 1;
        for (int i = 0; i < 2000; ++i) // enough atoms for the table to span many pages
            run.fields.append(FieldRecord{
                QStringLiteral("params/p%1").arg(i), FieldType::Float, double(i), 0, {}, {}, {}, {}, {}, {}});
        QVERIFY(cache.applyPage(QStringLiteral("team/p"), {run}, {1, 1}));
        RunEditor editor(cache);
        QVERIFY(editor.edit(QStringLiteral("CLS-1"), RunEdit::Kind::SetDescription, QStringLiteral("unsent")));
        QVERIFY(editor.edit(QStringLiteral("CLS-1"), RunEdit::Kind::AddTags, QStringList{QStringLiteral("t")}));
        QVERIFY(ViewEditor(cache).save(QStringLiteral("team/p"), QStringLiteral("unsent view"),
                                       {{QStringLiteral("query"), QStringLiteral("x")}}));
    }
    // A torn page in the atoms table, as a crash during a write on a bad disk can leave.
    const int page =
        rawScalar(file(), QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'atoms'")).toInt();
    QVERIFY(page > 0);
    QFile damaged(file());
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    QVERIFY(damaged.seek(qint64(page - 1) * 8192)); // the page's header: its type and cell count
    damaged.write(QByteArray(64, '\x5a'));
    damaged.close();
    // The crash left its write-ahead log behind (a clean close deletes it): the next start reads every page.
    QFile wal(file() + QStringLiteral("-wal"));
    QVERIFY(wal.open(QIODevice::WriteOnly));
    wal.close();

    Cache cache;
    QVERIFY2(cache.open(file()), qPrintable(cache.errorString()));
    QVERIFY2(cache.recoveryNotice().contains(QStringLiteral("3 unsent edit")), qPrintable(cache.recoveryNotice()));
    QVERIFY(!cache.run(QStringLiteral("CLS-1"))); // rebuilt from the server by the next sync
    RunEditor editor(cache);
    const QList<RunEdit> outbox = editor.outbox();
    QCOMPARE(outbox.size(), 2);
    QCOMPARE(outbox[0].kind, RunEdit::Kind::SetDescription);
    QCOMPARE(outbox[0].value.toString(), QStringLiteral("unsent"));
    QCOMPARE(outbox[1].value.toStringList(), QStringList{QStringLiteral("t")});
    ViewEditor views(cache);
    QCOMPARE(views.outbox().size(), 1);
    QCOMPARE(views.view(QStringLiteral("team/p"), QStringLiteral("unsent view"))->state.value(QStringLiteral("query")),
             QStringLiteral("x"));
}

QTEST_GUILESS_MAIN(TestCacheSchema)
#include "test_cacheschema.moc"
