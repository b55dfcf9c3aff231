// ChartModel: the points the cache does not hold, through the SeriesFetcher.
#include "cache/cache.h"
#include "chartmodel.h"
#include "sync/seriesfetcher.h"

#include <algorithm>

namespace nereid {

void ChartModel::setFetcher(SeriesFetcher *fetcher)
{
    if (fetcher == m_fetcher)
        return;
    if (m_fetcher)
        disconnect(m_fetcher, nullptr, this, nullptr);
    m_fetcher = fetcher;
    if (m_fetcher) {
        connect(m_fetcher, &SeriesFetcher::ready, this, &ChartModel::onFetched);
        connect(m_fetcher, &SeriesFetcher::failed, this, &ChartModel::onFetchFailed);
    }
}

void ChartModel::fetchMissing()
{
    if (!m_fetcher)
        return;
    for (const QString &runId : m_runIds)
        fetchRun(runId);
}

void ChartModel::fetchRun(const QString &runId)
{
    const std::optional<FieldRecord> summary = m_cache.series(runId, m_path);
    if (!summary || summary->type != FieldType::FloatSeries ||
        m_cache.cachedPointCount(runId, m_path) >= summary->count)
        return;
    const auto [from, to] = stepsInViewOf(runId);
    const SeriesRequest request{runId, m_path, from, to, m_width, m_smoothing};
    m_asked.insert_or_assign(runId, request);
    m_fetcher->fetch(request);
}

// The sync brought a shown run's new summary of the series (an active run logged points): its new points are
// fetched, after the cached ones or as the server's buckets of the view.
void ChartModel::onFieldsChanged(const QString &runId, const QStringList &paths)
{
    if (m_fetcher && m_series.contains(runId) && paths.contains(m_path))
        fetchRun(runId);
}

// The server's ranges are steps: a zoom on a time axis asks for the steps whose times are in view, or for the whole
// series while those are not known yet.
std::pair<double, double> ChartModel::stepsInViewOf(const QString &runId) const
{
    if (m_wholeExtent)
        return {-qInf(), qInf()};
    if (m_mode == XAxisMode::Step)
        return {m_from, m_to};
    return stepsInView(runId).value_or(std::pair{-qInf(), qInf()});
}

XAxis ChartModel::axisOf(const QString &runId) const
{
    const auto known = m_stepTimes.find(runId);
    if (known != m_stepTimes.end() && !known->second.isEmpty())
        return XAxis(m_mode, known->second.first().second);
    const ChartSeries *held = series(runId);
    return XAxis(m_mode, held && !held->points().isEmpty() ? held->points().first().timestamp : 0);
}

QList<FloatPoint> ChartModel::pointsInView(const QString &runId, const QList<FloatPoint> &points) const
{
    SeriesData laidOut;
    axisOf(runId).append(points, laidOut);
    const auto [from, to] = view();
    const std::span<const double> xs = laidOut.xs();
    const qsizetype first = std::lower_bound(xs.begin(), xs.end(), from) - xs.begin();
    const qsizetype last = std::upper_bound(xs.begin(), xs.end(), to) - xs.begin();
    return points.mid(first, last - first);
}

// From the first known point at or after the view's start, one back, to the last at or before its end, one on:
// the buckets of those steps cover the view.
std::optional<std::pair<double, double>> ChartModel::stepsInView(const QString &runId) const
{
    const auto known = m_stepTimes.find(runId);
    if (known == m_stepTimes.end() || known->second.isEmpty())
        return std::nullopt;
    const QList<std::pair<double, double>> &stepTimes = known->second;
    const double origin = m_mode == XAxisMode::RelativeTime ? stepTimes.first().second : 0;
    const auto isAfterStart = [&](const std::pair<double, double> &point) { return point.second >= m_from + origin; };
    const auto isBeforeEnd = [&](const std::pair<double, double> &point) { return point.second <= m_to + origin; };
    const qsizetype first = std::find_if(stepTimes.begin(), stepTimes.end(), isAfterStart) - stepTimes.begin();
    const qsizetype last = stepTimes.rend() - std::find_if(stepTimes.rbegin(), stepTimes.rend(), isBeforeEnd) - 1;
    if (first == stepTimes.size() || last < 0)
        return std::nullopt; // the view is beside the run's points
    const double from = stepTimes[std::max<qsizetype>(first - 1, 0)].first;
    const double to = stepTimes[std::min(last + 1, stepTimes.size() - 1)].first;
    return from <= to ? std::optional{std::pair{from, to}} : std::nullopt;
}

void ChartModel::onFetched(const SeriesRequest &request, const SeriesView &view)
{
    if (request.path != m_path || !m_series.contains(request.runId))
        return;
    m_fetchError.clear();
    if (view.reduced) {
        const auto asked = m_asked.find(request.runId);
        if (asked != m_asked.end() && !(asked->second == request))
            return; // an earlier zoom's or smoothing's answer, come late
        if (request.from == -qInf() && !view.buckets.isEmpty()) {
            QList<std::pair<double, double>> &stepTimes = m_stepTimes[request.runId];
            stepTimes.clear();
            // A time lower than the one before (a clock set back) is drawn at that one (see XAxis): so here too.
            double time = -qInf();
            for (const SeriesBucket &bucket : view.buckets) {
                time = std::max(time, bucket.first.timestamp);
                stepTimes << std::pair{bucket.first.step, time};
                time = std::max(time, bucket.last.timestamp);
                stepTimes << std::pair{bucket.last.step, time};
            }
        }
        m_reduced.insert_or_assign(request.runId, ReducedSeries(view.buckets, axisOf(request.runId)));
    }
    // Raw points were cached on the way: pointsAdded has brought them into the run's series already.
    emit changed();
}

void ChartModel::onFetchFailed(const SeriesRequest &request, const SyncError &error)
{
    if (request.path != m_path || !m_series.contains(request.runId))
        return;
    m_fetchError =
        tr("The points of %1 in run %2 could not be fetched: %3").arg(request.path, request.runId, error.message);
    emit changed();
}

} // namespace nereid
