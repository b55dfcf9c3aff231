#include "cacheviewstore.h"

#include "cachedatabase.h"
#include "jsontext.h"

#include <QJsonDocument>

namespace nereid {

namespace {

SavedView readView(const QSqlQuery &query)
{
    SavedView view;
    view.name = query.value(0).toString();
    view.state = JsonText::toObject(query.value(1));
    view.isDefault = query.value(2).toBool();
    view.revision = query.value(3).toLongLong();
    return view;
}

} // namespace

QList<SavedView> CacheViewStore::list(const QString &project)
{
    QSqlQuery &select = m_db.prepared(QStringLiteral(
        "SELECT name, state, is_default, revision FROM views WHERE project = ? ORDER BY name COLLATE NOCASE, name"));
    select.bindValue(0, project);
    m_db.exec(select);
    QList<SavedView> views;
    while (select.next())
        views.append(readView(select));
    return views;
}

std::optional<SavedView> CacheViewStore::find(const QString &project, const QString &name)
{
    QSqlQuery &select = m_db.prepared(
        QStringLiteral("SELECT name, state, is_default, revision FROM views WHERE project = ? AND name = ?"));
    select.bindValue(0, project);
    select.bindValue(1, name);
    m_db.exec(select);
    std::optional<SavedView> view;
    if (select.next())
        view = readView(select);
    select.finish();
    return view;
}

void CacheViewStore::put(const QString &project, const SavedView &view)
{
    QSqlQuery &insert = m_db.prepared(QStringLiteral(
        "INSERT OR REPLACE INTO views(project, name, state, is_default, revision) VALUES(?, ?, ?, ?, ?)"));
    insert.bindValue(0, project);
    insert.bindValue(1, view.name);
    insert.bindValue(2, JsonText::fromObject(view.state));
    insert.bindValue(3, view.isDefault ? 1 : 0);
    insert.bindValue(4, view.revision);
    m_db.exec(insert);
}

void CacheViewStore::remove(const QString &project, const QString &name)
{
    QSqlQuery &remove = m_db.prepared(QStringLiteral("DELETE FROM views WHERE project = ? AND name = ?"));
    remove.bindValue(0, project);
    remove.bindValue(1, name);
    m_db.exec(remove);
}

void CacheViewStore::removeAll(const QString &project)
{
    QSqlQuery &remove = m_db.prepared(QStringLiteral("DELETE FROM views WHERE project = ?"));
    remove.bindValue(0, project);
    m_db.exec(remove);
}

void CacheViewStore::clearDefault(const QString &project, const QString &except)
{
    QSqlQuery &update =
        m_db.prepared(QStringLiteral("UPDATE views SET is_default = 0 WHERE project = ? AND name <> ?"));
    update.bindValue(0, project);
    update.bindValue(1, except);
    m_db.exec(update);
}

qint64 CacheViewStore::cursor(const QString &project)
{
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT cursor FROM view_sync WHERE project = ?"));
    select.bindValue(0, project);
    m_db.exec(select);
    const qint64 cursor = select.next() ? select.value(0).toLongLong() : 0;
    select.finish();
    return cursor;
}

void CacheViewStore::setCursor(const QString &project, qint64 revision)
{
    QSqlQuery &upsert = m_db.prepared(QStringLiteral("INSERT OR REPLACE INTO view_sync(project, cursor) VALUES(?, ?)"));
    upsert.bindValue(0, project);
    upsert.bindValue(1, revision);
    m_db.exec(upsert);
}

QString CacheViewStore::epoch(const QString &project)
{
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT epoch FROM view_sync WHERE project = ?"));
    select.bindValue(0, project);
    m_db.exec(select);
    const QString epoch = select.next() ? select.value(0).toString() : QString();
    select.finish();
    return epoch;
}

void CacheViewStore::setEpoch(const QString &project, const QString &epoch)
{
    QSqlQuery &update = m_db.prepared(QStringLiteral("UPDATE view_sync SET epoch = ? WHERE project = ?"));
    update.bindValue(0, epoch.isNull() ? QString(QLatin1String("")) : epoch);
    update.bindValue(1, project);
    m_db.exec(update);
}

} // namespace nereid
