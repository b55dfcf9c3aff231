#include "pointsdownload.h"

#include "apiconnection.h"
#include "pointspage.h"

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
    m_reply = m_api.getRaw(
        PointsPage::path(m_range, step, m_range.to, m_pageSize), this,
        [this](const ApiResult &result, const QByteArray &body) { onPage(result, body); }, PointsPage::Accept);
}

void PointsDownload::onPage(const ApiResult &result, const QByteArray &body)
{
    if (m_cancelled)
        return;
    if (result.error.isError())
        return emit failed(result.error);
    Result<PointsPage> page = PointsPage::read(result, body, m_range.path);
    if (!page)
        return emit failed(SyncError::badAnswer(page.error().message));
    // `next` is where the next page starts; a page that brought nothing (or a next that does not move on) would
    // ask for the same page for ever.
    const std::optional<double> next = page->next;
    const bool more = next && !page->points.isEmpty() && *next > page->points.last().step;
    m_points.append(std::move(page.value().points));
    emit progressed(m_points.size());
    if (more)
        return fetchFrom(*next);
    emit finished();
}

} // namespace nereid
