#include "seriessummary.h"

#include <array>

namespace nereid {

namespace {

constexpr std::array aggregateNames{"last", "min", "max", "average", "variance"};

} // namespace

QString seriesAggregateName(SeriesAggregate aggregate)
{
    return QLatin1StringView(aggregateNames[static_cast<std::size_t>(aggregate)]);
}

std::optional<SeriesAggregate> seriesAggregateFromName(QStringView name)
{
    for (std::size_t i = 0; i < aggregateNames.size(); ++i) {
        if (name.compare(QLatin1StringView(aggregateNames[i]), Qt::CaseInsensitive) == 0)
            return static_cast<SeriesAggregate>(i);
    }
    return std::nullopt;
}

double FloatSeriesSummary::aggregate(SeriesAggregate which) const
{
    switch (which) {
    case SeriesAggregate::Last:
        return last;
    case SeriesAggregate::Min:
        return min;
    case SeriesAggregate::Max:
        return max;
    case SeriesAggregate::Average:
        return average;
    case SeriesAggregate::Variance:
        return variance;
    }
    return qQNaN();
}

} // namespace nereid
