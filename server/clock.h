#pragma once

#include <QDateTime>

namespace nereid {

// The server's idea of now, in milliseconds since the Unix epoch (one place to change for tests).
inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace nereid
