#include "copyrowencoder.h"

#include "migrationerror.h"

#include <cstring>
#include <QtEndian>
#include <sqlite3.h>

namespace nereid {

namespace {

template<typename T> void put(QByteArray &out, T value)
{
    const T big = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&big), sizeof big);
}

template<typename T> void putField(QByteArray &out, T value)
{
    put<qint32>(out, qint32(sizeof value));
    put(out, value);
}

} // namespace

CopyRowEncoder::CopyRowEncoder(const QList<unsigned> &targetTypes)
{
    // The oids of PostgreSQL's built-in types (pg_type.dat), fixed across versions.
    for (const unsigned oid : targetTypes) {
        switch (oid) {
        case 16:
            m_kinds.append(Kind::Bool);
            break;
        case 17:
            m_kinds.append(Kind::Bytea);
            break;
        case 20:
            m_kinds.append(Kind::Int8);
            break;
        case 21:
            m_kinds.append(Kind::Int2);
            break;
        case 23:
            m_kinds.append(Kind::Int4);
            break;
        case 25:
        case 1043:
            m_kinds.append(Kind::Text);
            break;
        case 700:
            m_kinds.append(Kind::Float4);
            break;
        case 701:
            m_kinds.append(Kind::Float8);
            break;
        default:
            throw MigrationError{
                QStringLiteral("a column of the target has a type (oid %1) migrate cannot write").arg(oid)};
        }
    }
}

QByteArray CopyRowEncoder::header()
{
    // The signature, then 32 bits of flags and the length of a header extension, both 0.
    static const char signature[] = "PGCOPY\n\377\r\n";
    QByteArray out(signature, 11);
    put<qint32>(out, 0);
    put<qint32>(out, 0);
    return out;
}

QByteArray CopyRowEncoder::trailer()
{
    QByteArray out;
    put<qint16>(out, -1);
    return out;
}

void CopyRowEncoder::append(sqlite3_stmt *row, QByteArray &out) const
{
    put<qint16>(out, qint16(m_kinds.size()));
    for (int column = 0; column < m_kinds.size(); ++column) {
        if (sqlite3_column_type(row, column) == SQLITE_NULL) {
            put<qint32>(out, -1);
            continue;
        }
        switch (m_kinds[column]) {
        case Kind::Bool:
            putField<qint8>(out, sqlite3_column_int64(row, column) != 0);
            break;
        case Kind::Int2:
            putField<qint16>(out, qint16(sqlite3_column_int64(row, column)));
            break;
        case Kind::Int4:
            putField<qint32>(out, qint32(sqlite3_column_int64(row, column)));
            break;
        case Kind::Int8:
            putField<qint64>(out, sqlite3_column_int64(row, column));
            break;
        case Kind::Float4:
            putField<float>(out, float(sqlite3_column_double(row, column)));
            break;
        case Kind::Float8:
            putField<double>(out, sqlite3_column_double(row, column));
            break;
        case Kind::Text:
        case Kind::Bytea: {
            // Text first: asking for the bytes before the text would count a converted number's bytes wrongly.
            const char *data = m_kinds[column] == Kind::Text
                                   ? reinterpret_cast<const char *>(sqlite3_column_text(row, column))
                                   : static_cast<const char *>(sqlite3_column_blob(row, column));
            const int size = sqlite3_column_bytes(row, column);
            put<qint32>(out, size);
            out.append(data, size);
            break;
        }
        }
    }
}

QByteArray CopyRowEncoder::keyText(sqlite3_stmt *row, int column) const
{
    switch (m_kinds[column]) {
    case Kind::Float4:
    case Kind::Float8:
        return QByteArray::number(sqlite3_column_double(row, column), 'g', 17);
    case Kind::Text:
    case Kind::Bytea:
        return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(row, column)),
                          sqlite3_column_bytes(row, column));
    default:
        return QByteArray::number(sqlite3_column_int64(row, column));
    }
}

void CopyRowEncoder::bindKey(sqlite3_stmt *statement, int position, int column, const QByteArray &text) const
{
    switch (m_kinds[column]) {
    case Kind::Float4:
    case Kind::Float8:
        sqlite3_bind_double(statement, position, text.toDouble());
        break;
    case Kind::Text:
    case Kind::Bytea:
        sqlite3_bind_text(statement, position, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        break;
    default:
        sqlite3_bind_int64(statement, position, text.toLongLong());
        break;
    }
}

} // namespace nereid
