#pragma once

#include <QByteArray>
#include <QList>

namespace nereid {

// One table that `nereid-server migrate` copies: its columns in the order they are read and written, the key it is
// copied in (and resumed after), and how a row counts as series points in the progress line. The list follows the
// schema of server/sqliteschema.cpp (version 5); PostgresSchema has the same tables and columns.
struct MigrationTable
{
    enum class Points
    {
        None,       // a row is a row
        PackedData, // a series_data row holds a block of packed points (seriesblock.h): 24 bytes each
        OnePerRow,  // a string series point
    };

    QByteArray name;
    QList<QByteArray> columns;
    QList<QByteArray> keyColumns; // unique, in copy order
    QByteArray identityColumn;    // a generated id whose sequence must move past the copied ids, or empty
    Points points = Points::None;

    // "a, b, c" and "a, b" for statements.
    QByteArray columnList() const;
    QByteArray keyList() const;
    // The key in byte order on PostgreSQL (COLLATE "C" on text keys), as SQLite's BINARY collation sorts it.
    QByteArray targetKeyOrder(const QList<bool> &keyIsText) const;

    // Every table of the schema except server_meta (the target draws its own epoch), parents before children.
    static const QList<MigrationTable> &all();
};

} // namespace nereid
