#include "viewoutboxstore.h"

#include "cachedatabase.h"

#include <QDateTime>
#include <QJsonDocument>

namespace nereid {

qint64 ViewOutboxStore::append(const ViewEdit &edit)
{
    QSqlQuery &insert =
        m_db.prepared(QStringLiteral("INSERT INTO view_outbox(project, name, action, state, "
                                     "is_default, base_revision, created) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, edit.project);
    insert.bindValue(1, edit.name);
    insert.bindValue(2, edit.action == ViewEdit::Action::Save ? QStringLiteral("save") : QStringLiteral("delete"));
    insert.bindValue(3, QString::fromUtf8(QJsonDocument(edit.state).toJson(QJsonDocument::Compact)));
    insert.bindValue(4, edit.isDefault ? QVariant(*edit.isDefault ? 1 : 0) : QVariant());
    insert.bindValue(5, edit.baseRevision);
    insert.bindValue(6, QDateTime::currentMSecsSinceEpoch());
    m_db.exec(insert);
    return insert.lastInsertId().toLongLong();
}

QList<ViewEdit> ViewOutboxStore::pending(const QString &project, const QString &name)
{
    QSqlQuery &select = m_db.prepared(
        QStringLiteral("SELECT id, project, name, action, state, is_default, base_revision FROM view_outbox"
                       " WHERE (? = '' OR project = ?) AND (? = '' OR name = ?) ORDER BY id"));
    const QString p = project.isNull() ? QStringLiteral("") : project;
    const QString n = name.isNull() ? QStringLiteral("") : name;
    select.bindValue(0, p);
    select.bindValue(1, p);
    select.bindValue(2, n);
    select.bindValue(3, n);
    m_db.exec(select);
    QList<ViewEdit> edits;
    while (select.next()) {
        ViewEdit edit;
        edit.id = select.value(0).toLongLong();
        edit.project = select.value(1).toString();
        edit.name = select.value(2).toString();
        edit.action =
            select.value(3).toString() == QLatin1String("delete") ? ViewEdit::Action::Delete : ViewEdit::Action::Save;
        edit.state = QJsonDocument::fromJson(select.value(4).toString().toUtf8()).object();
        if (!select.value(5).isNull())
            edit.isDefault = select.value(5).toBool();
        edit.baseRevision = select.value(6).toLongLong();
        edits.append(edit);
    }
    return edits;
}

void ViewOutboxStore::remove(qint64 id)
{
    QSqlQuery &remove = m_db.prepared(QStringLiteral("DELETE FROM view_outbox WHERE id = ?"));
    remove.bindValue(0, id);
    m_db.exec(remove);
}

void ViewOutboxStore::setBaseRevision(qint64 id, qint64 revision)
{
    QSqlQuery &update = m_db.prepared(QStringLiteral("UPDATE view_outbox SET base_revision = ? WHERE id = ?"));
    update.bindValue(0, revision);
    update.bindValue(1, id);
    m_db.exec(update);
}

} // namespace nereid
