#pragma once

#include <QtGlobal>
#include <unistd.h>

namespace nereid {

// Bytes of an open file that an answer sends (a blob's download, or one range of it). The file is opened by the
// route, so a blob removed by the collection meanwhile is still read whole: the open descriptor keeps it.
struct FileRange
{
    FileRange(int descriptor, qint64 start, qint64 count)
        : fd(descriptor)
        , offset(start)
        , length(count)
    {
    }
    ~FileRange() { ::close(fd); }
    FileRange(const FileRange &) = delete;
    FileRange &operator=(const FileRange &) = delete;

    int fd;
    qint64 offset;
    qint64 length;
};

} // namespace nereid
