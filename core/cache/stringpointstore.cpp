#include "stringpointstore.h"

#include "cachedatabase.h"
#include "cacheerror.h"

#include <QSqlQuery>

namespace nereid {

void StringPointStore::append(qint64 series, const QList<StringPoint> &points)
{
    double previous = lastStep(series).value_or(-qInf());
    QSqlQuery &insert =
        m_db.prepared(QStringLiteral("INSERT INTO string_points(series, step, timestamp, value) VALUES(?, ?, ?, ?)"));
    for (const StringPoint &point : points) {
        if (!(point.step > previous))
            throw CacheError{
                tr("A log line at step %1 does not follow the cached step %2.").arg(point.step).arg(previous)};
        previous = point.step;
        insert.bindValue(0, series);
        insert.bindValue(1, point.step);
        insert.bindValue(2, point.timestamp);
        insert.bindValue(3, point.value);
        m_db.exec(insert);
    }
}

QList<StringPoint> StringPointStore::read(qint64 series, double after)
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT step, timestamp, value FROM string_points WHERE series = ? AND step > ? ORDER BY step"));
    query.bindValue(0, series);
    query.bindValue(1, after);
    m_db.exec(query);
    QList<StringPoint> points;
    while (query.next())
        points.append({query.value(0).toDouble(), query.value(2).toString(), query.value(1).toDouble()});
    query.finish();
    return points;
}

std::optional<double> StringPointStore::lastStep(qint64 series)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT MAX(step) FROM string_points WHERE series = ?"));
    query.bindValue(0, series);
    m_db.exec(query);
    const QVariant step = query.next() ? query.value(0) : QVariant();
    query.finish();
    return step.isNull() ? std::nullopt : std::optional<double>(step.toDouble());
}

} // namespace nereid
