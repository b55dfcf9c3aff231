#pragma once

#include <cstdio>
#include <QString>

namespace nereid {

struct MigrationTable;
class MigrationProgress;
class MigrationSource;
class MigrationTarget;

// `nereid-server migrate --from sqlite:DIR --to postgresql://…` (docs/api.md): copies every table of a SQLite data
// folder's database into a PostgreSQL database, resumable after an interruption (MigrationProgress), then compares
// each table's row count and checksum on both sides (TableChecksum). Only when all agree does the target get its
// identity sequences moved past the copied ids and a new epoch, and the migration's own table is dropped.
class DatabaseMigration
{
public:
    DatabaseMigration(QString from, QString to, std::FILE *out = stdout)
        : m_from(std::move(from))
        , m_to(std::move(to))
        , m_out(out)
    {
    }

    // The process's exit status: 0 when every table agrees, 1 when one differs (listed) or the migration failed
    // (one line on standard error), 2 for URLs it cannot migrate between.
    int run();

private:
    void copyAll(MigrationSource &source, MigrationTarget &target, MigrationProgress &progress);
    // Prints one line per table; false when any differs.
    bool verify(MigrationSource &source, MigrationTarget &target);
    // In one transaction: foreign keys back, identity sequences, a new epoch, the progress table dropped.
    void finish(MigrationTarget &target, MigrationProgress &progress);
    void say(const QString &line, bool final = true);

    QString m_from;
    QString m_to;
    std::FILE *m_out;
    bool m_terminal = false;
};

} // namespace nereid
