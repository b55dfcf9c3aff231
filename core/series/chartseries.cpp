#include "chartseries.h"

#include <algorithm>

namespace nereid {

ChartSeries::ChartSeries(XAxisMode mode, double smoothing)
    : m_mode(mode)
    , m_smoothing(std::clamp(smoothing, 0.0, EmaSmoother::MaxWeight))
    , m_smoother(m_smoothing)
{
}

void ChartSeries::setXAxisMode(XAxisMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    layOut();
}

void ChartSeries::setSmoothing(double weight)
{
    weight = std::clamp(weight, 0.0, EmaSmoother::MaxWeight);
    if (weight == m_smoothing)
        return;
    m_smoothing = weight;
    layOut();
}

std::optional<double> ChartSeries::lastStep() const
{
    if (m_points.isEmpty())
        return std::nullopt;
    return m_points.last().step;
}

qsizetype ChartSeries::append(const QList<FloatPoint> &points)
{
    const std::optional<double> last = lastStep();
    const auto firstNew = std::find_if(points.begin(), points.end(),
                                       [&last](const FloatPoint &point) { return !last || point.step > *last; });
    const qsizetype from = m_points.size();
    if (m_points.isEmpty() && firstNew == points.begin())
        m_points = points; // shared, not copied: a chart's first read of a run is its whole series
    else
        m_points.append(QList<FloatPoint>(firstNew, points.end()));
    extendLines(from);
    return m_points.size() - from;
}

void ChartSeries::layOut()
{
    m_line.clear();
    m_smoothed.clear();
    m_smoother = EmaSmoother(m_smoothing);
    m_timesSetBack = 0;
    extendLines(0);
}

void ChartSeries::extendLines(qsizetype from)
{
    // Relative time counts from the run's first point, which the chart holds: it reads the whole cached series.
    // constFirst(): first() would copy the points the chart shares with the cache's read (100 runs of 100,000).
    const double origin = m_points.isEmpty() ? 0 : m_points.constFirst().timestamp;
    const std::span<const FloatPoint> added(m_points.constData() + from, std::size_t(m_points.size() - from));
    m_timesSetBack += XAxis(m_mode, origin).append(added, m_line);
    if (m_smoothing > 0)
        m_smoother.extend(m_line, m_smoothed);
}

} // namespace nereid
