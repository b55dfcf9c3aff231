#include "outboxstore.h"

#include "cachedatabase.h"

#include <QDateTime>
#include <QJsonDocument>

namespace nereid {

qint64 OutboxStore::append(const RunEdit &edit)
{
    QSqlQuery &insert =
        m_db.prepared(QStringLiteral("INSERT INTO outbox(run_id, edit, base_revision, created) VALUES(?, ?, ?, ?)"));
    insert.bindValue(0, edit.runId);
    insert.bindValue(1, QString::fromUtf8(QJsonDocument(edit.toJson()).toJson(QJsonDocument::Compact)));
    insert.bindValue(2, edit.baseRevision);
    insert.bindValue(3, QDateTime::currentMSecsSinceEpoch());
    m_db.exec(insert);
    return insert.lastInsertId().toLongLong();
}

QList<RunEdit> OutboxStore::pending()
{
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT id, run_id, edit, base_revision FROM outbox ORDER BY id"));
    m_db.exec(select);
    QList<RunEdit> edits;
    while (select.next()) {
        // An entry this version cannot read (written by a newer one) stays in the outbox rather than being lost.
        std::optional<RunEdit> edit =
            RunEdit::fromJson(QJsonDocument::fromJson(select.value(2).toString().toUtf8()).object());
        if (!edit)
            continue;
        edit->id = select.value(0).toLongLong();
        edit->runId = select.value(1).toString();
        edit->baseRevision = select.value(3).toLongLong();
        edits.append(*edit);
    }
    return edits;
}

QHash<QString, QList<RunEdit>> OutboxStore::pendingByRun()
{
    QHash<QString, QList<RunEdit>> byRun;
    for (const RunEdit &edit : pending())
        byRun[edit.runId].append(edit);
    return byRun;
}

void OutboxStore::remove(qint64 id)
{
    QSqlQuery &remove = m_db.prepared(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    remove.bindValue(0, id);
    m_db.exec(remove);
}

void OutboxStore::setBaseRevision(qint64 id, qint64 revision)
{
    QSqlQuery &update = m_db.prepared(QStringLiteral("UPDATE outbox SET base_revision = ? WHERE id = ?"));
    update.bindValue(0, revision);
    update.bindValue(1, id);
    m_db.exec(update);
}

} // namespace nereid
