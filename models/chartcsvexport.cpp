#include "chartcsvexport.h"

#include "cache/seriessource.h"
#include "chartmodel.h"

#include <QSaveFile>
#include <utility>

namespace nereid {

ChartCsvExport::ChartCsvExport(const ChartModel &model, const QStringList &keys, const QString &filePath,
                               QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_keys(keys)
    , m_filePath(filePath)
{
}

bool ChartCsvExport::needsDownload() const
{
    return std::any_of(m_keys.begin(), m_keys.end(), [this](const QString &id) { return m_model.isReduced(id); });
}

qint64 ChartCsvExport::expectedPoints() const
{
    qint64 expected = 0;
    for (const QString &runId : m_keys)
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
    if (needsDownload() && !m_model.source())
        return fail(tr("The points in view are not in the cache, and there is no server to download them from."));
    downloadNext();
}

void ChartCsvExport::cancel()
{
    m_cancelled = true;
    if (m_download && m_source)
        m_source->cancelDownload(*std::exchange(m_download, std::nullopt));
}

void ChartCsvExport::downloadNext()
{
    for (; m_next < m_keys.size(); ++m_next) {
        const QString &key = m_keys[m_next];
        if (!m_model.isReduced(key)) {
            m_runs.append(csvRun(key, m_model.pointsInView(key)));
            continue;
        }
        const auto [from, to] = m_model.stepsInViewOf(key);
        watchSource();
        m_download = m_source->download({m_model.runOf(key), m_model.pathOf(key), from, to});
        return;
    }
    write();
}

// The path goes in the file only for a chart of several: a chart of one writes the same file as before.
SeriesCsv::Run ChartCsvExport::csvRun(const QString &key, QList<FloatPoint> points) const
{
    return {m_model.runOf(key), m_model.paths().size() > 1 ? m_model.pathOf(key) : QString(), std::move(points)};
}

void ChartCsvExport::watchSource()
{
    if (m_source)
        return;
    m_source = m_model.source();
    connect(m_source, &SeriesSource::downloadProgressed, this, [this](int id, qint64 received) {
        if (id == m_download)
            emit progressed(m_received + received, expectedPoints());
    });
    connect(m_source, &SeriesSource::downloadFailed, this, [this](int id, const QString &message) {
        if (id != m_download)
            return;
        m_download.reset();
        fail(tr("The points of %1 in run %2 could not be downloaded: %3")
                 .arg(m_model.pathOf(m_keys.value(m_next)), m_model.runOf(m_keys.value(m_next)), message));
    });
    connect(m_source, &SeriesSource::downloaded, this, [this](int id, const QList<FloatPoint> &points) {
        if (id != m_download)
            return;
        m_download.reset();
        m_received += points.size();
        // The steps asked for bracket the view (on a time axis a little more): what lies in view is written.
        m_runs.append(csvRun(m_keys[m_next], m_model.pointsInView(m_keys[m_next], points)));
        ++m_next;
        downloadNext();
    });
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
