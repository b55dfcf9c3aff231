#pragma once

#include "domain/runedit.h"
#include "domain/sysconflict.h"
#include "outboxdrain.h"
#include "syncerror.h"

#include <QObject>

namespace nereid {

class ApiConnection;
class RunEditor;
struct ApiResult;

// Pushes the outbox to the server one edit at a time, in the order the edits were made. An edit leaves the
// outbox only once the server answered it: accepted, refused with a conflict (kept for the user, see
// RunEditor), or refused for good. While the server cannot be reached the edits wait and the push is retried
// after a back-off delay; a new edit starts a push at once (the loop is OutboxDrain's, shared with ViewPusher).
class EditPusher : public QObject
{
    Q_OBJECT

public:
    EditPusher(ApiConnection &api, RunEditor &editor, QObject *parent = nullptr);

    void setBackoff(const Backoff &backoff) { m_drain.setBackoff(backoff); }
    // Pushes what waits; does nothing while a push runs.
    void start() { m_drain.start(); }
    bool isPushing() const { return m_drain.isPushing(); }

signals:
    void pushed(const QString &runId);
    void conflict(const nereid::SysConflict &conflict);
    // Retryable errors come again after the back-off; others dropped the edit they name.
    void failed(const nereid::SyncError &error);
    // The outbox is empty.
    void idle();

private:
    // Sends the oldest edit; false when there is none.
    bool sendFirst();
    void onAnswer(const RunEdit &edit, const ApiResult &result);
    void acknowledgeFieldEdit(const RunEdit &edit);
    // Takes the server's object after `edit` (the answer of a sys edit) into the cache and goes on.
    void acknowledgeWith(const RunEdit &edit, const QJsonObject &answer);
    bool takeConflict(const RunEdit &edit, const ApiResult &result);
    void undoForbidden(const RunEdit &edit, SyncError error);

    ApiConnection &m_api;
    RunEditor &m_editor;
    OutboxDrain m_drain;
};

} // namespace nereid
