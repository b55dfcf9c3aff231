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

qsizetype XAxis::appendInOrder(double x, double y, SeriesData &series) const
{
    if (!series.isEmpty() && x < series.xs().back()) {
        series.append(series.xs().back(), y);
        return 1;
    }
    series.append(x, y);
    return 0;
}

qsizetype XAxis::append(std::span<const FloatPoint> points, SeriesData &series) const
{
    std::vector<double> xs(points.size());
    std::vector<double> ys(points.size());
    double floor = series.isEmpty() ? -std::numeric_limits<double>::infinity() : series.xs().back();
    qsizetype moved = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double x = xOf(points[i]);
        moved += x < floor;
        floor = std::max(floor, x);
        xs[i] = floor;
        ys[i] = points[i].value;
    }
    series.append(xs, ys);
    return moved;
}

double XAxis::xAtStep(const FloatPoint &first, const FloatPoint &last, double step) const
{
    if (m_mode == XAxisMode::Step)
        return step;
    const double steps = last.step - first.step;
    const double share = steps > 0 ? (step - first.step) / steps : 0;
    return first.timestamp + share * (last.timestamp - first.timestamp) - m_origin;
}

void XAxis::appendBucket(const FloatPoint &first, double minStep, double minValue, double maxStep, double maxValue,
                         const FloatPoint &last, SeriesData &series) const
{
    struct Kept
    {
        double step, y;
    };
    std::array<Kept, 4> kept{
        {{first.step, first.value}, {minStep, minValue}, {maxStep, maxValue}, {last.step, last.value}}};
    qsizetype count = 4;
    if (std::isnan(minValue) || std::isnan(maxValue)) {
        kept[1] = kept[3];
        count = 2;
    }
    std::sort(kept.begin(), kept.begin() + count, [](const Kept &a, const Kept &b) { return a.step < b.step; });
    const auto end =
        std::unique(kept.begin(), kept.begin() + count, [](const Kept &a, const Kept &b) { return a.step == b.step; });
    for (auto it = kept.begin(); it != end; ++it)
        appendInOrder(xAtStep(first, last, it->step), it->y, series);
}

} // namespace nereid
