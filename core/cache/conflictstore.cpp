#include "conflictstore.h"

#include "cachedatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace nereid {

namespace {

// A JSON value as text: wrapped in an array, since a document cannot hold a bare string or bool.
QString encode(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue decode(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).array().at(0);
}

} // namespace

void ConflictStore::record(const SysConflict &conflict)
{
    QSqlQuery &insert = m_db.prepared(QStringLiteral("INSERT OR REPLACE INTO conflicts(run_id, field, mine, theirs, "
                                                     "their_revision, created) VALUES(?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, conflict.runId);
    insert.bindValue(1, conflict.field);
    insert.bindValue(2, encode(conflict.mine));
    insert.bindValue(3, encode(conflict.theirs));
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
        conflicts.append({select.value(0).toString(), select.value(1).toString(), decode(select.value(2)),
                          decode(select.value(3)), select.value(4).toLongLong()});
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
