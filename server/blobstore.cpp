#include "blobstore.h"

#include "apierror.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace nereid {

namespace {

const QString Uploads = QStringLiteral("uploads");

} // namespace

std::atomic<quint64> BlobStore::s_uploads{0};

BlobStore::BlobStore(const QString &dataDir, Opening opening)
    : m_root(QDir(dataDir).filePath(QStringLiteral("blobs")))
{
    QDir(m_root).mkpath(Uploads);
    if (opening == Opening::KeepUploads)
        return;
    // Uploads cut short by a crash: none is under way when the store opens.
    QDir uploads(QDir(m_root).filePath(Uploads));
    for (const QString &name : uploads.entryList(QDir::Files | QDir::Hidden))
        uploads.remove(name);
}

bool BlobStore::isHash(QStringView text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                      (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
           });
}

QString BlobStore::pathOf(const QString &sha256) const
{
    return m_root + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

bool BlobStore::contains(const QString &sha256) const
{
    return isHash(sha256) && QFile::exists(pathOf(sha256));
}

std::unique_ptr<BlobUpload> BlobStore::begin(const QString &sha256, qint64 size, qint64 limit)
{
    if (!isHash(sha256))
        throw ApiError(400, QStringLiteral("invalid_hash"),
                       QStringLiteral("A file's hash is 64 lowercase hex digits."));
    if (size < 0 || size > limit)
        throw ApiError(413, QStringLiteral("file_too_large"),
                       QStringLiteral("A file may have at most %1 bytes; this one has %2.").arg(limit).arg(size));
    const QString temporary = QDir(m_root).filePath(Uploads + QLatin1Char('/') + sha256 + QLatin1Char('.') +
                                                    QString::number(QCoreApplication::applicationPid()) +
                                                    QLatin1Char('.') + QString::number(++s_uploads));
    return std::make_unique<BlobUpload>(temporary, pathOf(sha256), sha256, size);
}

QStringList BlobStore::hashes() const
{
    QStringList found;
    QDirIterator it(m_root, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString folder = it.next();
        if (it.fileName() == Uploads)
            continue;
        for (const QString &name : QDir(folder).entryList(QDir::Files))
            if (isHash(name))
                found.append(name);
    }
    found.sort();
    return found;
}

bool BlobStore::remove(const QString &sha256)
{
    return isHash(sha256) && QFile::remove(pathOf(sha256));
}

} // namespace nereid
