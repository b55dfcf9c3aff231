#include "chartcsvexport.h"

#include "chartmodel.h"
#include "sync/pointsdownload.h"
#include "sync/seriesfetcher.h"

#include <QSaveFile>

namespace nereid {

ChartCsvExport::ChartCsvExport(const ChartModel &model, const QStringList &runIds, const QString &filePath,
                               QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_runIds(runIds)
    , m_filePath(filePath)
{
}

bool ChartCsvExport::needsDownload() const
{
    return std::any_of(m_runIds.begin(), m_runIds.end(), [this](const QString &id) { return m_model.isReduced(id); });
}

qint64 ChartCsvExport::expectedPoints() const
{
    qint64 expected = 0;
    for (const QString &runId : m_runIds)
        if (const ReducedSeries *reduced = m_model.reduced(runId))
            expected += reduced->pointCount();
    return expected;
}

void ChartCsvExport::start()
{
    m_runs.clear();
    m_next = 0;
    m_received = 0;
    m_cancelled = false;
    if (needsDownload() && !m_model.fetcher())
        return fail(tr("The points in view are not in the cache, and there is no server to download them from."));
    downloadNext();
}

void ChartCsvExport::cancel()
{
    m_cancelled = true;
    if (m_download)
        m_download->cancel();
}

void ChartCsvExport::downloadNext()
{
    for (; m_next < m_runIds.size(); ++m_next) {
        const QString &runId = m_runIds[m_next];
        if (!m_model.isReduced(runId)) {
            m_runs.append({runId, m_model.pointsInView(runId)});
            continue;
        }
        const auto [from, to] = m_model.stepsInViewOf(runId);
        auto *download = new PointsDownload(m_model.fetcher()->api(), {runId, m_model.path(), from, to}, this);
        m_download = download;
        connect(download, &PointsDownload::progressed, this,
                [this](qint64 received) { emit progressed(m_received + received, expectedPoints()); });
        connect(download, &PointsDownload::failed, this, [this, download](const SyncError &error) {
            download->deleteLater();
            fail(tr("The points of %1 in run %2 could not be downloaded: %3")
                     .arg(download->range().path, download->range().runId, error.message));
        });
        connect(download, &PointsDownload::finished, this, [this, download] {
            download->deleteLater();
            m_received += download->points().size();
            // The steps asked for bracket the view (on a time axis a little more): what lies in view is written.
            m_runs.append({download->range().runId, m_model.pointsInView(download->range().runId, download->points())});
            ++m_next;
            downloadNext();
        });
        download->start();
        return;
    }
    write();
}

void ChartCsvExport::write()
{
    if (m_cancelled)
        return;
    QSaveFile file(m_filePath);
    QString error;
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1 cannot be written: %2").arg(m_filePath, file.errorString()));
    if (!SeriesCsv::write(file, m_runs, &error))
        return fail(error);
    if (!file.commit())
        return fail(tr("%1 cannot be written: %2").arg(m_filePath, file.errorString()));
    emit finished(true, QString());
}

void ChartCsvExport::fail(const QString &message)
{
    if (!m_cancelled)
        emit finished(false, message);
}

} // namespace nereid
