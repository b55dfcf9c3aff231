#include "localclock.h"

#include <QDateTime>

namespace nereid {

qint64 LocalClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
}

void LocalClock::advance(qint64 ms)
{
    m_offsetMs += ms;
    emit advanced();
}

} // namespace nereid
