#include "thumbnailcache.h"

#include "cache/blobfolder.h"
#include "filecontents.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QPointer>

namespace nereid {

ThumbnailCache::ThumbnailCache(FileContents *contents, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_contents(contents)
    , m_folder(folder)
{
    // Thumbnails are small and remade at will: the folder is trimmed once a session, oldest first.
    if (!m_folder.isEmpty())
        BlobFolder(m_folder, MaxFolderBytes).evict();
    m_images.setMaxCost(256 << 20); // 20 runs x 50 steps of 160 px thumbnails take about 100 MB
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    connect(m_contents, &FileContents::ready, this, &ThumbnailCache::onBlobReady);
    connect(m_contents, &FileContents::failed, this, &ThumbnailCache::onBlobFailed);
}

ThumbnailCache::~ThumbnailCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QString ThumbnailCache::thumbnailPath(const QString &hash) const
{
    return QDir(m_folder).filePath(hash + QStringLiteral("-%1.png").arg(Size));
}

QImage ThumbnailCache::thumbnail(const QString &project, const QString &hash)
{
    if (const QImage *image = m_images.object(hash))
        return *image;
    if (m_pending.contains(hash) || m_failures.contains(hash))
        return {};
    m_pending.insert(hash);
    if (QFileInfo::exists(thumbnailPath(hash)))
        load(hash, {});
    else if (const QString blob = m_contents->cachedPath(hash); !blob.isEmpty())
        load(hash, blob);
    else
        m_contents->request(project, hash);
    return {};
}

void ThumbnailCache::onBlobReady(const QString &hash, const QString &path)
{
    if (m_pending.contains(hash))
        load(hash, path);
}

void ThumbnailCache::onBlobFailed(const QString &hash, const QString &message)
{
    if (m_pending.remove(hash)) {
        m_failures.insert(hash, message);
        emit thumbnailFailed(hash, message);
    }
}

void ThumbnailCache::load(const QString &hash, const QString &blobPath)
{
    QPointer<ThumbnailCache> self(this);
    const QString saved = thumbnailPath(hash);
    m_pool.start([self, hash, blobPath, saved] {
        QImage image;
        QString error;
        if (blobPath.isEmpty()) {
            image.load(saved, "PNG");
        } else {
            QImageReader reader(blobPath);
            reader.setDecideFormatFromContent(true);
            reader.setAutoTransform(true);
            const QSize full = reader.size();
            // Decoding at the small size is much quicker for formats that can (JPEG); others are scaled after.
            if (full.isValid() && (full.width() > Size || full.height() > Size))
                reader.setScaledSize(full.scaled(Size, Size, Qt::KeepAspectRatio));
            image = reader.read();
            if (!image.isNull() && (image.width() > Size || image.height() > Size))
                image = image.scaled(Size, Size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            if (image.isNull())
                error = reader.errorString();
            else
                image.save(saved, "PNG");
        }
        // The cache waits for this task on destruction, so it is still alive here.
        QMetaObject::invokeMethod(
            self.data(), [self, hash, image, error] { self->onLoaded(hash, image, error); }, Qt::QueuedConnection);
    });
}

void ThumbnailCache::onLoaded(const QString &hash, const QImage &image, const QString &error)
{
    m_pending.remove(hash);
    if (image.isNull()) {
        const QString message = error.isEmpty() ? tr("The image cannot be read.") : error;
        m_failures.insert(hash, message);
        emit thumbnailFailed(hash, message);
        return;
    }
    m_images.insert(hash, new QImage(image), int(std::min<qint64>(image.sizeInBytes(), INT_MAX)));
    emit thumbnailReady(hash);
}

} // namespace nereid
