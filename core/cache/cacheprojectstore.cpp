#include "cacheprojectstore.h"

#include "cachedatabase.h"

#include <QDateTime>

namespace nereid {

qint64 CacheProjectStore::ensure(const QString &project)
{
    if (const std::optional<qint64> id = find(project))
        return *id;
    QSqlQuery &insert = m_db.prepared(QStringLiteral("INSERT INTO projects(name) VALUES(?)"));
    insert.bindValue(0, project);
    m_db.exec(insert);
    return insert.lastInsertId().toLongLong();
}

std::optional<qint64> CacheProjectStore::find(const QString &project)
{
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT id FROM projects WHERE name = ?"));
    select.bindValue(0, project);
    m_db.exec(select);
    const std::optional<qint64> id = select.next() ? std::optional<qint64>(select.value(0).toLongLong()) : std::nullopt;
    select.finish();
    return id;
}

QStringList CacheProjectStore::names()
{
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT name FROM projects ORDER BY name"));
    m_db.exec(select);
    QStringList names;
    while (select.next())
        names.append(select.value(0).toString());
    return names;
}

namespace {

bool isRunKind(const QString &kind)
{
    return kind.isEmpty() || kind == QLatin1String("run");
}

} // namespace

CacheProjectStore::SyncState CacheProjectStore::syncState(const QString &project, const QString &kind)
{
    // Runs keep their cursor in projects; every other kind has a row of kind_sync.
    const bool runs = isRunKind(kind);
    QSqlQuery &select = m_db.prepared(
        runs ? QStringLiteral("SELECT cursor, server_revision, epoch FROM projects WHERE name = ?")
             : QStringLiteral("SELECT k.cursor, k.server_revision, k.epoch FROM kind_sync k JOIN projects p ON"
                              " p.id = k.project_id WHERE p.name = ? AND k.kind = ?"));
    select.bindValue(0, project);
    if (!runs)
        select.bindValue(1, kind);
    m_db.exec(select);
    SyncState state;
    if (select.next())
        state = {select.value(0).toLongLong(), select.value(1).toLongLong(), select.value(2).toString()};
    select.finish();
    return state;
}

void CacheProjectStore::setSyncState(qint64 projectId, const SyncState &state, const QString &kind)
{
    if (!isRunKind(kind)) {
        QSqlQuery &upsert = m_db.prepared(
            QStringLiteral("INSERT OR REPLACE INTO kind_sync(project_id, kind, cursor, server_revision, epoch)"
                           " VALUES(?, ?, ?, ?, ?)"));
        upsert.bindValue(0, projectId);
        upsert.bindValue(1, kind);
        upsert.bindValue(2, state.cursor);
        upsert.bindValue(3, state.serverRevision);
        upsert.bindValue(4, state.epoch.isNull() ? QString(QLatin1String("")) : state.epoch);
        m_db.exec(upsert);
        return;
    }
    QSqlQuery &update = m_db.prepared(
        QStringLiteral("UPDATE projects SET cursor = ?, server_revision = ?, epoch = ?, synced_at = ? WHERE id = ?"));
    update.bindValue(0, state.cursor);
    update.bindValue(1, state.serverRevision);
    update.bindValue(2, state.epoch.isNull() ? QString(QLatin1String("")) : state.epoch);
    update.bindValue(3, QDateTime::currentMSecsSinceEpoch());
    update.bindValue(4, projectId);
    m_db.exec(update);
}

void CacheProjectStore::reset(qint64 projectId, const QString &epoch)
{
    // Points first, then what they hang from: a series' blocks and lines, its row, the run's atoms, the run.
    const QString runs = QStringLiteral("SELECT id FROM runs WHERE project_id = ?");
    const QString series = QStringLiteral("SELECT id FROM series WHERE run IN (%1)").arg(runs);
    for (const QString &sql : {
             QStringLiteral("DELETE FROM point_data WHERE id IN (SELECT data FROM point_blocks WHERE series IN (%1))")
                 .arg(series),
             QStringLiteral("DELETE FROM point_blocks WHERE series IN (%1)").arg(series),
             QStringLiteral("DELETE FROM string_points WHERE series IN (%1)").arg(series),
             QStringLiteral("DELETE FROM series WHERE run IN (%1)").arg(runs),
             QStringLiteral("DELETE FROM atoms WHERE run IN (%1)").arg(runs),
             QStringLiteral("DELETE FROM runs WHERE project_id = ?"),
             QStringLiteral("DELETE FROM kind_sync WHERE project_id = ?"),
         }) {
        QSqlQuery &remove = m_db.prepared(sql);
        remove.bindValue(0, projectId);
        m_db.exec(remove);
    }
    setSyncState(projectId, {0, 0, epoch});
}

} // namespace nereid
