#pragma once

#include "domain/seriespoint.h"

#include <QByteArray>
#include <QList>

namespace nereid {

// Consecutive points of one float series packed into one blob: the FloatPoint structs themselves, 24 bytes
// each. A full block (Capacity points, 8064 bytes) fills one 8 KiB SQLite page of a rowid table without
// spilling into an overflow page, so a cached point costs about 24 bytes on disk.
class PointBlock
{
public:
    static constexpr int Capacity = 336;

    static QByteArray encode(const FloatPoint *points, qsizetype count);
    // Appends the points of `packed` to `out`; a blob whose size is not a whole number of points is cut short.
    static void decodeInto(QByteArrayView packed, QList<FloatPoint> &out);
};

} // namespace nereid
