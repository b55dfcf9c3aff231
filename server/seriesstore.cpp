#include "seriesstore.h"

#include "database.h"
#include "domain/debiasedema.h"
#include "seriesreducer.h"

#include <limits>
#include <QVariant>

namespace nereid {

namespace {

// SQLite stores NaN as NULL; both mean "no number" in the summaries.
QVariant number(double value)
{
    return std::isnan(value) ? QVariant() : QVariant(value);
}

double numberOr(const QVariant &value, double fallback = NAN)
{
    return value.isNull() ? fallback : value.toDouble();
}

} // namespace

void SeriesStore::appendFloat(qint64 fieldId, const SeriesBlock &points)
{
    QSqlQuery &tail = m_db.prepared(
        QStringLiteral("SELECT count, data_id FROM series_blocks WHERE field_id = ? ORDER BY first_step DESC LIMIT 1"));
    tail.addBindValue(fieldId);
    m_db.exec(tail);
    SeriesBlock block;
    qint64 dataId = 0;
    if (tail.next() && tail.value(0).toInt() < SeriesBlock::Capacity) {
        dataId = tail.value(1).toLongLong();
        tail.finish();
        block = SeriesBlock::decode(loadData(dataId));
    }
    tail.finish();
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

void SeriesStore::writeBlock(qint64 fieldId, const SeriesBlock &block, qint64 dataId)
{
    if (dataId == 0) {
        QSqlQuery &insert = m_db.prepared(QStringLiteral("INSERT INTO series_data(points) VALUES(?) RETURNING id"));
        insert.addBindValue(block.encode());
        m_db.exec(insert);
        insert.next();
        dataId = insert.value(0).toLongLong();
        insert.finish();
    } else {
        QSqlQuery &update = m_db.prepared(QStringLiteral("UPDATE series_data SET points = ? WHERE id = ?"));
        update.addBindValue(block.encode());
        update.addBindValue(dataId);
        m_db.exec(update);
    }
    const PointSummary s = PointSummary::of(block);
    QSqlQuery &upsert = m_db.prepared(QStringLiteral(
        "INSERT INTO series_blocks(field_id, first_step, last_step, count, first_value, last_value, first_ts,"
        " last_ts, min_step, min_value, max_step, max_value, data_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(field_id, first_step) DO UPDATE SET last_step = excluded.last_step, count = excluded.count,"
        " last_value = excluded.last_value, last_ts = excluded.last_ts, min_step = excluded.min_step,"
        " min_value = excluded.min_value, max_step = excluded.max_step, max_value = excluded.max_value"));
    for (const QVariant &value :
         {QVariant(fieldId), QVariant(s.firstStep), QVariant(s.lastStep), QVariant(s.count), number(s.firstValue),
          number(s.lastValue), QVariant(s.firstTimestamp), QVariant(s.lastTimestamp), number(s.minStep),
          number(s.minValue), number(s.maxStep), number(s.maxValue), QVariant(dataId)})
        upsert.addBindValue(value);
    m_db.exec(upsert);
}

QByteArray SeriesStore::loadData(qint64 dataId)
{
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT points FROM series_data WHERE id = ?"));
    select.addBindValue(dataId);
    m_db.exec(select);
    QByteArray packed;
    if (select.next())
        packed = select.value(0).toByteArray();
    select.finish();
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
