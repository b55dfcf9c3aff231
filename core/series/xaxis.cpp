#include "xaxis.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace nereid {

XAxis::XAxis(XAxisMode mode, double origin)
    : m_mode(mode)
    , m_origin(mode == XAxisMode::RelativeTime ? origin : 0)
{
}

double XAxis::xOf(const FloatPoint &point) const
{
    return m_mode == XAxisMode::Step ? point.step : point.timestamp - m_origin;
}

qsizetype XAxis::append(std::span<const FloatPoint> points, SeriesData &series) const
{
    std::vector<double> xs;
    std::vector<double> ys;
    xs.reserve(points.size()); // not sized: zeroing 100 runs of 100,000 values first was a pass of its own
    ys.reserve(points.size());
    double floor = series.isEmpty() ? -std::numeric_limits<double>::infinity() : series.xs().back();
    qsizetype moved = 0;
    for (const FloatPoint &point : points) {
        const double x = xOf(point);
        moved += x < floor;
        floor = std::max(floor, x);
        xs.push_back(floor);
        ys.push_back(point.value);
    }
    series.append(std::move(xs), std::move(ys));
    return moved;
}

// The reduced read gives the extremes a step but no time: the time between the bucket's first and last point in
// proportion to the step.
FloatPoint XAxis::pointAtStep(const FloatPoint &first, const FloatPoint &last, double step, double value)
{
    const double steps = last.step - first.step;
    const double share = steps > 0 ? (step - first.step) / steps : 0;
    return {step, value, first.timestamp + share * (last.timestamp - first.timestamp)};
}

qsizetype XAxis::bucketPoints(const FloatPoint &first, double minStep, double minValue, double maxStep, double maxValue,
                              const FloatPoint &last, QList<FloatPoint> &points)
{
    std::array<FloatPoint, 4> kept{first, last, pointAtStep(first, last, minStep, minValue),
                                   pointAtStep(first, last, maxStep, maxValue)};
    const qsizetype count = std::isnan(minValue) || std::isnan(maxValue) ? 2 : 4;
    const auto byStep = [](const FloatPoint &a, const FloatPoint &b) { return a.step < b.step; };
    std::sort(kept.begin(), kept.begin() + count, byStep);
    const auto end = std::unique(kept.begin(), kept.begin() + count,
                                 [](const FloatPoint &a, const FloatPoint &b) { return a.step == b.step; });
    points.append(QList<FloatPoint>(kept.begin(), end));
    return end - kept.begin();
}

void XAxis::appendBucket(const FloatPoint &first, double minStep, double minValue, double maxStep, double maxValue,
                         const FloatPoint &last, SeriesData &series) const
{
    QList<FloatPoint> points;
    bucketPoints(first, minStep, minValue, maxStep, maxValue, last, points);
    append(points, series);
}

} // namespace nereid
