#include "activerunexpiry.h"

#include "cache/cache.h"
#include "localclock.h"

#include <QDateTime>

namespace nereid {

ActiveRunExpiry::ActiveRunExpiry(Cache &cache, QString project, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_project(std::move(project))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer); // a state shown a few hundred ms late is fine
    connect(&m_timer, &QTimer::timeout, this, &ActiveRunExpiry::check);
    // New pages may bring runs that are active now; the timer follows the oldest of them.
    const auto changed = [this](const QString &changedProject) {
        if (changedProject == m_project && !m_timer.isActive())
            schedule();
    };
    connect(&m_cache, &Cache::runsAdded, this, changed);
    connect(&m_cache, &Cache::runsChanged, this, changed);
    if (m_cache.isOpen())
        check(); // runs cached as active in an earlier session may be long gone
}

void ActiveRunExpiry::setServerClock(qint64 serverTimeMs, qint64 activeMs)
{
    // The page left the server a moment ago; the offset is right to within that moment.
    m_clockOffsetMs = serverTimeMs - localNow();
    if (activeMs > 0)
        m_activeMs = activeMs;
    check();
}

qint64 ActiveRunExpiry::serverNow() const
{
    return localNow() + m_clockOffsetMs;
}

qint64 ActiveRunExpiry::localNow() const
{
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void ActiveRunExpiry::setClock(const LocalClock &clock)
{
    if (m_clock)
        disconnect(m_clock, nullptr, this, nullptr);
    m_clock = &clock;
    connect(m_clock, &LocalClock::advanced, this, &ActiveRunExpiry::check);
}

void ActiveRunExpiry::check()
{
    // Inactive once now - ping_time >= the window, as the server decides it (RunRow::isActive). Nothing is
    // written while nothing is due: a read-only cache is not asked to write every few seconds.
    const qint64 cutoff = serverNow() - m_activeMs;
    const std::optional<qint64> oldest = m_cache.oldestActivePing(m_project);
    if (oldest && *oldest <= cutoff)
        m_cache.expireActiveRuns(m_project, cutoff);
    schedule();
}

void ActiveRunExpiry::schedule()
{
    const std::optional<qint64> oldest = m_cache.oldestActivePing(m_project);
    if (!oldest) {
        m_timer.stop();
        return;
    }
    const qint64 due = *oldest + m_activeMs - serverNow();
    m_timer.start(int(std::clamp<qint64>(due + 1, 0, 3'600'000)));
}

} // namespace nereid
