#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

namespace nereid {

class LibpqConnection;

// How far a migration got, kept in the target in a table of its own (nereid_migration), one row per copied table.
// Each chunk of rows commits together with its table's row, so after a kill the next run continues after the last
// committed chunk: nothing is copied twice, nothing left out. The table is dropped once the copy is verified.
class MigrationProgress
{
public:
    struct Table
    {
        QList<QByteArray> lastKey; // of the last row copied; empty before the first chunk
        bool done = false;
    };

    explicit MigrationProgress(LibpqConnection &target)
        : m_target(target)
    {
    }

    // Resumes the migration from `sourceEpoch` the target holds, or starts one in an empty target. Refuses, in
    // words, a target holding data this migration did not write, or a migration from another source. True when
    // resuming.
    bool begin(const QByteArray &sourceEpoch, const QList<QByteArray> &tableNames);

    Table table(const QByteArray &name) const { return m_tables.value(name); }
    // Records a chunk; call inside the chunk's transaction.
    void save(const QByteArray &name, const Table &progress);
    // Forgets the migration (in the transaction that finishes it).
    void drop();

private:
    LibpqConnection &m_target;
    QHash<QByteArray, Table> m_tables;
};

} // namespace nereid
