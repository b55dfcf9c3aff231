#pragma once

#include <QString>
#include <QStringList>

namespace nereid {

// The app's copies of file contents (issue 18), one file per blob named by its SHA-256, in a folder beside the
// SQL cache. A download goes to "<hash>.part" and only a verified one becomes "<hash>": a reader never sees a file
// half written or damaged. The folder is held under a byte limit by removing the least recently used files; a file's
// modification time records its last use, so the order survives restarts without a database of its own.
class BlobFolder
{
public:
    static constexpr qint64 DefaultLimit = qint64(2) << 30; // 2 GiB

    explicit BlobFolder(QString folder, qint64 limit = DefaultLimit);

    // "<cache>.blobs" beside "<cache>.sqlite", and "<cache>.thumbnails" for the gallery's scaled images.
    static QString blobsBeside(const QString &sqlCachePath);
    static QString thumbnailsBeside(const QString &sqlCachePath);
    // 64 lower-case hex digits: only such names are joined to the folder, so no name leaves it.
    static bool isHash(const QString &hash);

    const QString &folder() const { return m_folder; }
    qint64 limit() const { return m_limit; }
    void setLimit(qint64 bytes) { m_limit = bytes; }

    QString filePath(const QString &name) const;
    QString partPath(const QString &name) const;
    bool contains(const QString &name) const;
    qint64 partSize(const QString &name) const;
    // Marks the file as just used, so eviction takes it last.
    void touch(const QString &name) const;

    // Checks that the .part file has `hash` as its SHA-256 (and, when `size` is not negative, that many bytes) and
    // moves it into place; else removes it. Reads the whole file: call it off the GUI thread for big ones.
    bool commitPart(const QString &hash, qint64 size = -1) const;
    // Stores `bytes` under `name` directly (thumbnails made here), written to .part and renamed.
    bool store(const QString &name, const QByteArray &bytes) const;
    static QByteArray sha256Of(const QString &filePath);

    // Removes least recently used files (never `keep`) until the folder holds at most limit() bytes; the names
    // removed, oldest first. Partial downloads are kept: they are resumed, and count as used when written.
    QStringList evict(const QString &keep = {}) const;
    qint64 totalSize() const;

private:
    QString m_folder;
    qint64 m_limit;
};

} // namespace nereid
