#pragma once

#include "domain/viewedit.h"
#include "outboxdrain.h"
#include "syncerror.h"

#include <QObject>

namespace nereid {

class ApiConnection;
class ViewEditor;
struct ApiResult;

// Pushes the view outbox to the server one edit at a time, in the order they were made, as EditPusher does for
// runs: an edit leaves the outbox once the server answered it (accepted, a conflict kept for the user, or refused
// for good); while the server cannot be reached the edits wait and the push is retried after a back-off delay
// (the loop is OutboxDrain's).
class ViewPusher : public QObject
{
    Q_OBJECT

public:
    ViewPusher(ApiConnection &api, ViewEditor &editor, QObject *parent = nullptr);

    void setBackoff(const Backoff &backoff) { m_drain.setBackoff(backoff); }
    void start() { m_drain.start(); }
    bool isPushing() const { return m_drain.isPushing(); }

signals:
    void pushed(const QString &project);
    void conflict(const nereid::ViewConflict &conflict);
    void failed(const nereid::SyncError &error);
    void idle();

private:
    // Sends the oldest edit; false when there is none.
    bool sendFirst();
    void onAnswer(const ViewEdit &edit, const ApiResult &result);

    ApiConnection &m_api;
    ViewEditor &m_editor;
    OutboxDrain m_drain;
};

} // namespace nereid
