#pragma once

#include <QByteArray>

namespace nereid {

// The one range of a `Range: bytes=...` header (RFC 9110 14.2) a download answers: `A-B`, `A-` or `-N`. A header
// this server does not read (another unit, several ranges, bad syntax) is ignored, as the RFC allows: the whole
// blob comes.
struct ByteRange
{
    enum class Kind
    {
        Whole,        // no range, or one ignored
        Part,         // offset and length: 206
        Unsatisfiable // starts at or beyond the end (or the last 0 bytes): 416
    };

    Kind kind = Kind::Whole;
    qint64 offset = 0;
    qint64 length = 0;

    static ByteRange parse(const QByteArray &header, qint64 size);
};

} // namespace nereid
