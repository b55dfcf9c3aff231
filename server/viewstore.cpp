#include "viewstore.h"

#include "database.h"
#include "domain/fieldvalue.h"

#include <QJsonDocument>

namespace nereid {

namespace {

const QString selectViewColumns =
    QStringLiteral("SELECT name, state, is_default, revision, deleted, modified, modified_by FROM views");

ViewRow readView(const QSqlQuery &query)
{
    return {query.value(0).toString(),   query.value(1).toByteArray(), query.value(2).toBool(),
            query.value(3).toLongLong(), query.value(4).toBool(),      query.value(5).toLongLong(),
            query.value(6).toString()};
}

} // namespace

QJsonObject ViewRow::toJson() const
{
    if (deleted)
        return {
            {QStringLiteral("name"), name}, {QStringLiteral("revision"), revision}, {QStringLiteral("deleted"), true}};
    return {{QStringLiteral("name"), name},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("default"), isDefault},
            {QStringLiteral("state"), QJsonDocument::fromJson(state).object()},
            {QStringLiteral("modification_time"), dateTimeToWire(QDateTime::fromMSecsSinceEpoch(modified, Qt::UTC))},
            {QStringLiteral("modified_by"), modifiedBy}};
}

std::optional<ViewRow> ViewStore::find(qint64 projectId, const QString &name)
{
    QSqlQuery &select = m_db.prepared(selectViewColumns + QStringLiteral(" WHERE project_id = ? AND name = ?"));
    select.addBindValue(projectId);
    select.addBindValue(name);
    m_db.exec(select);
    std::optional<ViewRow> view;
    if (select.next())
        view = readView(select);
    select.finish();
    return view;
}

QList<ViewRow> ViewStore::changedSince(qint64 projectId, qint64 since, bool withTombstones)
{
    QSqlQuery &select = m_db.prepared(selectViewColumns + QStringLiteral(" WHERE project_id = ? AND revision > ?"
                                                                         " AND deleted <= ? ORDER BY revision"));
    select.addBindValue(projectId);
    select.addBindValue(since);
    select.addBindValue(withTombstones ? 1 : 0);
    m_db.exec(select);
    QList<ViewRow> views;
    while (select.next())
        views.append(readView(select));
    select.finish();
    return views;
}

qint64 ViewStore::latestRevision(qint64 projectId)
{
    QSqlQuery &select =
        m_db.prepared(QStringLiteral("SELECT COALESCE(MAX(revision), 0) FROM views WHERE project_id = ?"));
    select.addBindValue(projectId);
    m_db.exec(select);
    const qint64 revision = select.next() ? select.value(0).toLongLong() : 0;
    select.finish();
    return revision;
}

void ViewStore::save(qint64 projectId, const ViewRow &view)
{
    QSqlQuery &upsert = m_db.prepared(QStringLiteral(
        "INSERT INTO views(project_id, name, state, is_default, revision, deleted, modified, modified_by)"
        " VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(project_id, name) DO UPDATE SET state = excluded.state,"
        " is_default = excluded.is_default, revision = excluded.revision, deleted = excluded.deleted,"
        " modified = excluded.modified, modified_by = excluded.modified_by"));
    for (const QVariant &value : {QVariant(projectId), QVariant(view.name), QVariant(QString::fromUtf8(view.state)),
                                  QVariant(view.isDefault ? 1 : 0), QVariant(view.revision),
                                  QVariant(view.deleted ? 1 : 0), QVariant(view.modified), textValue(view.modifiedBy)})
        upsert.addBindValue(value);
    m_db.exec(upsert);
}

void ViewStore::clearDefault(qint64 projectId, const QString &except)
{
    QSqlQuery &update = m_db.prepared(QStringLiteral("UPDATE views SET is_default = 0"
                                                     " WHERE project_id = ? AND is_default = 1 AND name <> ?"));
    update.addBindValue(projectId);
    update.addBindValue(except);
    m_db.exec(update);
}

} // namespace nereid
