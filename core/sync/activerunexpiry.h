#pragma once

#include <QObject>
#include <QTimer>

namespace nereid {

class Cache;
class LocalClock;

// Keeps the cached sys/state of one project's runs true between changes. The server calls a run active
// while a client was in touch within its active window (20 s by default); a run that stops pinging becomes
// inactive on the server without any change in the feed, so the cache would show it active for ever. This
// ages the cache's active runs itself: a timer fires when the oldest one's last contact leaves the window, by
// the server's clock as the last page gave it (with the difference to this machine's clock), and the cache
// turns those runs inactive and names them in runsChanged and fieldsChanged("sys/state").
class ActiveRunExpiry : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultActiveMs = 20'000; // until a page says otherwise (docs/api.md)

    ActiveRunExpiry(Cache &cache, QString project, QObject *parent = nullptr);

    // From a page of the changes feed: the server's time when it wrote the page and its active window.
    void setServerClock(qint64 serverTimeMs, qint64 activeMs);
    // The server's time now, as far as this machine can tell.
    qint64 serverNow() const;
    // Reads this machine's time from `clock` (it must outlive this) rather than the system's, and checks again
    // whenever it moves: for tests, which move it with the server's instead of waiting.
    void setClock(const LocalClock &clock);

private:
    // Expires what is due and sets the timer for the next run that will be.
    void check();
    void schedule();
    qint64 localNow() const;

    Cache &m_cache;
    QString m_project;
    qint64 m_activeMs = DefaultActiveMs;
    qint64 m_clockOffsetMs = 0;          // server time minus local time
    const LocalClock *m_clock = nullptr; // null: the system's
    QTimer m_timer;
};

} // namespace nereid
