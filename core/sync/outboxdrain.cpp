#include "outboxdrain.h"

#include "syncerror.h"

namespace nereid {

OutboxDrain::OutboxDrain(std::function<bool()> sendFirst, QObject *parent)
    : QObject(parent)
    , m_sendFirst(std::move(sendFirst))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &OutboxDrain::start);
}

void OutboxDrain::start()
{
    if (m_pushing)
        return;
    m_retry.stop();
    next();
}

void OutboxDrain::next()
{
    // Pushing before the request goes out: an answer that comes at once finds the push running.
    m_pushing = true;
    if (!m_sendFirst()) {
        m_pushing = false;
        emit idle();
    }
}

void OutboxDrain::stopAfter(const SyncError &error)
{
    stop();
    if (error.isRetryable())
        retryLater();
}

} // namespace nereid
