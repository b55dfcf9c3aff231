#include "sqliteschema.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace nereid {

namespace {

// Version 1. Times are milliseconds since the Unix epoch. Float-series points live in blocks
// (series_blocks holds each block's summary, series_data its packed points) so that a reduced read
// of a long series touches summaries, not points; see seriesstore.h.
const QList<const char *> schemaVersion1 = {
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
};

// Version 2: workspaces, roles and read-only tokens (see access.h). A data folder of version 1 had one kind of
// user, who could do everything: its first user (the one the server made on its first start) becomes the
// administrator and the owner of every workspace there is, and every other user a contributor of each, so
// their scripts keep logging; only the administrator may create workspaces from now on.
const QList<const char *> schemaVersion2 = {
    "ALTER TABLE users ADD COLUMN admin INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE tokens ADD COLUMN read_only INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE memberships(workspace TEXT NOT NULL, user_id INTEGER NOT NULL REFERENCES users(id),"
    " role TEXT NOT NULL CHECK(role IN ('viewer', 'contributor', 'owner')), PRIMARY KEY(workspace, user_id))"
    " WITHOUT ROWID",
    "CREATE INDEX memberships_by_user ON memberships(user_id)",
    "UPDATE users SET admin = 1 WHERE id = (SELECT MIN(id) FROM users)",
    "INSERT INTO memberships(workspace, user_id, role) SELECT DISTINCT projects.workspace, users.id,"
    " CASE users.admin WHEN 1 THEN 'owner' ELSE 'contributor' END FROM projects CROSS JOIN users",
};

// Version 3: saved views (viewstore.h). A deleted view stays as a tombstone so that clients syncing with ?since=
// learn of the deletion.
const QList<const char *> schemaVersion3 = {
    "CREATE TABLE views(project_id INTEGER NOT NULL REFERENCES projects(id), name TEXT NOT NULL,"
    " state TEXT NOT NULL, is_default INTEGER NOT NULL DEFAULT 0, revision INTEGER NOT NULL,"
    " deleted INTEGER NOT NULL DEFAULT 0, modified INTEGER NOT NULL, modified_by TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY(project_id, name)) WITHOUT ROWID",
    "CREATE INDEX views_by_revision ON views(project_id, revision)",
};

// Version 4: the blobs each project has uploaded (blobstore.h). The store keeps one file per content, whatever
// project sent it; a project may refer to, and download, only the blobs it uploaded itself, so knowing a hash is
// not enough to read another project's file. `uploaded` (ms) keeps a fresh blob from the collection while the
// field that refers to it is still on its way.
const QList<const char *> schemaVersion4 = {
    "CREATE TABLE project_blobs(project_id INTEGER NOT NULL REFERENCES projects(id), hash TEXT NOT NULL,"
    " size INTEGER NOT NULL, uploaded INTEGER NOT NULL, PRIMARY KEY(project_id, hash)) WITHOUT ROWID",
    "CREATE INDEX project_blobs_by_hash ON project_blobs(hash)",
};

// Version 5: the database's identity (docs/api.md, /health). `epoch` is drawn when the database is created and
// again whenever it may have gone back in time (a backup's copy, a migration's target, `epoch renew`), so a
// client whose cursor came from another epoch knows to sync from scratch.
const QList<const char *> schemaVersion5 = {
    "CREATE TABLE server_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "INSERT INTO server_meta(key, value) VALUES('epoch', lower(hex(randomblob(16))))",
};

// Version 6 changed only PostgreSQL's storage of series blocks (postgresschema.cpp); the number moves on both, as
// the two schemas' versions are one list.
const QList<const char *> schemaVersion6 = {};

// Version 7: models, model versions and project metadata (issue 21) are rows of `runs` of another kind, so every
// field route serves them. They are numbered -1, -2, ... from projects.object_count, so runs keep CLS-1, CLS-2, ...
// without gaps, and named by object_key: "MOD" (the model CLS-MOD), "MOD-3" (its version CLS-MOD-3), "" (the
// project's metadata, CLS). parent_id is a version's model; version_count numbers a model's versions.
const QList<const char *> schemaVersion7 = {
    "ALTER TABLE projects ADD COLUMN object_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE runs ADD COLUMN kind TEXT NOT NULL DEFAULT 'run'",
    "ALTER TABLE runs ADD COLUMN object_key TEXT",
    "ALTER TABLE runs ADD COLUMN parent_id INTEGER",
    "ALTER TABLE runs ADD COLUMN stage TEXT NOT NULL DEFAULT 'none'",
    "ALTER TABLE runs ADD COLUMN stage_rev INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE runs ADD COLUMN version_count INTEGER NOT NULL DEFAULT 0",
    "CREATE UNIQUE INDEX runs_by_object_key ON runs(project_id, object_key)",
};

} // namespace

QString SqliteSchema::prepare(int cacheMiB)
{
    QSqlQuery query(m_db.connection());
    // 8 KiB pages hold one full block of series points each (see seriesblock.h); must precede the first table.
    // A negative cache_size is in KiB.
    for (const QString &pragma : {QStringLiteral("PRAGMA page_size=8192"), QStringLiteral("PRAGMA journal_mode=WAL"),
                                  QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA foreign_keys=ON"),
                                  QStringLiteral("PRAGMA cache_size=-%1").arg(qint64(cacheMiB) * 1024)}) {
        if (!query.exec(pragma))
            return query.lastError().text();
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return query.lastError().text();
    const int version = query.value(0).toInt();
    query.finish();
    if (version > CurrentVersion)
        return QStringLiteral("the database was written by a newer nereid-server (schema %1; this one knows %2)")
            .arg(version)
            .arg(CurrentVersion);
    if (version < 1) {
        if (QString error = migrate(1, schemaVersion1); !error.isEmpty())
            return error;
    }
    if (version < 2) {
        if (QString error = migrate(2, schemaVersion2); !error.isEmpty())
            return error;
    }
    if (version < 3) {
        if (QString error = migrate(3, schemaVersion3); !error.isEmpty())
            return error;
    }
    if (version < 4) {
        if (QString error = migrate(4, schemaVersion4); !error.isEmpty())
            return error;
    }
    if (version < 5) {
        if (QString error = migrate(5, schemaVersion5); !error.isEmpty())
            return error;
    }
    if (version < 6) {
        if (QString error = migrate(6, schemaVersion6); !error.isEmpty())
            return error;
    }
    if (version < 7)
        return migrate(7, schemaVersion7);
    return {};
}

QString SqliteSchema::migrate(int version, const QList<const char *> &statements)
{
    QSqlQuery query(m_db.connection());
    if (!m_db.transaction())
        return m_db.connection().lastError().text();
    for (const char *statement : statements) {
        if (!query.exec(QLatin1String(statement))) {
            QString reason = query.lastError().text();
            m_db.rollback();
            return reason;
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)) || !m_db.commit()) {
        m_db.rollback();
        return query.lastError().text();
    }
    return {};
}

} // namespace nereid
