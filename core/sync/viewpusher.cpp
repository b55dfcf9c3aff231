#include "viewpusher.h"

#include "apiconnection.h"
#include "cache/vieweditor.h"

#include <QUrl>

namespace nereid {

ViewPusher::ViewPusher(ApiConnection &api, ViewEditor &editor, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_editor(editor)
    , m_drain([this] { return sendFirst(); })
{
    connect(&m_drain, &OutboxDrain::idle, this, &ViewPusher::idle);
    connect(&m_editor, &ViewEditor::editQueued, this, &ViewPusher::start);
}

bool ViewPusher::sendFirst()
{
    const QList<ViewEdit> outbox = m_editor.outbox();
    if (outbox.isEmpty())
        return false;
    const ViewEdit &edit = outbox.first();
    const QString path = QStringLiteral("/projects/%1/views/%2")
                             .arg(edit.project, QString::fromLatin1(QUrl::toPercentEncoding(edit.name)));
    const auto answer = [this, edit](const ApiResult &result) { onAnswer(edit, result); };
    if (edit.action == ViewEdit::Action::Delete) {
        m_api.send(QByteArrayLiteral("DELETE"), path + QStringLiteral("?revision=%1").arg(edit.baseRevision), {}, this,
                   answer);
        return true;
    }
    QJsonObject body{{QStringLiteral("revision"), edit.baseRevision}, {QStringLiteral("state"), edit.state}};
    if (edit.isDefault)
        body.insert(QStringLiteral("default"), *edit.isDefault);
    m_api.send(QByteArrayLiteral("PUT"), path, body, this, answer);
    return true;
}

void ViewPusher::onAnswer(const ViewEdit &edit, const ApiResult &result)
{
    const QString code = result.json.value(QStringLiteral("error")).toString();
    if (result.status == 409 && code == QLatin1String("conflict")) {
        const std::optional<SavedView> theirs =
            SavedView::fromJson(result.json.value(QStringLiteral("view")).toObject());
        m_editor.recordConflict(edit, theirs);
        const QList<ViewConflict> conflicts = m_editor.conflicts(edit.project);
        for (const ViewConflict &found : conflicts) {
            if (found.name == edit.name)
                emit conflict(found);
        }
        return m_drain.next();
    }
    // A deletion of a view someone else deleted already has what it wanted.
    const bool goneAlready =
        edit.action == ViewEdit::Action::Delete && result.status == 404 && code == QLatin1String("unknown_view");
    if (result.error.isError() && !goneAlready) {
        emit failed(result.error);
        if (result.error.kind == SyncError::Kind::Refused || result.error.kind == SyncError::Kind::Forbidden) {
            m_editor.drop(edit);       // it would be refused again: the server said why
            emit pushed(edit.project); // a pull puts the server's views back
            return m_drain.next();
        }
        return m_drain.stopAfter(result.error);
    }
    m_drain.succeeded();
    SavedView server{edit.name, 0, false, {}, true};
    if (!goneAlready) {
        const std::optional<SavedView> answered = SavedView::fromJson(result.json);
        if (!answered) {
            m_drain.stop();
            emit failed(SyncError::badAnswer(tr("the server's answer to a saved view has no name or revision.")));
            m_drain.retryLater();
            return;
        }
        server = *answered;
    }
    m_editor.acknowledge(edit, server);
    emit pushed(edit.project);
    m_drain.next();
}

} // namespace nereid
