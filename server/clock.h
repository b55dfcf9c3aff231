#pragma once

#include <atomic>
#include <QDateTime>

namespace nereid {

// How far the server's clock runs ahead of the system's: 0, except under --test-clock, where the tests move it
// forward through POST /api/v1/test/clock (testclockroute.h) instead of waiting. Atomic, as every serving thread
// reads it.
inline std::atomic<qint64> clockOffsetMs{0};

// The server's idea of now, in milliseconds since the Unix epoch (one place to change for tests).
inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch() + clockOffsetMs.load(std::memory_order_relaxed);
}

} // namespace nereid
