#include "seriesblockreader.h"

#include "database.h"

namespace nereid {

double SeriesBlockReader::startOfBlockAt(qint64 fieldId, double step)
{
    SqlStatement &select = m_db.statement("SELECT first_step FROM series_blocks WHERE field_id = ? AND"
                                          " first_step <= ? ORDER BY first_step DESC LIMIT 1");
    select.bindInt(1, fieldId).bindReal(2, step);
    const double start = select.next() ? select.real(0) : step;
    select.reset();
    return start;
}

QList<SeriesBlockReader::Stored> SeriesBlockReader::blocks(qint64 fieldId, double from, double to)
{
    SqlStatement &select = m_db.statement(
        "SELECT first_step, last_step, count, first_value, last_value, first_ts, last_ts, min_step, min_value,"
        " max_step, max_value, data_id FROM series_blocks WHERE field_id = ? AND first_step >= ? AND first_step <= ?"
        " ORDER BY first_step");
    select.bindInt(1, fieldId).bindReal(2, from).bindReal(3, to);
    QList<Stored> blocks;
    while (select.next()) { // NULL is a NaN in the summaries: "no number"
        Stored &block = blocks.emplace_back();
        PointSummary &s = block.summary;
        s.firstStep = select.real(0);
        s.lastStep = select.real(1);
        s.count = select.integer(2);
        s.firstValue = select.realOrNan(3);
        s.lastValue = select.realOrNan(4);
        s.firstTimestamp = select.real(5);
        s.lastTimestamp = select.real(6);
        s.minStep = select.realOrNan(7);
        s.minValue = select.realOrNan(8);
        s.maxStep = select.realOrNan(9);
        s.maxValue = select.realOrNan(10);
        block.dataId = select.integer(11);
    }
    return blocks;
}

void SeriesBlockReader::forEachBlock(const QList<qint64> &dataIds,
                                     const std::function<bool(const SeriesBlock &)> &visit)
{
    m_db.forRowsById("series_data", "points", dataIds,
                     [&](const SqlStatement &row) { return visit(SeriesBlock::decode(row.blob(0))); });
}

} // namespace nereid
