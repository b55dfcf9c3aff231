#pragma once

#include "backoff.h"

#include <functional>
#include <QObject>
#include <QTimer>

namespace nereid {

struct SyncError;

// The loop that EditPusher and ViewPusher share to empty an outbox: one edit in flight at a time, the oldest
// first; the pusher tells after each answer whether to go on (next), or to stop and when to try again (after the
// back-off delay). A push runs until the outbox is empty (idle), or until it stops; start() does nothing while one
// runs, so a new edit queued during a push waits its turn.
class OutboxDrain : public QObject
{
    Q_OBJECT

public:
    // `sendFirst` sends the oldest edit of the outbox and returns true, or returns false when the outbox is empty.
    explicit OutboxDrain(std::function<bool()> sendFirst, QObject *parent = nullptr);

    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }
    // Pushes what waits; does nothing while a push runs. A retry waiting for its delay starts now instead.
    void start();
    bool isPushing() const { return m_pushing; }
    // A push will start by itself when the back-off delay ends.
    bool isRetryWaiting() const { return m_retry.isActive(); }

    // The answer settled the edit (accepted, a conflict kept, refused for good): the next one.
    void next();
    // The server answered: the back-off starts over.
    void succeeded() { m_backoff.reset(); }
    // The push stops here; the edit waits in the outbox.
    void stop() { m_pushing = false; }
    // Another push after the back-off delay (which doubles with each one).
    void retryLater() { m_retry.start(m_backoff.next()); }
    // stop(), and retryLater() when `error` may pass later (a server out of reach, not a refusal).
    void stopAfter(const SyncError &error);

signals:
    // The outbox is empty.
    void idle();

private:
    std::function<bool()> m_sendFirst;
    Backoff m_backoff;
    QTimer m_retry;
    bool m_pushing = false;
};

} // namespace nereid
