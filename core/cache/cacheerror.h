#pragma once

#include <QString>

namespace nereid {

// A cache operation that could not be done (a full disk, a read-only file, a broken database). Thrown by
// CacheDatabase and caught at the Cache's public functions, which report `message` and leave the
// database as the last committed transaction left it.
struct CacheError
{
    QString message;
    bool damaged = false; // the file is not a database or its pages are corrupt (see CacheRecovery)
};

} // namespace nereid
