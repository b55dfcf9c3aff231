#pragma once

#include <QByteArray>
#include <QList>

struct sqlite3_stmt;

namespace nereid {

// Rows of a SQLite statement in PostgreSQL's binary COPY format, each value in the type of its target column
// (bigint, double precision, text, bytea; also integer, smallint, boolean, real and varchar). The same bytes serve
// twice: as the data of COPY FROM STDIN, and, hashed, as the source's side of the checksum that PostgreSQL's own
// COPY TO STDOUT (FORMAT binary) of the copied table must match byte for byte.
class CopyRowEncoder
{
public:
    // The type oids of the target's columns, in the order of the statement's result columns. Throws MigrationError
    // for a type it cannot write.
    explicit CopyRowEncoder(const QList<unsigned> &targetTypes);

    static QByteArray header();
    static QByteArray trailer();

    // Appends the statement's current row.
    void append(sqlite3_stmt *row, QByteArray &out) const;

    // The row's value in column `column` as PostgreSQL's text form would compare (for the progress row's key).
    QByteArray keyText(sqlite3_stmt *row, int column) const;
    // Binds such a text, as the value of column `column`, to parameter `position` of a statement.
    void bindKey(sqlite3_stmt *statement, int position, int column, const QByteArray &text) const;

private:
    enum class Kind
    {
        Bool,
        Int2,
        Int4,
        Int8,
        Float4,
        Float8,
        Text,
        Bytea
    };
    QList<Kind> m_kinds;
};

} // namespace nereid
