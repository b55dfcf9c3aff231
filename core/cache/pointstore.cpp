#include "pointstore.h"

#include "cachedatabase.h"
#include "cacheerror.h"
#include "pointblock.h"
#include "sqlitestatement.h"

#include <algorithm>

namespace nereid {

void PointStore::append(qint64 series, const QList<FloatPoint> &points)
{
    if (points.isEmpty())
        return;
    std::optional<LastBlock> last = lastBlock(series);
    double previous = last && !last->points.isEmpty() ? last->points.last().step : -qInf();
    for (const FloatPoint &point : points) {
        if (!(point.step > previous))
            throw CacheError{
                tr("A series point at step %1 does not follow the cached step %2.").arg(point.step).arg(previous)};
        previous = point.step;
    }
    qsizetype next = 0;
    if (last && last->points.size() < PointBlock::Capacity) {
        next = std::min(points.size(), PointBlock::Capacity - last->points.size());
        last->points.append(points.first(next));
        writeBlock(series, last->points.constData(), last->points.size(), last->data);
    }
    for (; next < points.size(); next += PointBlock::Capacity)
        writeBlock(series, points.constData() + next, std::min<qsizetype>(PointBlock::Capacity, points.size() - next),
                   0);
}

void PointStore::writeBlock(qint64 series, const FloatPoint *points, qsizetype count, qint64 replacing)
{
    const QByteArray packed = PointBlock::encode(points, count);
    if (replacing != 0) {
        QSqlQuery &data = m_db.prepared(QStringLiteral("UPDATE point_data SET points = ? WHERE id = ?"));
        data.bindValue(0, packed);
        data.bindValue(1, replacing);
        m_db.exec(data);
        QSqlQuery &block = m_db.prepared(
            QStringLiteral("UPDATE point_blocks SET last_step = ?, count = ? WHERE series = ? AND data = ?"));
        block.bindValue(0, points[count - 1].step);
        block.bindValue(1, count);
        block.bindValue(2, series);
        block.bindValue(3, replacing);
        m_db.exec(block);
        return;
    }
    QSqlQuery &data = m_db.prepared(QStringLiteral("INSERT INTO point_data(points) VALUES(?)"));
    data.bindValue(0, packed);
    m_db.exec(data);
    const qint64 dataId = data.lastInsertId().toLongLong();
    QSqlQuery &block = m_db.prepared(
        QStringLiteral("INSERT INTO point_blocks(series, first_step, last_step, count, data) VALUES(?, ?, ?, ?, ?)"));
    block.bindValue(0, series);
    block.bindValue(1, points[0].step);
    block.bindValue(2, points[count - 1].step);
    block.bindValue(3, count);
    block.bindValue(4, dataId);
    m_db.exec(block);
}

std::optional<PointStore::LastBlock> PointStore::lastBlock(qint64 series)
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT b.first_step, b.data, d.points FROM point_blocks b JOIN point_data d ON d.id = b.data"
                       " WHERE b.series = ? ORDER BY b.first_step DESC LIMIT 1"));
    query.bindValue(0, series);
    m_db.exec(query);
    if (!query.next())
        return std::nullopt;
    LastBlock block{query.value(0).toDouble(), query.value(1).toLongLong(), {}};
    PointBlock::decodeInto(query.value(2).toByteArray(), block.points);
    query.finish();
    return block;
}

QList<FloatPoint> PointStore::read(qint64 series, double from, double to)
{
    // Straight on SQLite, the list sized once from the blocks' counts: a QVariant copy of every block and the list
    // grown block by block (copied again at each doubling) were most of reading a chart of 100 runs x 100,000.
    SqliteStatement count(m_db, "SELECT sum(count) FROM point_blocks WHERE series = ?1 AND first_step <= ?2"
                                " AND last_step >= ?3");
    SqliteStatement select(m_db, "SELECT d.points FROM point_blocks b JOIN point_data d ON d.id = b.data"
                                 " WHERE b.series = ?1 AND b.first_step <= ?2 AND b.last_step >= ?3"
                                 " ORDER BY b.first_step");
    for (SqliteStatement *statement : {&count, &select}) {
        statement->bind(1, series);
        statement->bind(2, to);
        statement->bind(3, from);
    }
    QList<FloatPoint> points;
    if (count.next())
        points.reserve(count.integer(0));
    while (select.next())
        PointBlock::decodeInto(select.blob(0), points);
    // Only the first and the last block can reach outside the range.
    const auto byStep = [](const FloatPoint &point, double step) { return point.step < step; };
    const auto begin = std::lower_bound(points.cbegin(), points.cend(), from, byStep);
    const auto end = std::upper_bound(points.cbegin(), points.cend(), to,
                                      [](double step, const FloatPoint &point) { return step < point.step; });
    if (begin != points.cbegin() || end != points.cend())
        return QList<FloatPoint>(begin, end);
    return points;
}

std::optional<double> PointStore::lastStep(qint64 series)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT MAX(last_step) FROM point_blocks WHERE series = ?"));
    query.bindValue(0, series);
    m_db.exec(query);
    const QVariant step = query.next() ? query.value(0) : QVariant();
    query.finish();
    return step.isNull() ? std::nullopt : std::optional<double>(step.toDouble());
}

qint64 PointStore::count(qint64 series)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT TOTAL(count) FROM point_blocks WHERE series = ?"));
    query.bindValue(0, series);
    m_db.exec(query);
    const qint64 total = query.next() ? qint64(query.value(0).toDouble()) : 0;
    query.finish();
    return total;
}

void PointStore::remove(qint64 series)
{
    for (const QString &sql : {QStringLiteral("DELETE FROM point_data WHERE id IN"
                                              " (SELECT data FROM point_blocks WHERE series = ?)"),
                               QStringLiteral("DELETE FROM point_blocks WHERE series = ?"),
                               QStringLiteral("DELETE FROM string_points WHERE series = ?")}) {
        QSqlQuery &query = m_db.prepared(sql);
        query.bindValue(0, series);
        m_db.exec(query);
    }
}

} // namespace nereid
