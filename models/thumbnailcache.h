#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace nereid {

class FileContents;

// The gallery's small images (issue 18), kept apart from the blobs they are made of: scaled to at most Size pixels
// on a worker thread from the blob cache's copy, saved as PNG in a folder of their own (so a warm start reads a few
// KB per image, not the full images), and held in memory for scrolling. Asking for one that is not in memory answers
// a null image and thumbnailReady() later: from disk, or after its blob was fetched (only then is anything fetched).
class ThumbnailCache : public QObject
{
    Q_OBJECT

public:
    static constexpr int Size = 160;
    static constexpr qint64 MaxFolderBytes = qint64(256) << 20;

    ThumbnailCache(FileContents *contents, const QString &folder, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    // The thumbnail of blob `hash` of `project`, or null when it is on its way.
    QImage thumbnail(const QString &project, const QString &hash);
    bool contains(const QString &hash) const { return m_images.contains(hash); }
    // Why a thumbnail could not be made (its blob cannot come, or is no image); empty when none.
    QString failure(const QString &hash) const { return m_failures.value(hash); }

signals:
    void thumbnailReady(const QString &hash);
    void thumbnailFailed(const QString &hash, const QString &message);

private:
    void load(const QString &hash, const QString &blobPath);
    void onLoaded(const QString &hash, const QImage &image, const QString &error);
    void onBlobReady(const QString &hash, const QString &path);
    void onBlobFailed(const QString &hash, const QString &message);
    QString thumbnailPath(const QString &hash) const;

    FileContents *m_contents;
    QString m_folder;
    QCache<QString, QImage> m_images; // cost: bytes
    QSet<QString> m_pending;
    QHash<QString, QString> m_failures;
    QThreadPool m_pool; // waited for on destruction
};

} // namespace nereid
