#pragma once

#include "libpqconnection.h"

#include <QList>

namespace nereid {

struct DatabaseUrl;
struct MigrationTable;

// The PostgreSQL database a migration copies into: its connection, the types of its columns (what the rows are
// encoded to), and the last touches once every row is there (identity sequences, a new epoch).
class MigrationTarget
{
public:
    // Connects, makes sure no other migration works on the same database, and creates or migrates its schema the
    // way the server does (Database::open).
    void open(const DatabaseUrl &url, const QString &text);

    LibpqConnection &connection() { return m_connection; }

    // The type oid of each of the table's columns, in its order; throws when the target lacks one.
    QList<unsigned> columnTypes(const MigrationTable &table);
    // Whether each key column is text (sorted with COLLATE "C" to match SQLite's order).
    QList<bool> keyIsText(const MigrationTable &table);
    qint64 count(const MigrationTable &table);

    // Foreign keys are checked row by row as rows arrive, which took as long as the copy itself; the migration copies
    // parents before children anyway. So they are set aside (their definitions kept in nereid_migration_keys, in the
    // same transaction) until the copy is verified, then restored, each checked once over the whole table.
    void suspendForeignKeys();
    void restoreForeignKeys(); // call inside the finishing transaction

    // Moves the table's identity sequence past the largest id copied, so the server's next insert gets a new id.
    void resetIdentity(const MigrationTable &table);
    // Draws a new epoch (docs/api.md): clients that synced from the source start over against the target.
    void renewEpoch();

private:
    LibpqConnection m_connection;
};

} // namespace nereid
