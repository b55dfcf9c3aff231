#pragma once

#include "seriesblock.h"

#include <QHash>
#include <vector>

namespace nereid {

class Database;

// The float appends of a batch written to PostgreSQL together, in two round trips whatever the number of series:
// one reads the series' last blocks, one writes every block and summary (unnest of binary arrays). Written one
// series at a time, as on SQLite, a batch of 100 series cost six round trips each.
//
// Unlike SQLite, which rewrites a page in place, PostgreSQL writes a new version of every row it updates and
// frees the old one only at a VACUUM; rewriting a series' last block for every batch (320 points, 7.7 kB)
// doubled the tables and the bytes written. So a last block is continued only while it is small (SmallTail):
// a series appended to in batches of 100 points gets blocks of 100, one row write per point, and a series
// appended to a point at a time still gets blocks of at least SmallTail points, not one row per point.
class PostgresSeriesWriter
{
public:
    static constexpr int SmallTail = 64;

    explicit PostgresSeriesWriter(Database &db)
        : m_db(db)
    {
    }

    void append(const std::vector<FloatAppend> &appends);

private:
    struct Tail
    {
        qint64 dataId = 0;
        SeriesBlock block;
    };
    // The last block of each series whose last block has fewer than SmallTail points, with its points.
    QHash<qint64, Tail> smallTails(const std::vector<FloatAppend> &appends);

    Database &m_db;
};

} // namespace nereid
