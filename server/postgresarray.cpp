#include "postgresarray.h"

#include <cmath>
#include <cstring>
#include <QtEndian>

namespace nereid {

namespace {

// The type oids of pg_type.
constexpr quint32 Int8Oid = 20;
constexpr quint32 TextOid = 25;
constexpr quint32 Float8Oid = 701;
constexpr quint32 ByteaOid = 17;

template<typename T> void appendBig(QByteArray &out, T value)
{
    const T big = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&big), sizeof big);
}

// Dimensions, flags and element type; array_recv finds the NULLs by their length of -1 whatever the flag says.
QByteArray header(quint32 elementType, std::size_t count, qsizetype elementBytes)
{
    QByteArray out;
    out.reserve(20 + qsizetype(count) * (4 + elementBytes));
    appendBig<qint32>(out, 1); // dimensions
    appendBig<qint32>(out, 0); // has NULLs
    appendBig<quint32>(out, elementType);
    appendBig<qint32>(out, qint32(count));
    appendBig<qint32>(out, 1); // lower bound
    return out;
}

void appendElement(QByteArray &out, const char *data, qsizetype size)
{
    appendBig<qint32>(out, qint32(size));
    out.append(data, size);
}

} // namespace

QByteArray PostgresArray::ofBigints(const std::vector<qint64> &values)
{
    QByteArray out = header(Int8Oid, values.size(), 8);
    for (const qint64 value : values) {
        appendBig<qint32>(out, 8);
        appendBig<qint64>(out, value);
    }
    return out;
}

QByteArray PostgresArray::ofDoubles(const std::vector<double> &values)
{
    QByteArray out = header(Float8Oid, values.size(), 8);
    for (const double value : values) {
        if (std::isnan(value)) {
            appendBig<qint32>(out, -1);
            continue;
        }
        quint64 bits;
        std::memcpy(&bits, &value, sizeof bits);
        appendBig<qint32>(out, 8);
        appendBig<quint64>(out, bits);
    }
    return out;
}

QByteArray PostgresArray::ofTexts(const QStringList &values)
{
    QByteArray out = header(TextOid, std::size_t(values.size()), 16);
    for (const QString &value : values) {
        if (value.isNull()) {
            appendBig<qint32>(out, -1);
            continue;
        }
        const QByteArray utf8 = value.toUtf8();
        appendElement(out, utf8.constData(), utf8.size());
    }
    return out;
}

QByteArray PostgresArray::ofByteas(const std::vector<QByteArray> &values)
{
    qsizetype bytes = 0;
    for (const QByteArray &value : values)
        bytes += value.size();
    QByteArray out = header(ByteaOid, values.size(), values.empty() ? 0 : bytes / qsizetype(values.size()));
    for (const QByteArray &value : values)
        appendElement(out, value.constData(), value.size());
    return out;
}

} // namespace nereid
