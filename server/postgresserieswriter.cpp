#include "postgresserieswriter.h"

#include "database.h"
#include "postgresarray.h"

namespace nereid {

namespace {

// The rows the write statement takes, a column each (see its unnest).
struct PlannedBlocks
{
    std::vector<qint64> fieldIds, counts, dataIds;
    std::vector<double> firstSteps, lastSteps, firstValues, lastValues, firstTimestamps, lastTimestamps;
    std::vector<double> minSteps, minValues, maxSteps, maxValues;
    std::vector<QByteArray> points;

    // `dataId` 0 for a new block, else the block it rewrites.
    void add(qint64 fieldId, const SeriesBlock &block, qint64 dataId)
    {
        const PointSummary s = PointSummary::of(block);
        fieldIds.push_back(fieldId);
        counts.push_back(s.count);
        dataIds.push_back(dataId);
        firstSteps.push_back(s.firstStep);
        lastSteps.push_back(s.lastStep);
        firstValues.push_back(s.firstValue);
        lastValues.push_back(s.lastValue);
        firstTimestamps.push_back(s.firstTimestamp);
        lastTimestamps.push_back(s.lastTimestamp);
        minSteps.push_back(s.minStep);
        minValues.push_back(s.minValue);
        maxSteps.push_back(s.maxStep);
        maxValues.push_back(s.maxValue);
        points.push_back(block.encode());
    }
};

} // namespace

QHash<qint64, PostgresSeriesWriter::Tail> PostgresSeriesWriter::smallTails(const std::vector<FloatAppend> &appends)
{
    std::vector<qint64> fieldIds;
    fieldIds.reserve(appends.size());
    for (const FloatAppend &append : appends)
        fieldIds.push_back(append.fieldId);
    // The last block of each series by the (field_id, first_step) key, read backwards: one index row per series.
    SqlStatement &select =
        m_db.statement("SELECT f.id, t.data_id, d.points FROM unnest(CAST(? AS BIGINT[])) AS f(id)"
                       " CROSS JOIN LATERAL (SELECT count, data_id FROM series_blocks WHERE field_id = f.id"
                       " ORDER BY first_step DESC LIMIT 1) AS t JOIN series_data AS d ON d.id = t.data_id"
                       " WHERE t.count < ?")
            .bindBlob(1, PostgresArray::ofBigints(fieldIds))
            .bindInt(2, SmallTail);
    QHash<qint64, Tail> tails;
    while (select.next())
        tails.insert(select.integer(0), {select.integer(1), SeriesBlock::decode(select.blob(2))});
    return tails;
}

void PostgresSeriesWriter::append(const std::vector<FloatAppend> &appends)
{
    if (appends.empty())
        return;
    const QHash<qint64, Tail> tails = smallTails(appends);
    PlannedBlocks planned;
    for (const FloatAppend &append : appends) {
        const auto tail = tails.constFind(append.fieldId);
        SeriesBlock block = tail != tails.cend() ? tail->block : SeriesBlock{};
        qint64 dataId = tail != tails.cend() ? tail->dataId : 0;
        const SeriesBlock &points = append.points;
        for (int i = 0; i < points.size(); ++i) {
            block.append(points.steps[i], points.values[i], points.timestamps[i]);
            if (block.size() == SeriesBlock::Capacity) {
                planned.add(append.fieldId, block, dataId);
                block = {};
                dataId = 0;
            }
        }
        if (block.size() > 0)
            planned.add(append.fieldId, block, dataId);
    }
    // New blocks take their id from series_data's sequence here, so that their summaries can name it; a rewritten
    // block keeps its id and its summary row (ON CONFLICT: the same first step). A NaN binds NULL, as bindReal.
    m_db.statement(
            "WITH planned AS MATERIALIZED (SELECT u.*, CASE WHEN u.rewrites = 0"
            " THEN nextval(pg_get_serial_sequence('series_data', 'id')) ELSE u.rewrites END AS data_id"
            " FROM unnest(CAST(? AS BIGINT[]), CAST(? AS DOUBLE PRECISION[]), CAST(? AS DOUBLE PRECISION[]),"
            " CAST(? AS BIGINT[]), CAST(? AS DOUBLE PRECISION[]), CAST(? AS DOUBLE PRECISION[]),"
            " CAST(? AS DOUBLE PRECISION[]), CAST(? AS DOUBLE PRECISION[]), CAST(? AS DOUBLE PRECISION[]),"
            " CAST(? AS DOUBLE PRECISION[]), CAST(? AS DOUBLE PRECISION[]), CAST(? AS DOUBLE PRECISION[]),"
            " CAST(? AS BIGINT[]), CAST(? AS BYTEA[])) AS u(field_id, first_step, last_step, count, first_value,"
            " last_value, first_ts, last_ts, min_step, min_value, max_step, max_value, rewrites, points)),"
            " inserted AS (INSERT INTO series_data(id, points) SELECT data_id, points FROM planned"
            " WHERE rewrites = 0),"
            " rewritten AS (UPDATE series_data SET points = planned.points FROM planned"
            " WHERE planned.rewrites <> 0 AND series_data.id = planned.rewrites)"
            " INSERT INTO series_blocks(field_id, first_step, last_step, count, first_value, last_value, first_ts,"
            " last_ts, min_step, min_value, max_step, max_value, data_id)"
            " SELECT field_id, first_step, last_step, count, first_value, last_value, first_ts, last_ts, min_step,"
            " min_value, max_step, max_value, data_id FROM planned"
            " ON CONFLICT(field_id, first_step) DO UPDATE SET last_step = excluded.last_step,"
            " count = excluded.count, last_value = excluded.last_value, last_ts = excluded.last_ts,"
            " min_step = excluded.min_step, min_value = excluded.min_value, max_step = excluded.max_step,"
            " max_value = excluded.max_value")
        .bindBlob(1, PostgresArray::ofBigints(planned.fieldIds))
        .bindBlob(2, PostgresArray::ofDoubles(planned.firstSteps))
        .bindBlob(3, PostgresArray::ofDoubles(planned.lastSteps))
        .bindBlob(4, PostgresArray::ofBigints(planned.counts))
        .bindBlob(5, PostgresArray::ofDoubles(planned.firstValues))
        .bindBlob(6, PostgresArray::ofDoubles(planned.lastValues))
        .bindBlob(7, PostgresArray::ofDoubles(planned.firstTimestamps))
        .bindBlob(8, PostgresArray::ofDoubles(planned.lastTimestamps))
        .bindBlob(9, PostgresArray::ofDoubles(planned.minSteps))
        .bindBlob(10, PostgresArray::ofDoubles(planned.minValues))
        .bindBlob(11, PostgresArray::ofDoubles(planned.maxSteps))
        .bindBlob(12, PostgresArray::ofDoubles(planned.maxValues))
        .bindBlob(13, PostgresArray::ofBigints(planned.dataIds))
        .bindBlob(14, PostgresArray::ofByteas(planned.points))
        .exec();
}

} // namespace nereid
