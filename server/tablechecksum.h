#pragma once

#include <QByteArray>
#include <QList>

namespace nereid {

class MigrationSource;
class MigrationTarget;
struct MigrationTable;

// A table's row count and a SHA-1 over its rows in key order, computed the same way on both sides: over the rows
// in PostgreSQL's binary COPY form, which the source's rows are encoded to (CopyRowEncoder) and the target's are read
// in (COPY TO STDOUT). Equal checksums mean every value of every row arrived as it was.
struct TableChecksum
{
    qint64 rows = 0;
    QByteArray sha1; // hex

    bool operator==(const TableChecksum &) const = default;

    // Encodes the rows to the target's column types (MigrationTarget::columnTypes). Uses only `source`, so it may
    // run on a thread of its own while the target's side is computed.
    static TableChecksum ofSource(MigrationSource &source, const QList<unsigned> &targetTypes,
                                  const MigrationTable &table);
    // Call inside a REPEATABLE READ transaction, so the count and the rows come from one snapshot.
    static TableChecksum ofTarget(MigrationTarget &target, const MigrationTable &table);
};

} // namespace nereid
