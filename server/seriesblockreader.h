#pragma once

#include "seriesblock.h"

#include <functional>
#include <QList>

namespace nereid {

class Database;

// Reads a float series' stored blocks for the reads of SeriesStore: their summaries in step order, and the points
// of the blocks a read needs, many blocks per statement (Database::forRowsById). Any block may hold from one to
// SeriesBlock::Capacity points.
class SeriesBlockReader
{
public:
    struct Stored
    {
        PointSummary summary;
        qint64 dataId = 0;
    };

    explicit SeriesBlockReader(Database &db)
        : m_db(db)
    {
    }

    // The first_step of the block holding `step`, or `step` when no block starts at or before it.
    double startOfBlockAt(qint64 fieldId, double step);
    // The blocks whose first step lies in [from, to], in step order.
    QList<Stored> blocks(qint64 fieldId, double from, double to);
    // Calls `visit` with the points of each block of `dataIds`, in that order, until it returns false. `visit` runs
    // no statement.
    void forEachBlock(const QList<qint64> &dataIds, const std::function<bool(const SeriesBlock &)> &visit);

private:
    Database &m_db;
};

} // namespace nereid
