#pragma once

#include <optional>
#include <QString>
#include <QtNumeric>

namespace nereid {

// The aggregates the query language offers over a float series: last(), min(), max(), average(), variance().
enum class SeriesAggregate
{
    Last,
    Min,
    Max,
    Average,
    Variance,
};

QString seriesAggregateName(SeriesAggregate aggregate);
std::optional<SeriesAggregate> seriesAggregateFromName(QStringView name);

// What a run object says about a float series (docs/api.md, "The run object"). Queries filter on these
// summaries and never read points. NaN means "not known": an empty series, or a server that does not send
// average and variance.
struct FloatSeriesSummary
{
    qint64 count = 0;
    double lastStep = qQNaN();
    double last = qQNaN();
    double min = qQNaN();
    double max = qQNaN();
    double average = qQNaN();
    double variance = qQNaN();

    double aggregate(SeriesAggregate which) const;
};

// What a run object says about a string series: queries compare its last entry.
struct StringSeriesSummary
{
    qint64 count = 0;
    double lastStep = qQNaN();
    QString last;
};

} // namespace nereid
