#include "seriesstore.h"

#include "database.h"
#include "domain/debiasedema.h"
#include "postgresserieswriter.h"
#include "seriesblockreader.h"
#include "seriesreducer.h"

#include <limits>
#include <QVariant>

namespace nereid {

void SeriesStore::appendFloat(qint64 fieldId, const SeriesBlock &points)
{
    // The statements of an append go through SqlStatement: a batch runs them once per series it appends to.
    SqlStatement &tail =
        m_db.statement("SELECT count, data_id FROM series_blocks WHERE field_id = ? ORDER BY first_step DESC LIMIT 1");
    tail.bindInt(1, fieldId);
    SeriesBlock block;
    qint64 dataId = 0;
    if (tail.next() && tail.integer(0) < SeriesBlock::Capacity) {
        dataId = tail.integer(1);
        tail.reset();
        block = SeriesBlock::decode(loadData(dataId));
    }
    tail.reset();
    for (int i = 0; i < points.size(); ++i) {
        block.append(points.steps[i], points.values[i], points.timestamps[i]);
        if (block.size() == SeriesBlock::Capacity) {
            writeBlock(fieldId, block, dataId);
            block = {};
            dataId = 0;
        }
    }
    if (block.size() > 0)
        writeBlock(fieldId, block, dataId);
}

void SeriesStore::appendFloats(const std::vector<FloatAppend> &appends)
{
    if (m_db.backend() == Database::Backend::Postgres)
        return PostgresSeriesWriter(m_db).append(appends);
    for (const FloatAppend &append : appends)
        appendFloat(append.fieldId, append.points);
}

void SeriesStore::writeBlock(qint64 fieldId, const SeriesBlock &block, qint64 dataId)
{
    if (dataId == 0) {
        SqlStatement &insert = m_db.statement("INSERT INTO series_data(points) VALUES(?) RETURNING id");
        insert.bindBlob(1, block.encode());
        if (insert.next())
            dataId = insert.integer(0);
        insert.reset();
    } else {
        m_db.statement("UPDATE series_data SET points = ? WHERE id = ?")
            .bindBlob(1, block.encode())
            .bindInt(2, dataId)
            .exec();
    }
    // A NaN in the summary binds NULL (bindReal): "no number".
    const PointSummary s = PointSummary::of(block);
    m_db.statement("INSERT INTO series_blocks(field_id, first_step, last_step, count, first_value, last_value,"
                   " first_ts, last_ts, min_step, min_value, max_step, max_value, data_id)"
                   " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                   " ON CONFLICT(field_id, first_step) DO UPDATE SET last_step = excluded.last_step,"
                   " count = excluded.count, last_value = excluded.last_value, last_ts = excluded.last_ts,"
                   " min_step = excluded.min_step, min_value = excluded.min_value, max_step = excluded.max_step,"
                   " max_value = excluded.max_value")
        .bindInt(1, fieldId)
        .bindReal(2, s.firstStep)
        .bindReal(3, s.lastStep)
        .bindInt(4, s.count)
        .bindReal(5, s.firstValue)
        .bindReal(6, s.lastValue)
        .bindReal(7, s.firstTimestamp)
        .bindReal(8, s.lastTimestamp)
        .bindReal(9, s.minStep)
        .bindReal(10, s.minValue)
        .bindReal(11, s.maxStep)
        .bindReal(12, s.maxValue)
        .bindInt(13, dataId)
        .exec();
}

QByteArray SeriesStore::loadData(qint64 dataId)
{
    SqlStatement &select = m_db.statement("SELECT points FROM series_data WHERE id = ?").bindInt(1, dataId);
    QByteArray packed;
    if (select.next())
        packed = select.blob(0);
    select.reset();
    return packed;
}

std::optional<double> SeriesStore::firstStep(qint64 fieldId)
{
    SqlStatement &select = m_db.statement("SELECT MIN(first_step) FROM series_blocks WHERE field_id = ?");
    select.bindInt(1, fieldId);
    std::optional<double> first;
    if (select.next() && !select.isNull(0))
        first = select.real(0);
    select.reset();
    return first;
}

SeriesPage<FloatPoint> SeriesStore::readFloat(qint64 fieldId, double from, double to, int limit)
{
    SeriesBlockReader reader(m_db);
    // Only the blocks the page needs: every block after the first starts after `from`, so once those hold more
    // points than the page takes (one more tells where the next page starts), the rest stays unread.
    QList<qint64> dataIds;
    qint64 afterFirst = 0;
    for (const SeriesBlockReader::Stored &block : reader.blocks(fieldId, reader.startOfBlockAt(fieldId, from), to)) {
        if (afterFirst > limit)
            break;
        if (!dataIds.isEmpty())
            afterFirst += block.summary.count;
        dataIds.append(block.dataId);
    }
    SeriesPage<FloatPoint> page;
    reader.forEachBlock(dataIds, [&](const SeriesBlock &block) {
        for (int i = 0; i < block.size(); ++i) {
            const double step = block.steps[i];
            if (step < from || step > to)
                continue;
            if (page.points.size() == limit) {
                page.next = step;
                return false;
            }
            page.points.append({step, block.values[i], block.timestamps[i]});
        }
        return true;
    });
    return page;
}

void SeriesStore::reduce(qint64 fieldId, SeriesReducer &reducer, double from, double to)
{
    SeriesBlockReader reader(m_db);
    const QList<SeriesBlockReader::Stored> blocks = reader.blocks(fieldId, reader.startOfBlockAt(fieldId, from), to);
    // A block inside one bucket counts by its summary; the points of the others (about one per bucket edge) are
    // read, a few hundred blocks per statement. Fed in step order, so each bucket sees its points in order (first
    // and last).
    const auto fits = [&](const SeriesBlockReader::Stored &block) {
        return reducer.fitsOneBucket(block.summary.firstStep, block.summary.lastStep);
    };
    QList<qint64> straddling;
    for (const SeriesBlockReader::Stored &block : blocks) {
        if (!fits(block))
            straddling.append(block.dataId);
    }
    qsizetype next = 0; // the first block not fed yet
    const auto addSummaries = [&] {
        for (; next < blocks.size() && fits(blocks[next]); ++next)
            reducer.addSummary(blocks[next].summary);
    };
    reader.forEachBlock(straddling, [&](const SeriesBlock &block) {
        addSummaries();
        ++next; // the block of these points
        for (int i = 0; i < block.size(); ++i)
            reducer.addPoint(block.steps[i], block.values[i], block.timestamps[i]);
        return true;
    });
    addSummaries();
}

void SeriesStore::reduceSmoothed(qint64 fieldId, SeriesReducer &reducer, SeriesReducer &smoothed, double weight,
                                 double to)
{
    SeriesBlockReader reader(m_db);
    QList<qint64> dataIds;
    for (const SeriesBlockReader::Stored &block : reader.blocks(fieldId, -std::numeric_limits<double>::infinity(), to))
        dataIds.append(block.dataId);
    DebiasedEma ema(weight);
    reader.forEachBlock(dataIds, [&](const SeriesBlock &block) {
        for (int i = 0; i < block.size() && block.steps[i] <= to; ++i) {
            const double average = ema.next(block.values[i]);
            reducer.addPoint(block.steps[i], block.values[i], block.timestamps[i]);
            smoothed.addPoint(block.steps[i], average, block.timestamps[i]);
        }
        return true;
    });
}

SeriesPage<StringPoint> SeriesStore::readStrings(qint64 fieldId, double from, double to, int limit)
{
    QSqlQuery &select =
        m_db.prepared(QStringLiteral("SELECT step, value, ts FROM string_points"
                                     " WHERE field_id = ? AND step >= ? AND step <= ? ORDER BY step LIMIT ?"));
    select.addBindValue(fieldId);
    select.addBindValue(from);
    select.addBindValue(to);
    select.addBindValue(limit + 1);
    m_db.exec(select);
    SeriesPage<StringPoint> page;
    while (select.next()) {
        const double step = select.value(0).toDouble();
        if (page.points.size() == limit) {
            page.next = step;
            break;
        }
        page.points.append({step, select.value(1).toString(), select.value(2).toDouble()});
    }
    select.finish();
    return page;
}

void SeriesStore::appendStrings(qint64 fieldId, const QList<StringPoint> &points)
{
    QSqlQuery &insert =
        m_db.prepared(QStringLiteral("INSERT INTO string_points(field_id, step, ts, value) VALUES(?, ?, ?, ?)"));
    for (const StringPoint &point : points) {
        insert.addBindValue(fieldId);
        insert.addBindValue(point.step);
        insert.addBindValue(point.timestamp);
        insert.addBindValue(point.value);
        m_db.exec(insert);
    }
}

void SeriesStore::removeField(qint64 fieldId)
{
    for (const QString &sql :
         {QStringLiteral("DELETE FROM series_data WHERE id IN (SELECT data_id FROM series_blocks WHERE field_id = ?)"),
          QStringLiteral("DELETE FROM series_blocks WHERE field_id = ?"),
          QStringLiteral("DELETE FROM string_points WHERE field_id = ?")}) {
        QSqlQuery &remove = m_db.prepared(sql);
        remove.addBindValue(fieldId);
        m_db.exec(remove);
    }
}

} // namespace nereid
