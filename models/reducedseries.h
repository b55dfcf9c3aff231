#pragma once

#include "series/seriesdata.h"
#include "series/seriesview.h"
#include "series/xaxis.h"

#include <QList>

namespace nereid {

// A run's long series as the server's reduced read gave it, for a chart whose cache does not hold the series: each
// bucket's first, lowest, highest and last point in step order, laid out along the x axis, and, when smoothing was
// asked for, the server's smoothed line of the same buckets (smoothed over every raw point, see docs/api.md).
class ReducedSeries
{
public:
    ReducedSeries() = default;
    ReducedSeries(const QList<SeriesBucket> &buckets, const XAxis &axis);

    const SeriesData &line() const { return m_line; }
    const SeriesData &smoothedLine() const { return m_smoothed; }
    // The raw points of the range asked for.
    qint64 pointCount() const { return m_pointCount; }
    // The point drawn at `index` of line(). The reduced read gives the lowest and highest no time: theirs is an
    // estimate (see XAxis::appendBucket), and isTimeEstimated() says so.
    const FloatPoint &point(qsizetype index) const { return m_points[index]; }
    bool isTimeEstimated(qsizetype index) const { return m_estimated[index]; }

private:
    QList<FloatPoint> m_points;
    QList<bool> m_estimated;
    SeriesData m_line;
    SeriesData m_smoothed;
    qint64 m_pointCount = 0;
};

} // namespace nereid
