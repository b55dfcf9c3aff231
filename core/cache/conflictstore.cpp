#include "conflictstore.h"

#include "cachedatabase.h"
#include "jsontext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace nereid {

void ConflictStore::record(const SysConflict &conflict)
{
    QSqlQuery &insert = m_db.prepared(QStringLiteral("INSERT OR REPLACE INTO conflicts(run_id, field, mine, theirs, "
                                                     "their_revision, created) VALUES(?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, conflict.runId);
    insert.bindValue(1, conflict.field);
    insert.bindValue(2, JsonText::fromValue(conflict.mine));
    insert.bindValue(3, JsonText::fromValue(conflict.theirs));
    insert.bindValue(4, conflict.theirRevision);
    insert.bindValue(5, QDateTime::currentMSecsSinceEpoch());
    m_db.exec(insert);
}

QList<SysConflict> ConflictStore::list(const QString &runId)
{
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT run_id, field, mine, theirs, their_revision FROM conflicts"
                                                     " WHERE ? = '' OR run_id = ? ORDER BY id"));
    select.bindValue(0, runId.isNull() ? QString(QLatin1String("")) : runId);
    select.bindValue(1, runId.isNull() ? QString(QLatin1String("")) : runId);
    m_db.exec(select);
    QList<SysConflict> conflicts;
    while (select.next())
        conflicts.append({select.value(0).toString(), select.value(1).toString(), JsonText::toValue(select.value(2)),
                          JsonText::toValue(select.value(3)), select.value(4).toLongLong()});
    return conflicts;
}

std::optional<SysConflict> ConflictStore::find(const QString &runId, const QString &field)
{
    for (const SysConflict &conflict : list(runId)) {
        if (conflict.field == field)
            return conflict;
    }
    return std::nullopt;
}

void ConflictStore::remove(const QString &runId, const QString &field)
{
    QSqlQuery &remove = m_db.prepared(QStringLiteral("DELETE FROM conflicts WHERE run_id = ? AND field = ?"));
    remove.bindValue(0, runId);
    remove.bindValue(1, field);
    m_db.exec(remove);
}

} // namespace nereid
