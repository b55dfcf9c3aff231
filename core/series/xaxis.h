#pragma once

#include "domain/seriespoint.h"
#include "seriesdata.h"

#include <QList>
#include <span>

namespace nereid {

enum class XAxisMode
{
    Step,
    AbsoluteTime, // Unix time in seconds
    RelativeTime, // seconds since the run's first point
};

// Lays the points of a float series out along the chart's x axis: by step, by absolute time, or by time since the
// run's first point (the origin, which a zoomed view does not hold, so it is given).
class XAxis
{
public:
    explicit XAxis(XAxisMode mode, double origin = 0);

    XAxisMode mode() const { return m_mode; }
    double xOf(const FloatPoint &point) const;

    // Appends points to `series` in x order. Steps always grow; a timestamp lower than the one before it (a clock
    // set back, a run resumed elsewhere) is drawn at the time before it, never dropped; returns how many were.
    qsizetype append(std::span<const FloatPoint> points, SeriesData &series) const;

    // Appends one bucket of the server's reduced read (docs/api.md): its first point, its lowest and highest
    // (NaN when the bucket holds NaN only) and its last point, in step order. The reduced read gives no time for
    // the extremes; by time they are put between the first and last point in proportion to their steps.
    void appendBucket(const FloatPoint &first, double minStep, double minValue, double maxStep, double maxValue,
                      const FloatPoint &last, SeriesData &series) const;
    // The points appendBucket() lays out, appended to `points` in step order (a step kept once); how many.
    static qsizetype bucketPoints(const FloatPoint &first, double minStep, double minValue, double maxStep,
                                  double maxValue, const FloatPoint &last, QList<FloatPoint> &points);

private:
    static FloatPoint pointAtStep(const FloatPoint &first, const FloatPoint &last, double step, double value);

    XAxisMode m_mode;
    double m_origin;
};

} // namespace nereid
