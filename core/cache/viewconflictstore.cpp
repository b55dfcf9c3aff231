#include "viewconflictstore.h"

#include "cachedatabase.h"
#include "jsontext.h"

#include <QDateTime>
#include <QJsonDocument>

namespace nereid {

void ViewConflictStore::record(const ViewConflict &conflict)
{
    QSqlQuery &insert = m_db.prepared(QStringLiteral("INSERT OR REPLACE INTO view_conflicts(project, name, mine, "
                                                     "mine_deletes, theirs, their_revision, created)"
                                                     " VALUES(?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, conflict.project);
    insert.bindValue(1, conflict.name);
    insert.bindValue(2, JsonText::fromObject(conflict.mine));
    insert.bindValue(3, conflict.mineDeletes ? 1 : 0);
    insert.bindValue(4, conflict.theirs ? QVariant(JsonText::fromObject(*conflict.theirs)) : QVariant());
    insert.bindValue(5, conflict.theirRevision);
    insert.bindValue(6, QDateTime::currentMSecsSinceEpoch());
    m_db.exec(insert);
}

QList<ViewConflict> ViewConflictStore::list(const QString &project)
{
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT name, mine, mine_deletes, theirs, their_revision"
                                                     " FROM view_conflicts WHERE project = ? ORDER BY created, name"));
    select.bindValue(0, project);
    m_db.exec(select);
    QList<ViewConflict> conflicts;
    while (select.next()) {
        const QVariant theirs = select.value(3);
        conflicts.append({project, select.value(0).toString(), JsonText::toObject(select.value(1)),
                          select.value(2).toBool(),
                          theirs.isNull() ? std::nullopt : std::optional<QJsonObject>(JsonText::toObject(theirs)),
                          select.value(4).toLongLong()});
    }
    return conflicts;
}

void ViewConflictStore::remove(const QString &project, const QString &name)
{
    QSqlQuery &remove = m_db.prepared(QStringLiteral("DELETE FROM view_conflicts WHERE project = ? AND name = ?"));
    remove.bindValue(0, project);
    remove.bindValue(1, name);
    m_db.exec(remove);
}

} // namespace nereid
