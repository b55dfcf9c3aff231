#include "filecontents.h"

#include "cache/blobsource.h"

namespace nereid {

FileContents::FileContents(BlobSource *source, QObject *parent)
    : QObject(parent)
    , m_source(source)
{
    if (!m_source)
        return;
    connect(m_source, &BlobSource::ready, this, &FileContents::ready);
    connect(m_source, &BlobSource::failed, this, &FileContents::failed);
    connect(m_source, &BlobSource::filePointsReady, this, &FileContents::filePointsReady);
    connect(m_source, &BlobSource::filePointsFailed, this, &FileContents::filePointsFailed);
}

void FileContents::request(const QString &project, const QString &hash, qint64 size)
{
    if (m_source) {
        m_source->fetch(project, hash, size);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, hash] { emit failed(hash, tr("Files cannot be fetched without a connection to the server.")); },
        Qt::QueuedConnection);
}

void FileContents::requestFilePoints(const QString &runId, const QString &path)
{
    if (m_source) {
        m_source->fetchFilePoints(runId, path);
        return;
    }
    QMetaObject::invokeMethod(
        this,
        [this, runId, path] {
            emit filePointsFailed(runId, path, tr("Files cannot be fetched without a connection to the server."));
        },
        Qt::QueuedConnection);
}

QString FileContents::cachedPath(const QString &hash) const
{
    return m_source ? m_source->cachedPath(hash) : QString();
}

} // namespace nereid
