#include "blobfolder.h"

#include <algorithm>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace nereid {

namespace {
const QString partSuffix = QStringLiteral(".part");
}

BlobFolder::BlobFolder(QString folder, qint64 limit)
    : m_folder(std::move(folder))
    , m_limit(limit)
{
    if (!m_folder.isEmpty())
        QDir().mkpath(m_folder);
}

QString BlobFolder::blobsBeside(const QString &sqlCachePath)
{
    QString base = sqlCachePath;
    if (base.endsWith(QLatin1String(".sqlite")))
        base.chop(7);
    return base + QStringLiteral(".blobs");
}

QString BlobFolder::thumbnailsBeside(const QString &sqlCachePath)
{
    QString base = sqlCachePath;
    if (base.endsWith(QLatin1String(".sqlite")))
        base.chop(7);
    return base + QStringLiteral(".thumbnails");
}

bool BlobFolder::isHash(const QString &hash)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(hash).hasMatch();
}

QString BlobFolder::filePath(const QString &name) const
{
    return QDir(m_folder).filePath(name);
}

QString BlobFolder::partPath(const QString &name) const
{
    return filePath(name) + partSuffix;
}

bool BlobFolder::contains(const QString &name) const
{
    return QFileInfo::exists(filePath(name));
}

qint64 BlobFolder::partSize(const QString &name) const
{
    const QFileInfo info(partPath(name));
    return info.exists() ? info.size() : 0;
}

void BlobFolder::touch(const QString &name) const
{
    QFile file(filePath(name));
    // Opening read-write is what setFileTime needs; a file we cannot open is evicted in turn anyway.
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
}

QByteArray BlobFolder::sha256Of(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result().toHex();
}

bool BlobFolder::commitPart(const QString &hash, qint64 size) const
{
    const QString part = partPath(hash);
    const bool sizeOk = size < 0 || QFileInfo(part).size() == size;
    if (!sizeOk || sha256Of(part) != hash.toLatin1()) {
        QFile::remove(part);
        return false;
    }
    QFile::remove(filePath(hash)); // rename() does not replace
    if (!QFile::rename(part, filePath(hash)))
        return false;
    touch(hash);
    return true;
}

bool BlobFolder::store(const QString &name, const QByteArray &bytes) const
{
    QSaveFile file(filePath(name));
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

qint64 BlobFolder::totalSize() const
{
    qint64 total = 0;
    for (const QFileInfo &info : QDir(m_folder).entryInfoList(QDir::Files))
        total += info.size();
    return total;
}

QStringList BlobFolder::evict(const QString &keep) const
{
    if (m_folder.isEmpty()) // QDir("") is the working directory: never clear that
        return {};
    QFileInfoList files = QDir(m_folder).entryInfoList(QDir::Files);
    qint64 total = 0;
    for (const QFileInfo &info : files)
        total += info.size();
    std::sort(files.begin(), files.end(),
              [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() < b.lastModified(); });
    QStringList removed;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QFileInfo &info : std::as_const(files)) {
        if (total <= m_limit)
            break;
        // A part being written grows, so it is recent; one that an interrupted download left behind and nobody
        // resumed goes like any file once it is an hour old, or it would hold its space for ever.
        const bool partInUse = info.fileName().endsWith(partSuffix) && info.lastModified().secsTo(now) < 3600;
        if (info.fileName() == keep || partInUse)
            continue;
        if (QFile::remove(info.filePath())) {
            total -= info.size();
            removed.append(info.fileName());
        }
    }
    return removed;
}

} // namespace nereid
