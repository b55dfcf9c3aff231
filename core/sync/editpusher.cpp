#include "editpusher.h"

#include "apiconnection.h"
#include "cache/runeditor.h"
#include "domain/runrecord.h"

#include <QJsonArray>

namespace nereid {

namespace {

// The request that carries an edit: trash and restore are their own routes, a field edit an operation, the rest a
// PATCH of sys.
std::pair<QString, QJsonObject> requestFor(const RunEdit &edit)
{
    const QString run = QStringLiteral("/runs/") + edit.runId;
    if (edit.isFieldEdit())
        return {run + QStringLiteral("/operations"), {{QStringLiteral("operations"), QJsonArray{edit.operation()}}}};
    const QJsonValue value = QJsonValue::fromVariant(edit.value);
    QJsonObject body{{QStringLiteral("revision"), edit.baseRevision}};
    switch (edit.kind) {
    case RunEdit::Kind::Trash:
        return {run + QStringLiteral("/trash"), {}};
    case RunEdit::Kind::Restore:
        return {run + QStringLiteral("/restore"), {}};
    case RunEdit::Kind::AddTags:
    case RunEdit::Kind::RemoveTags:
    case RunEdit::Kind::AddGroupTags:
    case RunEdit::Kind::RemoveGroupTags: {
        const bool add = edit.kind == RunEdit::Kind::AddTags || edit.kind == RunEdit::Kind::AddGroupTags;
        body.insert(edit.sysPath().mid(4), QJsonObject{{add ? QStringLiteral("add") : QStringLiteral("remove"),
                                                        QJsonArray::fromStringList(edit.value.toStringList())}});
        break;
    }
    default:
        body.insert(edit.conflictField(), value);
        break;
    }
    return {run + QStringLiteral("/sys"), body};
}

} // namespace

EditPusher::EditPusher(ApiConnection &api, RunEditor &editor, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_editor(editor)
    , m_drain([this] { return sendFirst(); })
{
    connect(&m_drain, &OutboxDrain::idle, this, &EditPusher::idle);
    connect(&m_editor, &RunEditor::editQueued, this, &EditPusher::start);
}

bool EditPusher::sendFirst()
{
    const QList<RunEdit> outbox = m_editor.outbox();
    if (outbox.isEmpty())
        return false;
    const RunEdit &edit = outbox.first();
    const auto [path, body] = requestFor(edit);
    const bool isPatch = path.endsWith(QLatin1String("/sys"));
    m_api.send(isPatch ? QByteArrayLiteral("PATCH") : QByteArrayLiteral("POST"), path, body, this,
               [this, edit](const ApiResult &result) { onAnswer(edit, result); });
    return true;
}

void EditPusher::onAnswer(const RunEdit &edit, const ApiResult &result)
{
    if (takeConflict(edit, result))
        return m_drain.next();
    // Refused for good (a value the server does not take, a run it does not have) or not allowed: the edit would
    // fail again, and the cache must not go on showing it.
    if (result.error.kind == SyncError::Kind::Forbidden || result.error.kind == SyncError::Kind::Refused)
        return undoForbidden(edit, result.error);
    if (result.error.isError()) {
        emit failed(result.error);
        return m_drain.stopAfter(result.error);
    }
    m_drain.succeeded();
    if (edit.isFieldEdit())
        return acknowledgeFieldEdit(edit);
    acknowledgeWith(edit, result.json);
}

// An operation's answer is its revision, not the object: the object is read back, fields and all, so the cache (and
// the tree showing it) has the field now rather than at the next pull.
void EditPusher::acknowledgeFieldEdit(const RunEdit &edit)
{
    m_api.get(QStringLiteral("/runs/") + edit.runId, this, [this, edit](const ApiResult &result) {
        if (result.error.isError()) {
            m_editor.drop(edit); // the server has it; the next pull brings it
            emit pushed(edit.runId);
            return m_drain.next();
        }
        acknowledgeWith(edit, result.json);
    });
}

void EditPusher::acknowledgeWith(const RunEdit &edit, const QJsonObject &answer)
{
    const Result<RunRecord> run = RunRecord::fromJson(answer);
    if (!run || !m_editor.acknowledge(edit, *run)) {
        m_drain.stop();
        emit failed(run ? SyncError::storage(tr("the edit of %1 was sent but could not be recorded.").arg(edit.runId))
                        : SyncError::badAnswer(run.error().message));
        m_drain.retryLater();
        return;
    }
    emit pushed(edit.runId);
    m_drain.next();
}

// The user may read the run but not change it (a viewer, a read-only token), or the server refused the edit for good:
// it would be refused again. The cache showed it at once, so the server's run is fetched and put back where the edit
// was; a run the server does not have is simply dropped from the outbox.
void EditPusher::undoForbidden(const RunEdit &edit, SyncError error)
{
    error.message += QLatin1Char(' ') + tr("Your change to %1 was undone.").arg(edit.runId);
    m_api.get(QStringLiteral("/runs/") + edit.runId, this, [this, edit, error](const ApiResult &result) {
        const Result<RunRecord> run = RunRecord::fromJson(result.json);
        if (!result.error.isError() && run)
            m_editor.undo(edit, *run);
        else
            m_editor.drop(edit);
        emit failed(error);
        m_drain.next();
    });
}

bool EditPusher::takeConflict(const RunEdit &edit, const ApiResult &result)
{
    if (result.status != 409 || result.json.value(QStringLiteral("error")).toString() != QLatin1String("conflict"))
        return false;
    const QString field = edit.conflictField();
    for (const QJsonValue &entry : result.json.value(QStringLiteral("conflicts")).toArray()) {
        const QJsonObject theirs = entry.toObject();
        if (theirs.value(QStringLiteral("field")).toString() != field)
            continue;
        const SysConflict found{edit.runId, field, QJsonValue::fromVariant(edit.value),
                                theirs.value(QStringLiteral("value")),
                                theirs.value(QStringLiteral("revision")).toInteger()};
        m_editor.recordConflict(edit, found);
        emit conflict(found);
        return true;
    }
    return false;
}

} // namespace nereid
