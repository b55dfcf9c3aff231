#pragma once

#include "domain/seriespoint.h"
#include "seriesblock.h"

#include <optional>
#include <QList>
#include <vector>

namespace nereid {

class Database;
class SeriesReducer;

template<typename Point> struct SeriesPage
{
    QList<Point> points;
    std::optional<double> next; // the step the next page starts at
};

// The points of series. Float series are kept in blocks of up to SeriesBlock::Capacity points: the last
// block of a series fills up as points arrive, and every block carries its summary (first, last, min, max),
// so reducing a million points to a thousand buckets reads about a thousand summaries and only the blocks
// that straddle a bucket edge. String series (logs, small) are kept a row per point.
class SeriesStore
{
public:
    explicit SeriesStore(Database &db)
        : m_db(db)
    {
    }

    // Appends to float series, each series once; the points follow each series' stored points (the caller checked
    // the steps). On PostgreSQL in two statements for all series (PostgresSeriesWriter), which also decides
    // differently whether a series' last block is continued.
    void appendFloats(const std::vector<FloatAppend> &appends);
    void appendStrings(qint64 fieldId, const QList<StringPoint> &points);

    SeriesPage<FloatPoint> readFloat(qint64 fieldId, double from, double to, int limit);
    SeriesPage<StringPoint> readStrings(qint64 fieldId, double from, double to, int limit);
    void reduce(qint64 fieldId, SeriesReducer &reducer, double from, double to);
    // The same, and the series smoothed with DebiasedEma of `weight` into `smoothed` (the same range and buckets).
    // Reads every point from the series' first up to `to`: the average at `from` depends on all before it.
    void reduceSmoothed(qint64 fieldId, SeriesReducer &reducer, SeriesReducer &smoothed, double weight, double to);
    std::optional<double> firstStep(qint64 fieldId);

    void removeField(qint64 fieldId);

private:
    // SQLite's way: the series' last block is filled up to its capacity (rewritten in place).
    void appendFloat(qint64 fieldId, const SeriesBlock &points);
    void writeBlock(qint64 fieldId, const SeriesBlock &block, qint64 dataId);
    QByteArray loadData(qint64 dataId);

    Database &m_db;
};

} // namespace nereid
