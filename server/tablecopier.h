#pragma once

#include <functional>
#include <QtGlobal>

namespace nereid {

class MigrationProgress;
class MigrationSource;
class MigrationTarget;
struct MigrationTable;

// Copies one table from the source into the target in key order, in chunks sent with binary COPY FROM STDIN; each
// chunk commits with the table's progress row, and a resumed copy starts after the key that row holds.
class TableCopier
{
public:
    struct Stats
    {
        qint64 rows = 0;   // copied by this run
        qint64 points = 0; // series points among them
        qint64 totalRows = 0;
        double seconds = 0;
        bool resumed = false; // started after rows an earlier run copied
        bool done = false;
    };
    using Report = std::function<void(const Stats &)>;

    TableCopier(MigrationSource &source, MigrationTarget &target, MigrationProgress &progress)
        : m_source(source)
        , m_target(target)
        , m_progress(progress)
    {
    }

    // Calls `report` after every chunk, the last time with done set. Throws MigrationError.
    void copy(const MigrationTable &table, const Report &report);

private:
    MigrationSource &m_source;
    MigrationTarget &m_target;
    MigrationProgress &m_progress;
};

} // namespace nereid
