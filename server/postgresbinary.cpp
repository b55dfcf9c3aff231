#include "postgresbinary.h"

#include <bit>
#include <cstdlib>
#include <cstring>
#include <QtEndian>

namespace nereid {

namespace {

// pg_type oids: fixed since PostgreSQL's first releases (src/include/catalog/pg_type.dat).
enum Type : unsigned
{
    Bool = 16,
    Bytea = 17,
    Name = 19,
    Int8 = 20,
    Int2 = 21,
    Int4 = 23,
    Text = 25,
    Float4 = 700,
    Float8 = 701,
    Bpchar = 1042,
    Varchar = 1043,
};

template<typename T> T bigEndian(QByteArrayView value)
{
    T big;
    if (value.size() != qsizetype(sizeof big))
        return T();
    std::memcpy(&big, value.data(), sizeof big);
    return qFromBigEndian(big);
}

bool isText(unsigned type)
{
    return type == Text || type == Varchar || type == Bpchar || type == Name;
}

} // namespace

bool PostgresBinary::canRead(unsigned type)
{
    switch (type) {
    case Bool:
    case Bytea:
    case Int8:
    case Int2:
    case Int4:
    case Float4:
    case Float8:
        return true;
    default:
        return isText(type);
    }
}

qint64 PostgresBinary::integer(unsigned type, QByteArrayView value)
{
    switch (type) {
    case Bool:
        return value.size() == 1 && value[0] != 0 ? 1 : 0;
    case Int2:
        return bigEndian<qint16>(value);
    case Int4:
        return bigEndian<qint32>(value);
    case Int8:
        return bigEndian<qint64>(value);
    case Float4:
    case Float8:
        return qint64(real(type, value));
    default: // text: libpq ends every value with a zero byte
        return std::strtoll(value.data(), nullptr, 10);
    }
}

double PostgresBinary::real(unsigned type, QByteArrayView value)
{
    switch (type) {
    case Float4:
        return double(std::bit_cast<float>(bigEndian<quint32>(value)));
    case Float8:
        return std::bit_cast<double>(bigEndian<quint64>(value));
    case Bool:
    case Int2:
    case Int4:
    case Int8:
        return double(integer(type, value));
    default: // strtod takes "NaN", "Infinity" and "-Infinity" as PostgreSQL writes them
        return std::strtod(value.data(), nullptr);
    }
}

QString PostgresBinary::text(unsigned type, QByteArrayView value)
{
    if (type == Float4 || type == Float8)
        return QString::number(real(type, value), 'g', 17);
    if (canRead(type) && !isText(type) && type != Bytea)
        return QString::number(integer(type, value));
    return QString::fromUtf8(value);
}

} // namespace nereid
