#include "seriesfetcher.h"

#include "apiconnection.h"
#include "cache/cache.h"
#include "pointspage.h"

#include <algorithm>

namespace nereid {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

} // namespace

SeriesFetcher::SeriesFetcher(ApiConnection &api, Cache &cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{
}

void SeriesFetcher::fetch(const SeriesRequest &request)
{
    const std::optional<FieldRecord> series = m_cache.series(request.runId, request.path);
    if (!series || series->type != FieldType::FloatSeries) {
        emit failed(request,
                    {SyncError::Kind::Refused, tr("Run %1 has no float series %2.").arg(request.runId, request.path)});
        return;
    }
    if (m_cache.cachedPointCount(request.runId, request.path) >= series->count)
        return answerFromCache(request);
    if (series->count <= m_rawLimit) {
        const auto underWay = m_rawUnderWay.find(seriesKey(request));
        if (underWay != m_rawUnderWay.end())
            return underWay->append(request);
        m_rawUnderWay.insert(seriesKey(request), {request});
        return fetchRaw(request, m_cache.lastCachedStep(request.runId, request.path).value_or(-qInf()));
    }
    fetchReduced(request);
}

QString SeriesFetcher::seriesPath(const SeriesRequest &request, const QString &route)
{
    return QStringLiteral("/runs/%1/%2?path=%3")
        .arg(request.runId, route, QString::fromLatin1(QUrl::toPercentEncoding(request.path)));
}

void SeriesFetcher::fetchRaw(const SeriesRequest &request, double after)
{
    // `after` is inclusive: the cached last point comes again.
    m_api.getRaw(
        PointsPage::path(request, after, qInf(), m_pageSize), this,
        [this, request, after](const ApiResult &result, const QByteArray &body) {
            onRaw(request, after, result, body);
        },
        PointsPage::Accept);
}

void SeriesFetcher::onRaw(const SeriesRequest &request, double after, const ApiResult &result, const QByteArray &body)
{
    if (result.error.isError())
        return finishRaw(request, &result.error);
    Result<PointsPage> page = PointsPage::read(result, body, request.path);
    if (!page) {
        const SyncError error = SyncError::badAnswer(page.error().message);
        return finishRaw(request, &error);
    }
    QList<FloatPoint> points = std::move(page.value().points);
    // Only what follows the cache's last step now: the cache may have grown since the request was sent.
    const double last = std::max(after, m_cache.lastCachedStep(request.runId, request.path).value_or(-qInf()));
    points.removeIf([last](const FloatPoint &point) { return point.step <= last; });
    if (!points.isEmpty() && !m_cache.appendPoints(request.runId, request.path, points)) {
        const SyncError error = SyncError::storage(m_cache.errorString());
        return finishRaw(request, &error);
    }
    if (page->next && !points.isEmpty())
        return fetchRaw(request, points.last().step);
    finishRaw(request, nullptr);
}

void SeriesFetcher::finishRaw(const SeriesRequest &request, const SyncError *error)
{
    const QList<SeriesRequest> waiting = m_rawUnderWay.take(seriesKey(request));
    for (const SeriesRequest &one : waiting.isEmpty() ? QList<SeriesRequest>{request} : waiting) {
        if (error)
            emit failed(one, *error);
        else
            answerFromCache(one);
    }
}

void SeriesFetcher::fetchReduced(const SeriesRequest &request)
{
    QString path = seriesPath(request, QStringLiteral("series/reduced")) +
                   QStringLiteral("&buckets=%1").arg(std::clamp(request.width, 1, 100000));
    if (request.from > -qInf())
        path += QStringLiteral("&from=") + number(request.from);
    if (request.to < qInf())
        path += QStringLiteral("&to=") + number(request.to);
    if (request.smoothing > 0)
        path += QStringLiteral("&smoothing=") + number(request.smoothing);
    m_api.get(path, this, [this, request](const ApiResult &result) {
        SeriesView view;
        if (result.error.isError())
            return emit failed(request, result.error);
        if (!view.readBuckets(result.json))
            return emit failed(request,
                               SyncError::badAnswer(tr("the buckets of %1 cannot be read.").arg(request.path)));
        emit ready(request, view);
    });
}

void SeriesFetcher::answerFromCache(const SeriesRequest &request)
{
    SeriesView view;
    view.points = m_cache.points(request.runId, request.path, request.from, request.to);
    emit ready(request, view);
}

} // namespace nereid
