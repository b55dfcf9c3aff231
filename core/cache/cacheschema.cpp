#include "cacheschema.h"

#include "cachedatabase.h"
#include "cacheerror.h"

#include <QList>

namespace nereid {

namespace {

// Version 1. Times are milliseconds since the Unix epoch; string sets are JSON arrays; field types are the
// wire names ("float", "stringSet"). Float-series points are packed in blocks (see pointblock.h): point_blocks
// keys them by series and first step, point_data holds the bytes in a rowid table, where a block fills one
// page instead of spilling into overflow pages.
const QList<const char *> version1 = {
    "CREATE TABLE projects(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, project_key TEXT,"
    " description TEXT, cursor INTEGER NOT NULL DEFAULT 0, server_revision INTEGER NOT NULL DEFAULT 0,"
    " synced_at INTEGER)",
    "CREATE TABLE runs(id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL REFERENCES projects(id),"
    " run_id TEXT NOT NULL UNIQUE, number INTEGER NOT NULL, revision INTEGER NOT NULL, custom_run_id TEXT,"
    " name TEXT NOT NULL, description TEXT NOT NULL, owner TEXT NOT NULL, hostname TEXT NOT NULL,"
    " tags TEXT NOT NULL, group_tags TEXT NOT NULL, failed INTEGER NOT NULL, trashed INTEGER NOT NULL,"
    " state TEXT NOT NULL, creation_time INTEGER, modification_time INTEGER, ping_time INTEGER,"
    " running_time REAL NOT NULL, size INTEGER NOT NULL, monitoring_time INTEGER NOT NULL,"
    " name_rev INTEGER NOT NULL, description_rev INTEGER NOT NULL, failed_rev INTEGER NOT NULL)",
    "CREATE INDEX runs_by_project ON runs(project_id, number)",
    "CREATE TABLE atoms(run INTEGER NOT NULL, path TEXT NOT NULL, type TEXT NOT NULL, value,"
    " PRIMARY KEY(run, path)) WITHOUT ROWID",
    "CREATE TABLE series(id INTEGER PRIMARY KEY, run INTEGER NOT NULL, path TEXT NOT NULL, type TEXT NOT NULL,"
    " count INTEGER NOT NULL, last_step REAL, last_value, min_value REAL, max_value REAL, average REAL,"
    " variance REAL, UNIQUE(run, path))",
    "CREATE TABLE point_blocks(series INTEGER NOT NULL, first_step REAL NOT NULL, last_step REAL NOT NULL,"
    " count INTEGER NOT NULL, data INTEGER NOT NULL, PRIMARY KEY(series, first_step)) WITHOUT ROWID",
    "CREATE TABLE point_data(id INTEGER PRIMARY KEY, points BLOB NOT NULL)",
    "CREATE TABLE string_points(series INTEGER NOT NULL, step REAL NOT NULL, timestamp REAL NOT NULL,"
    " value TEXT NOT NULL, PRIMARY KEY(series, step)) WITHOUT ROWID",
    "CREATE TABLE outbox(id INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT NULL, edit TEXT NOT NULL,"
    " base_revision INTEGER NOT NULL, created INTEGER NOT NULL)",
    "CREATE TABLE conflicts(id INTEGER PRIMARY KEY, run_id TEXT NOT NULL, field TEXT NOT NULL, mine TEXT NOT NULL,"
    " theirs TEXT NOT NULL, their_revision INTEGER NOT NULL, created INTEGER NOT NULL, UNIQUE(run_id, field))",
};

// Version 2: saved views (cacheviewstore.h), the edits of them waiting for the server (viewoutboxstore.h) and
// the conflicts it answered (viewconflictstore.h). Views are keyed by project name: the server's views of a
// project may come before any of its runs.
const QList<const char *> version2 = {
    "CREATE TABLE views(project TEXT NOT NULL, name TEXT NOT NULL, state TEXT NOT NULL,"
    " is_default INTEGER NOT NULL, revision INTEGER NOT NULL, PRIMARY KEY(project, name)) WITHOUT ROWID",
    "CREATE TABLE view_sync(project TEXT PRIMARY KEY, cursor INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE view_outbox(id INTEGER PRIMARY KEY AUTOINCREMENT, project TEXT NOT NULL, name TEXT NOT NULL,"
    " action TEXT NOT NULL, state TEXT NOT NULL, is_default INTEGER, base_revision INTEGER NOT NULL,"
    " created INTEGER NOT NULL)",
    "CREATE TABLE view_conflicts(project TEXT NOT NULL, name TEXT NOT NULL, mine TEXT NOT NULL,"
    " mine_deletes INTEGER NOT NULL, theirs TEXT, their_revision INTEGER NOT NULL, created INTEGER NOT NULL,"
    " PRIMARY KEY(project, name)) WITHOUT ROWID",
};

// Version 3: the server database's epoch (docs/api.md) beside each cursor, the runs' and the views'. A page from
// another epoch means the cursor came from a database the server no longer has: the project is synced from scratch.
// Empty in a cache from before: the next page fills it in.
const QList<const char *> version3 = {
    "ALTER TABLE projects ADD COLUMN epoch TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE view_sync ADD COLUMN epoch TEXT NOT NULL DEFAULT ''",
};

// Version 4: objects of other kinds than runs (models, model versions, project metadata; docs/api.md) live in the
// runs table as the server keeps them, told apart by `kind`; a version names its model and has a stage. The changes
// feed is pulled per kind, each kind with its own cursor (a run's stays in projects).
const QList<const char *> version4 = {
    "ALTER TABLE runs ADD COLUMN kind TEXT NOT NULL DEFAULT 'run'",
    "ALTER TABLE runs ADD COLUMN model_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE runs ADD COLUMN stage TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE runs ADD COLUMN stage_rev INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX runs_by_kind ON runs(project_id, kind, model_id, number)",
    // NOLINTNEXTLINE(bugprone-suspicious-missing-comma): one statement, written over two lines
    "CREATE TABLE kind_sync(project_id INTEGER NOT NULL, kind TEXT NOT NULL, cursor INTEGER NOT NULL,"
    " server_revision INTEGER NOT NULL, epoch TEXT NOT NULL, PRIMARY KEY(project_id, kind)) WITHOUT ROWID",
};

// migrations[v] brings a cache of version v to version v + 1.
const QList<QList<const char *>> migrations = {version1, version2, version3, version4};
static_assert(CacheSchema::CurrentVersion == 4, "add the new version's step to `migrations`");

} // namespace

void CacheSchema::prepare(bool checkIntegrity)
{
    const int version = m_db.scalar(QStringLiteral("PRAGMA user_version")).toInt();
    if (version > CurrentVersion)
        throw CacheError{tr("This cache was written by a newer version of Nereid (cache format %1; this version "
                            "reads up to format %2). It was left untouched: use the newer Nereid, or choose "
                            "another cache folder.")
                             .arg(version)
                             .arg(CurrentVersion)};
    // 8 KiB pages hold one full point block each; page_size only takes effect before the first table.
    for (const char *pragma :
         {"PRAGMA page_size=8192", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"})
        m_db.exec(QLatin1String(pragma));
    if (version < CurrentVersion)
        migrate(version);
    if (!checkIntegrity)
        return;
    // Damage that the header does not show (a torn page after a crash, a bad disk) shows here, before the app
    // trusts the file. It reads every page once: 0.3 s for a cache of 100,000 runs.
    const QString check = m_db.scalar(QStringLiteral("PRAGMA quick_check(1)")).toString();
    if (check != QLatin1String("ok"))
        throw CacheError{tr("The cache file is damaged (%1).").arg(check), true};
}

void CacheSchema::migrate(int fromVersion)
{
    for (int version = fromVersion; version < CurrentVersion; ++version) {
        m_db.begin();
        try {
            for (const char *statement : migrations.at(version))
                m_db.exec(QLatin1String(statement));
            m_db.exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1));
            m_db.commit();
        } catch (const CacheError &) {
            m_db.rollback();
            throw;
        }
    }
}

} // namespace nereid
