#include "seriesfetcher.h"

#include "apiconnection.h"
#include "cache/cache.h"

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
    if (series->count <= m_rawLimit)
        return fetchRaw(request, m_cache.lastCachedStep(request.runId, request.path).value_or(-qInf()));
    fetchReduced(request);
}

QString SeriesFetcher::seriesPath(const SeriesRequest &request, const QString &route) const
{
    return QStringLiteral("/runs/%1/%2?path=%3")
        .arg(request.runId, route, QString::fromLatin1(QUrl::toPercentEncoding(request.path)));
}

void SeriesFetcher::fetchRaw(const SeriesRequest &request, double after)
{
    QString path = seriesPath(request, QStringLiteral("series")) + QStringLiteral("&limit=%1").arg(m_pageSize);
    if (after > -qInf())
        path += QStringLiteral("&from=") + number(after); // inclusive: the cached last point comes again
    m_api.get(path, this, [this, request, after](const ApiResult &result) { onRaw(request, after, result); });
}

void SeriesFetcher::onRaw(const SeriesRequest &request, double after, const ApiResult &result)
{
    QList<FloatPoint> points;
    if (result.error.isError())
        return emit failed(request, result.error);
    if (!SeriesView::readPoints(result.json, points))
        return emit failed(request,
                           SyncError::badAnswer(tr("the points of %1 are not a list of points.").arg(request.path)));
    points.removeIf([after](const FloatPoint &point) { return point.step <= after; });
    if (!points.isEmpty() && !m_cache.appendPoints(request.runId, request.path, points))
        return emit failed(request, SyncError::storage(m_cache.errorString()));
    const QJsonValue next = result.json.value(QStringLiteral("next"));
    if (next.isDouble() && !points.isEmpty())
        return fetchRaw(request, points.last().step);
    answerFromCache(request);
}

void SeriesFetcher::fetchReduced(const SeriesRequest &request)
{
    QString path = seriesPath(request, QStringLiteral("series/reduced")) +
                   QStringLiteral("&buckets=%1").arg(std::clamp(request.width, 1, 100000));
    if (request.from > -qInf())
        path += QStringLiteral("&from=") + number(request.from);
    if (request.to < qInf())
        path += QStringLiteral("&to=") + number(request.to);
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
