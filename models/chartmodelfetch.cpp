// ChartModel: the points the cache does not hold, through the SeriesFetcher.
#include "cache/cache.h"
#include "chartmodel.h"
#include "sync/seriesfetcher.h"

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
    for (const QString &runId : m_runIds) {
        const std::optional<FieldRecord> summary = m_cache.series(runId, m_path);
        if (!summary || summary->type != FieldType::FloatSeries ||
            m_cache.cachedPointCount(runId, m_path) >= summary->count)
            continue;
        SeriesRequest request{runId, m_path, -qInf(), qInf(), m_width};
        // The server's ranges are steps: a zoom on a time axis asks for the whole series at the plot's width.
        if (!m_wholeExtent && m_mode == XAxisMode::Step) {
            request.from = m_from;
            request.to = m_to;
        }
        m_fetcher->fetch(request);
    }
}

void ChartModel::onFetched(const SeriesRequest &request, const SeriesView &view)
{
    if (request.path != m_path || !m_series.contains(request.runId))
        return;
    m_fetchError.clear();
    if (view.reduced) {
        if (request.from == -qInf() && !view.buckets.isEmpty())
            m_reducedOrigin[request.runId] = view.buckets.first().first.timestamp;
        const auto origin = m_reducedOrigin.find(request.runId);
        const XAxis axis(m_mode, origin == m_reducedOrigin.end() ? 0 : origin->second);
        SeriesData line;
        for (const SeriesBucket &bucket : view.buckets)
            axis.appendBucket(bucket.first, bucket.minStep, bucket.minValue, bucket.maxStep, bucket.maxValue,
                              bucket.last, line);
        m_reduced.insert_or_assign(request.runId, std::move(line));
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
