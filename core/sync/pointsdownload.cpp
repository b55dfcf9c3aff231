#include "pointsdownload.h"

#include "apiconnection.h"
#include "seriesfetcher.h"

#include <QNetworkReply>

namespace nereid {

PointsDownload::PointsDownload(ApiConnection &api, const SeriesRequest &range, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_range(range)
{
}

void PointsDownload::start()
{
    m_points.clear();
    m_cancelled = false;
    fetchFrom(m_range.from);
}

void PointsDownload::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void PointsDownload::fetchFrom(double step)
{
    QString path =
        SeriesFetcher::seriesPath(m_range, QStringLiteral("series")) + QStringLiteral("&limit=%1").arg(m_pageSize);
    if (step > -qInf())
        path += QStringLiteral("&from=") + QString::number(step, 'g', 17);
    if (m_range.to < qInf())
        path += QStringLiteral("&to=") + QString::number(m_range.to, 'g', 17);
    m_reply = m_api.get(path, this, [this](const ApiResult &result) { onPage(result); });
}

void PointsDownload::onPage(const ApiResult &result)
{
    if (m_cancelled)
        return;
    if (result.error.isError())
        return emit failed(result.error);
    const qsizetype before = m_points.size();
    if (!SeriesView::readPoints(result.json, m_points))
        return emit failed(SyncError::badAnswer(tr("the points of %1 are not a list of points.").arg(m_range.path)));
    emit progressed(m_points.size());
    // `next` is where the next page starts; a page that brought nothing (or a next that does not move on) would
    // ask for the same page for ever.
    const QJsonValue next = result.json.value(QStringLiteral("next"));
    if (next.isDouble() && m_points.size() > before && next.toDouble() > m_points.last().step)
        return fetchFrom(next.toDouble());
    emit finished();
}

} // namespace nereid
