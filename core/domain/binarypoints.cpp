#include "binarypoints.h"

#include <cmath>
#include <cstring>
#include <QtEndian>

namespace nereid {

namespace {

// Where column `column` (0 steps, 1 values, 2 timestamps) of a page of `count` points starts.
qsizetype columnStart(int column, qsizetype count)
{
    return BinaryPoints::HeaderBytes + column * count * qsizetype(sizeof(double));
}

ValidationError decodeError(const QString &message)
{
    return {ErrorCode::InvalidValue, message};
}

} // namespace

QByteArray BinaryPoints::encode(const QList<FloatPoint> &points, std::optional<double> next)
{
    const qsizetype count = points.size();
    QByteArray bytes(HeaderBytes + count * BytesPerPoint, Qt::Uninitialized);
    char *out = bytes.data();
    std::memcpy(out, Magic, 4); // NOLINT(bugprone-not-null-terminated-result): the 4 bytes, not a C string
    qToLittleEndian<quint16>(Version, out + 4);
    qToLittleEndian<quint16>(next ? HasNext : 0, out + 6);
    qToLittleEndian<quint64>(quint64(count), out + 8);
    qToLittleEndian<double>(next.value_or(0), out + 16);
    char *steps = out + columnStart(0, count), *values = out + columnStart(1, count),
         *timestamps = out + columnStart(2, count);
    for (qsizetype i = 0; i < count; ++i) {
        const FloatPoint &point = points[i];
        qToLittleEndian<double>(point.step, steps + 8 * i);
        qToLittleEndian<double>(std::isnan(point.value) ? qQNaN() : point.value, values + 8 * i);
        qToLittleEndian<double>(point.timestamp, timestamps + 8 * i);
    }
    return bytes;
}

Result<BinaryPoints> BinaryPoints::decode(QByteArrayView bytes)
{
    if (bytes.size() < HeaderBytes)
        return decodeError(tr("it has %1 bytes, fewer than the %2 of its header").arg(bytes.size()).arg(HeaderBytes));
    const char *in = bytes.data();
    if (std::memcmp(in, Magic, 4) != 0)
        return decodeError(tr("it does not start with %1").arg(QLatin1String(Magic)));
    if (const quint16 version = qFromLittleEndian<quint16>(in + 4); version != Version)
        return decodeError(tr("it is of version %1; this program reads version %2").arg(version).arg(Version));
    const quint16 flags = qFromLittleEndian<quint16>(in + 6);
    if (flags & ~HasNext)
        return decodeError(tr("it has flags this program does not know (%1)").arg(flags));
    // Compared as the count the size allows, so a huge count cannot overflow the arithmetic.
    const quint64 count = qFromLittleEndian<quint64>(in + 8);
    const qsizetype columnBytes = bytes.size() - HeaderBytes;
    if (columnBytes % BytesPerPoint != 0 || count != quint64(columnBytes / BytesPerPoint))
        return decodeError(
            tr("it holds %1 bytes of points where its header announces %2 points").arg(columnBytes).arg(count));
    BinaryPoints page;
    page.points.resize(qsizetype(count));
    const char *steps = in + columnStart(0, qsizetype(count)), *values = in + columnStart(1, qsizetype(count)),
               *timestamps = in + columnStart(2, qsizetype(count));
    double before = -qInf();
    for (qsizetype i = 0; i < qsizetype(count); ++i) {
        FloatPoint &point = page.points[i];
        point.step = qFromLittleEndian<double>(steps + 8 * i);
        point.value = qFromLittleEndian<double>(values + 8 * i);
        point.timestamp = qFromLittleEndian<double>(timestamps + 8 * i);
        if (!std::isfinite(point.step) || point.step <= before)
            return decodeError(tr("its step %1 (point %2) does not follow the one before").arg(point.step).arg(i));
        if (!std::isfinite(point.timestamp))
            return decodeError(tr("its point %1 has no finite timestamp").arg(i));
        before = point.step;
    }
    if (flags & HasNext) {
        const double next = qFromLittleEndian<double>(in + 16);
        if (count == 0 || !std::isfinite(next) || next <= before)
            return decodeError(tr("its next step %1 does not follow its last point").arg(next));
        page.next = next;
    }
    return page;
}

} // namespace nereid
