#pragma once

#include <QByteArrayView>
#include <QString>

namespace nereid {

// Values in PostgreSQL's binary result format, for the column types the stores read: integers and booleans,
// float4/float8, text and bytea (whose binary form is their bytes). Reading results in binary spares libpq and
// the server the text forms: a series block's bytea comes as its 7.7 kB instead of escaped text four times that
// size, and a double is 8 bytes instead of digits to parse.
class PostgresBinary
{
public:
    // Whether values of the type (a pg_type oid) can be read here.
    static bool canRead(unsigned type);

    // A value of a column of type `type` as SqlStatement::integer() and real() read it (a bool is 1 or 0, a float
    // read as an integer is truncated, as SQLite does; text is parsed).
    static qint64 integer(unsigned type, QByteArrayView value);
    static double real(unsigned type, QByteArrayView value);
    // Text as it is; a number in digits, as SQLite hands one out as text.
    static QString text(unsigned type, QByteArrayView value);
};

} // namespace nereid
