#include "runcolumn.h"

#include "query/queryrun.h"

namespace nereid {

namespace {

QString backticked(const QString &path)
{
    QString escaped = path;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('`'), QLatin1String("\\`"));
    return QLatin1Char('`') + escaped + QLatin1Char('`');
}

} // namespace

QString RunColumn::sortKey() const
{
    if (aggregate == SeriesAggregate::Last)
        return backticked(path);
    return seriesAggregateName(aggregate) + QLatin1Char('(') + backticked(path) + QLatin1Char(')');
}

QString RunColumn::title() const
{
    QString name = isSys() ? path.mid(4) : path;
    if (aggregate == SeriesAggregate::Last)
        return name;
    return tr("%1 (%2)", "column title: field path (series aggregate)").arg(name, seriesAggregateName(aggregate));
}

QString RunColumn::key() const
{
    if (aggregate == SeriesAggregate::Last)
        return path;
    return seriesAggregateName(aggregate) + QLatin1Char(':') + path;
}

RunColumn RunColumn::fromKey(const QString &key)
{
    // Paths may hold ':' themselves; only a known aggregate name before the first one counts.
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        if (const auto aggregate = seriesAggregateFromName(QStringView(key).left(colon)))
            return {key.mid(colon + 1), *aggregate};
    }
    return {key, SeriesAggregate::Last};
}

QList<RunColumn> RunColumn::defaults()
{
    QList<RunColumn> columns;
    for (const char *name : {"id", "name", "owner", "creation_time", "state", "failed", "tags"})
        columns.append({QLatin1String("sys/") + QLatin1String(name), SeriesAggregate::Last});
    return columns;
}

QList<RunColumn> RunColumn::defaultsFor(const QueryRun &latest, int metrics)
{
    QList<RunColumn> columns = defaults();
    // The client's hardware metrics (monitoring/cpu, monitoring/memory…) are logged by every run but are rarely what
    // a user compares runs by: the training's own metrics come first, monitoring only fills what is left.
    QStringList own, monitoring;
    for (const QString &path : latest.paths()) { // the cache gives them in path order
        if (latest.field(path)->type() == FieldType::FloatSeries)
            (path.startsWith(QLatin1String("monitoring/")) ? monitoring : own).append(path);
    }
    for (const QString &path : own + monitoring) {
        if (metrics-- > 0)
            columns.append({path, SeriesAggregate::Last});
    }
    return columns;
}

} // namespace nereid
