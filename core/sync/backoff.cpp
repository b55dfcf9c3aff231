#include "backoff.h"

#include <algorithm>

namespace nereid {

int Backoff::next()
{
    // Doubling stops at 2^20: far above any ceiling, and no overflow however long the server is away.
    const qint64 delay = qint64(m_initialMs) << std::min(m_failures, 20);
    ++m_failures;
    return int(std::min<qint64>(delay, m_maxMs));
}

} // namespace nereid
