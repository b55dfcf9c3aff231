#include "pointblock.h"

#include <cstring>
#include <type_traits>

namespace nereid {

// The blob is the in-memory array, so the layout must be exactly three little-endian doubles.
static_assert(sizeof(FloatPoint) == 3 * sizeof(double) && std::is_trivially_copyable_v<FloatPoint>);
static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "cached point blocks are little-endian doubles");

QByteArray PointBlock::encode(const FloatPoint *points, qsizetype count)
{
    return QByteArray(reinterpret_cast<const char *>(points), count * qsizetype(sizeof(FloatPoint)));
}

void PointBlock::decodeInto(QByteArrayView packed, QList<FloatPoint> &out)
{
    const qsizetype count = packed.size() / qsizetype(sizeof(FloatPoint));
    const qsizetype start = out.size();
    out.resize(start + count);
    std::memcpy(static_cast<void *>(out.data() + start), packed.constData(), count * sizeof(FloatPoint));
}

} // namespace nereid
