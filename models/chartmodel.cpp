#include "chartmodel.h"

#include "cache/cache.h"
#include "series/logscaleclipper.h"
#include "series/m4reducer.h"

#include <algorithm>
#include <limits>

namespace nereid {

ChartModel::ChartModel(Cache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
    connect(&m_cache, &Cache::pointsAdded, this, &ChartModel::onPointsAdded);
}

void ChartModel::setSeries(const QString &path, const QStringList &runIds)
{
    m_path = path;
    m_runIds = runIds;
    m_series.clear();
    m_runNames.clear();
    for (const QString &runId : runIds) {
        ChartSeries &series = m_series.try_emplace(runId, m_mode, m_smoothing).first->second;
        series.append(m_cache.points(runId, path));
        const std::optional<RunRecord> run = m_cache.run(runId);
        m_runNames[runId] = run ? run->name : QString();
    }
    emit changed();
}

void ChartModel::setXAxisMode(XAxisMode mode)
{
    m_mode = mode;
    for (auto &[runId, series] : m_series)
        series.setXAxisMode(mode);
    m_wholeExtent = true; // a step range means nothing on a time axis
    emit changed();
}

void ChartModel::setSmoothing(double weight)
{
    m_smoothing = weight;
    for (auto &[runId, series] : m_series)
        series.setSmoothing(weight);
    emit changed();
}

void ChartModel::setLogY(bool logY)
{
    m_logY = logY;
    emit changed();
}

void ChartModel::setView(double from, double to, int width)
{
    m_from = from;
    m_to = to;
    m_width = std::max(width, 1);
    m_wholeExtent = false;
    emit changed();
}

void ChartModel::resetView()
{
    m_wholeExtent = true;
    emit changed();
}

std::pair<double, double> ChartModel::extent() const
{
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const auto &[runId, series] : m_series) {
        if (!series.line().isEmpty()) {
            low = std::min(low, series.line().xs().front());
            high = std::max(high, series.line().xs().back());
        }
    }
    return low <= high ? std::pair{low, high} : std::pair{0.0, 1.0};
}

std::pair<double, double> ChartModel::view() const
{
    return m_wholeExtent ? extent() : std::pair{m_from, m_to};
}

const ChartSeries *ChartModel::series(const QString &runId) const
{
    const auto it = m_series.find(runId);
    return it == m_series.end() ? nullptr : &it->second;
}

QList<ChartModel::Line> ChartModel::lines() const
{
    const auto [from, to] = view();
    const PixelColumns columns(from, to, m_width);
    QList<Line> lines;
    for (const QString &runId : m_runIds)
        lines.append(lineOf(runId, m_series.at(runId), columns));
    if (m_logY)
        clipToLogFloor(lines);
    return lines;
}

ChartModel::Line ChartModel::lineOf(const QString &runId, const ChartSeries &series, const PixelColumns &columns) const
{
    Line line{runId, m_runNames.at(runId), M4Reducer::reduce(series.line(), columns), {}, {}, 0};
    if (series.smoothing() > 0)
        line.smoothed = M4Reducer::reduce(series.smoothedLine(), columns);
    if (m_logY) {
        const std::span<const double> xs = series.line().xs();
        const auto first = std::lower_bound(xs.begin(), xs.end(), columns.from()) - xs.begin();
        const auto last = std::upper_bound(xs.begin(), xs.end(), columns.to()) - xs.begin();
        line.nonPositive = LogScaleClipper::countNonPositive(series.line().ys().subspan(first, last - first));
    }
    return line;
}

// One floor for the whole chart, below the lowest positive value of any run, so every clipped point sits on it.
void ChartModel::clipToLogFloor(QList<Line> &lines) const
{
    QList<QList<QPointF>> drawn;
    for (const Line &line : lines)
        drawn << line.raw << line.smoothed;
    const double floor = LogScaleClipper::floorFor(drawn);
    for (Line &line : lines) {
        line.clipped = LogScaleClipper::clip(line.raw, floor);
        LogScaleClipper::clip(line.smoothed, floor);
    }
}

void ChartModel::onPointsAdded(const QString &runId, const QString &path)
{
    const auto it = m_series.find(runId);
    if (path != m_path || it == m_series.end())
        return;
    const std::optional<double> last = it->second.lastStep();
    const QList<FloatPoint> points = m_cache.points(runId, path, last ? *last : -qInf());
    if (it->second.append(points) > 0)
        emit changed();
}

} // namespace nereid
