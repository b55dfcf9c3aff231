#include "seriesstore.h"

#include "database.h"
#include "domain/debiasedema.h"
#include "postgresserieswriter.h"
#include "seriesreducer.h"

#include <limits>
#include <QVariant>

namespace nereid {

namespace {

// SQLite stores NaN as NULL; both mean "no number" in the summaries.
double numberOr(const QVariant &value, double fallback = NAN)
{
    return value.isNull() ? fallback : value.toDouble();
}

} // namespace

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

double SeriesStore::startOfBlockAt(qint64 fieldId, double step)
{
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT first_step FROM series_blocks WHERE field_id = ? AND "
                                                     "first_step <= ? ORDER BY first_step DESC LIMIT 1"));
    select.addBindValue(fieldId);
    select.addBindValue(step);
    m_db.exec(select);
    const double start = select.next() ? select.value(0).toDouble() : step;
    select.finish();
    return start;
}

std::optional<double> SeriesStore::firstStep(qint64 fieldId)
{
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT MIN(first_step) FROM series_blocks WHERE field_id = ?"));
    select.addBindValue(fieldId);
    m_db.exec(select);
    std::optional<double> first;
    if (select.next() && !select.value(0).isNull())
        first = select.value(0).toDouble();
    select.finish();
    return first;
}

QList<qint64> SeriesStore::blockDataIds(qint64 fieldId, double from, double to)
{
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT data_id FROM series_blocks WHERE field_id = ? AND "
                                                     "first_step >= ? AND first_step <= ? ORDER BY first_step"));
    select.addBindValue(fieldId);
    select.addBindValue(from);
    select.addBindValue(to);
    m_db.exec(select);
    QList<qint64> dataIds;
    while (select.next())
        dataIds.append(select.value(0).toLongLong());
    return dataIds;
}

SeriesPage<FloatPoint> SeriesStore::readFloat(qint64 fieldId, double from, double to, int limit)
{
    const QList<qint64> dataIds = blockDataIds(fieldId, startOfBlockAt(fieldId, from), to);
    SeriesPage<FloatPoint> page;
    for (const qint64 dataId : dataIds) {
        const SeriesBlock block = SeriesBlock::decode(loadData(dataId));
        for (int i = 0; i < block.size(); ++i) {
            const double step = block.steps[i];
            if (step < from || step > to)
                continue;
            if (page.points.size() == limit) {
                page.next = step;
                return page;
            }
            page.points.append({step, block.values[i], block.timestamps[i]});
        }
    }
    return page;
}

void SeriesStore::reduce(qint64 fieldId, SeriesReducer &reducer, double from, double to)
{
    QSqlQuery &select = m_db.prepared(QStringLiteral(
        "SELECT first_step, last_step, count, first_value, last_value, first_ts, last_ts, min_step, min_value,"
        " max_step, max_value, data_id FROM series_blocks WHERE field_id = ? AND first_step >= ? AND first_step <= ?"
        " ORDER BY first_step"));
    select.addBindValue(fieldId);
    select.addBindValue(startOfBlockAt(fieldId, from));
    select.addBindValue(to);
    m_db.exec(select);
    // Collected first, then fed in step order, so each bucket sees its points in order (first and last).
    QList<std::pair<PointSummary, qint64>> blocks;
    while (select.next()) {
        PointSummary s;
        s.firstStep = select.value(0).toDouble();
        s.lastStep = select.value(1).toDouble();
        s.count = select.value(2).toLongLong();
        s.firstValue = numberOr(select.value(3));
        s.lastValue = numberOr(select.value(4));
        s.firstTimestamp = select.value(5).toDouble();
        s.lastTimestamp = select.value(6).toDouble();
        s.minStep = numberOr(select.value(7));
        s.minValue = numberOr(select.value(8));
        s.maxStep = numberOr(select.value(9));
        s.maxValue = numberOr(select.value(10));
        blocks.append({s, select.value(11).toLongLong()});
    }
    for (const auto &[summary, dataId] : blocks) {
        if (reducer.fitsOneBucket(summary.firstStep, summary.lastStep)) {
            reducer.addSummary(summary);
            continue;
        }
        const SeriesBlock block = SeriesBlock::decode(loadData(dataId));
        for (int i = 0; i < block.size(); ++i)
            reducer.addPoint(block.steps[i], block.values[i], block.timestamps[i]);
    }
}

void SeriesStore::reduceSmoothed(qint64 fieldId, SeriesReducer &reducer, SeriesReducer &smoothed, double weight,
                                 double to)
{
    DebiasedEma ema(weight);
    for (const qint64 dataId : blockDataIds(fieldId, -std::numeric_limits<double>::infinity(), to)) {
        const SeriesBlock block = SeriesBlock::decode(loadData(dataId));
        for (int i = 0; i < block.size() && block.steps[i] <= to; ++i) {
            const double average = ema.next(block.values[i]);
            reducer.addPoint(block.steps[i], block.values[i], block.timestamps[i]);
            smoothed.addPoint(block.steps[i], average, block.timestamps[i]);
        }
    }
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
