#include "chartfetchplan.h"

#include "cache/cache.h"
#include "cache/seriessource.h"
#include "chartmodel.h"

#include <algorithm>

namespace nereid {

ChartFetchPlan::ChartFetchPlan(Cache &cache, const ChartModel &chart)
    : m_cache(cache)
    , m_chart(chart)
{
    connect(&cache, &Cache::fieldsChanged, this, &ChartFetchPlan::onFieldsChanged);
    // Each position of the smoothing slider would be a request per reduced run; the last one is what counts.
    m_smoothingFetch.setSingleShot(true);
    m_smoothingFetch.setInterval(150);
    connect(&m_smoothingFetch, &QTimer::timeout, this, &ChartFetchPlan::fetchMissing);
}

void ChartFetchPlan::setSource(SeriesSource *source)
{
    if (source == m_source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (!m_source)
        return;
    connect(m_source, &SeriesSource::ready, this, &ChartFetchPlan::onFetched);
    connect(m_source, &SeriesSource::failed, this, &ChartFetchPlan::onFailed);
    // Back online: what failed is asked for again.
    connect(m_source, &SeriesSource::reachable, this, [this] {
        if (!m_error.isEmpty())
            fetchMissing();
    });
}

void ChartFetchPlan::reset()
{
    m_reduced.clear();
    m_asked.clear();
    m_stepTimes.clear();
}

void ChartFetchPlan::dropBuckets()
{
    m_reduced.clear();
}

void ChartFetchPlan::smoothingChanged()
{
    if (!m_reduced.empty())
        m_smoothingFetch.start(); // the server smooths the series the cache does not hold
}

const ReducedSeries *ChartFetchPlan::reduced(const QString &key) const
{
    const auto it = m_reduced.find(key);
    return it == m_reduced.end() ? nullptr : &it->second;
}

void ChartFetchPlan::fetchMissing()
{
    if (!m_source)
        return;
    for (const QString &key : m_chart.lineKeys())
        fetchLine(key);
}

void ChartFetchPlan::fetchLine(const QString &key)
{
    const QString runId = m_chart.runOf(key);
    const QString path = m_chart.pathOf(key);
    const std::optional<FieldRecord> summary = m_cache.series(runId, path);
    if (!summary || summary->type != FieldType::FloatSeries || m_cache.cachedPointCount(runId, path) >= summary->count)
        return;
    const auto [from, to] = stepsInViewOf(key);
    const SeriesRequest request{runId, path, from, to, m_chart.width(), m_chart.smoothing()};
    m_asked.insert_or_assign(key, request);
    m_source->fetch(request);
}

// The sync brought a shown run's new summary of the series (an active run logged points): its new points are
// fetched, after the cached ones or as the server's buckets of the view.
void ChartFetchPlan::onFieldsChanged(const QString &runId, const QStringList &paths)
{
    if (!m_source)
        return;
    for (const QString &path : paths)
        if (const QString key = m_chart.keyOf(runId, path); m_chart.series(key) && m_chart.pathOf(key) == path)
            fetchLine(key);
}

// The server's ranges are steps: a zoom on a time axis asks for the steps whose times are in view, or for the whole
// series while those are not known yet.
std::pair<double, double> ChartFetchPlan::stepsInViewOf(const QString &key) const
{
    if (!m_chart.isZoomed())
        return {-qInf(), qInf()};
    if (m_chart.xAxisMode() == XAxisMode::Step)
        return m_chart.view();
    return stepsInView(key).value_or(std::pair{-qInf(), qInf()});
}

XAxis ChartFetchPlan::axisOf(const QString &key) const
{
    const auto known = m_stepTimes.find(key);
    if (known != m_stepTimes.end() && !known->second.isEmpty())
        return XAxis(m_chart.xAxisMode(), known->second.first().second);
    const ChartSeries *held = m_chart.series(key);
    return XAxis(m_chart.xAxisMode(), held && !held->points().isEmpty() ? held->points().first().timestamp : 0);
}

// From the first known point at or after the view's start, one back, to the last at or before its end, one on:
// the buckets of those steps cover the view.
std::optional<std::pair<double, double>> ChartFetchPlan::stepsInView(const QString &key) const
{
    const auto known = m_stepTimes.find(key);
    if (known == m_stepTimes.end() || known->second.isEmpty())
        return std::nullopt;
    const QList<std::pair<double, double>> &stepTimes = known->second;
    const auto [viewFrom, viewTo] = m_chart.view();
    const double origin = m_chart.xAxisMode() == XAxisMode::RelativeTime ? stepTimes.first().second : 0;
    // Plain doubles, not the bindings themselves: clang before 16 cannot capture a structured binding.
    const double start = viewFrom + origin, end = viewTo + origin;
    const auto isAfterStart = [start](const std::pair<double, double> &point) { return point.second >= start; };
    const auto isBeforeEnd = [end](const std::pair<double, double> &point) { return point.second <= end; };
    const qsizetype first = std::find_if(stepTimes.begin(), stepTimes.end(), isAfterStart) - stepTimes.begin();
    const qsizetype last = stepTimes.rend() - std::find_if(stepTimes.rbegin(), stepTimes.rend(), isBeforeEnd) - 1;
    if (first == stepTimes.size() || last < 0)
        return std::nullopt; // the view is beside the run's points
    const double from = stepTimes[std::max<qsizetype>(first - 1, 0)].first;
    const double to = stepTimes[std::min(last + 1, stepTimes.size() - 1)].first;
    return from <= to ? std::optional{std::pair{from, to}} : std::nullopt;
}

QString ChartFetchPlan::keyOf(const SeriesRequest &request) const
{
    const QString key = m_chart.keyOf(request.runId, request.path);
    return m_chart.series(key) && m_chart.pathOf(key) == request.path ? key : QString();
}

void ChartFetchPlan::onFetched(const SeriesRequest &request, const SeriesView &view)
{
    const QString key = keyOf(request);
    if (key.isEmpty())
        return;
    m_error.clear();
    if (view.reduced) {
        const auto asked = m_asked.find(key);
        if (asked != m_asked.end() && !(asked->second == request))
            return; // an earlier zoom's or smoothing's answer, come late
        if (request.from == -qInf() && !view.buckets.isEmpty()) {
            QList<std::pair<double, double>> &stepTimes = m_stepTimes[key];
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
        m_reduced.insert_or_assign(key, ReducedSeries(view.buckets, axisOf(key)));
    }
    // Raw points were cached on the way: pointsAdded has brought them into the run's series already.
    emit changed();
}

void ChartFetchPlan::onFailed(const SeriesRequest &request, const QString &message)
{
    if (keyOf(request).isEmpty())
        return;
    m_error = tr("The points of %1 in run %2 could not be fetched: %3").arg(request.path, request.runId, message);
    emit changed();
}

} // namespace nereid
