#include "syncseriessource.h"

#include "linesfetcher.h"
#include "pointsdownload.h"
#include "seriesfetcher.h"

namespace nereid {

SyncSeriesSource::SyncSeriesSource(ApiConnection &api, Cache &cache, SeriesFetcher &floats, QObject *parent)
    : SeriesSource(parent)
    , m_api(api)
    , m_floats(floats)
    , m_lines(new LinesFetcher(api, cache, this))
{
    connect(&floats, &SeriesFetcher::ready, this, &SeriesSource::ready);
    connect(&floats, &SeriesFetcher::failed, this,
            [this](const SeriesRequest &request, const SyncError &error) { emit failed(request, error.message); });
    connect(m_lines, &LinesFetcher::fetched, this, &SeriesSource::linesFetched);
    connect(m_lines, &LinesFetcher::failed, this,
            [this](const QString &runId, const QString &path, const SyncError &error) {
                emit linesFailed(runId, path, error.message);
            });
}

SyncSeriesSource::~SyncSeriesSource() = default;

void SyncSeriesSource::fetch(const SeriesRequest &request)
{
    m_floats.fetch(request);
}

void SyncSeriesSource::fetchLines(const QString &runId, const QString &path)
{
    m_lines->fetch(runId, path);
}

int SyncSeriesSource::download(const SeriesRequest &range)
{
    const int id = ++m_lastDownload;
    auto *download = new PointsDownload(m_api, range, this);
    m_downloads.insert(id, download);
    connect(download, &PointsDownload::progressed, this,
            [this, id](qint64 received) { emit downloadProgressed(id, received); });
    connect(download, &PointsDownload::failed, this, [this, id, download](const SyncError &error) {
        m_downloads.remove(id);
        download->deleteLater();
        emit downloadFailed(id, error.message);
    });
    connect(download, &PointsDownload::finished, this, [this, id, download] {
        m_downloads.remove(id);
        download->deleteLater();
        emit downloaded(id, download->points());
    });
    download->start();
    return id;
}

void SyncSeriesSource::cancelDownload(int id)
{
    if (const QPointer<PointsDownload> download = m_downloads.take(id)) {
        download->cancel();
        download->deleteLater();
    }
}

} // namespace nereid
