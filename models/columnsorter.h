#pragma once

#include "query/queryrun.h"
#include "runcolumn.h"

#include <optional>
#include <QHash>
#include <QList>
#include <vector>

namespace nereid {

// Sorts the experiments table by a numeric column from its raw values: one double per run, read once and
// kept until those runs change, then a sort of (value, position) pairs. Reading a field out of 100,000
// QueryRuns costs more than sorting (a few cache misses each), and RunOrder's typed keys (strings,
// datetimes, mixed types) more again; this makes a numeric sort one you do not wait for. Runs without the
// field, or with NaN, come last in both directions; ties keep their order.
class ColumnSorter
{
public:
    // The positions of `runs` in sorted order, or nullopt when the column holds anything but numbers
    // (floats, ints, booleans, float series), which RunOrder sorts instead.
    std::optional<QList<qsizetype>> numericOrder(const QList<QueryRun> &runs, const RunColumn &column,
                                                 Qt::SortOrder order);
    // The run at `position` changed (or was added): its values are read again.
    void invalidate(qsizetype position);
    void clear() { m_columns.clear(); }

private:
    struct Column
    {
        bool numeric = true;
        std::vector<double> values; // by position; NaN where the run has no number
        std::vector<qsizetype> stale;
    };
    bool refresh(Column &column, const QList<QueryRun> &runs, const RunColumn &which);

    QHash<QString, Column> m_columns; // by RunColumn::key()
};

} // namespace nereid
