#include "blobupload.h"

#include "apierror.h"

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <QDir>
#include <QFileInfo>
#include <sys/stat.h>
#include <unistd.h>

namespace nereid {

namespace {

// How much of an upload may wait in the page cache before its write to the disk is started: the disk works while
// the rest arrives, so the fsync at the end has little left to do.
constexpr qint64 FlushWindow = qint64(8) * 1024 * 1024;

// Makes a rename or a new file in `folder` survive a power cut.
void syncFolder(const QString &folder)
{
    const int handle = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (handle >= 0) {
        ::fsync(handle);
        ::close(handle);
    }
}

} // namespace

BlobUpload::BlobUpload(QString temporary, QString target, QString sha256, qint64 size)
    : m_temporary(std::move(temporary))
    , m_target(std::move(target))
    , m_sha256(std::move(sha256))
    , m_size(size)
{
    EVP_DigestInit_ex(m_hash.get(), EVP_sha256(), nullptr);
    m_file = ::open(QFile::encodeName(m_temporary).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
    if (m_file < 0) {
        const int error = errno;
        m_finished = true; // nothing of this upload's to remove
        fail("create", error);
    }
}

BlobUpload::~BlobUpload()
{
    if (!m_finished)
        closeAndRemove();
}

void BlobUpload::write(const char *data, qsizetype size)
{
    if (m_written + size > m_size)
        throw ApiError(400, QStringLiteral("blob_mismatch"),
                       QStringLiteral("The upload is longer than the %1 bytes announced.").arg(m_size));
    EVP_DigestUpdate(m_hash.get(), data, std::size_t(size));
    for (qsizetype done = 0; done < size;) {
        const ssize_t wrote = ::write(m_file, data + done, size_t(size - done));
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote < 0)
            fail("write", errno);
        done += wrote;
    }
    m_written += size;
    if (m_written - m_flushing >= FlushWindow) { // failures show in the fsync of finish()
        ::sync_file_range(m_file, m_flushing, m_written - m_flushing, SYNC_FILE_RANGE_WRITE);
        m_flushing = m_written;
    }
}

void BlobUpload::finish()
{
    if (m_written != m_size)
        throw ApiError(400, QStringLiteral("blob_mismatch"),
                       QStringLiteral("The upload has %1 bytes, not the %2 announced.").arg(m_written).arg(m_size));
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_hash.get(), digest, &length);
    if (QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(digest), int(length)).toHex()) !=
        m_sha256)
        throw ApiError(400, QStringLiteral("blob_mismatch"),
                       QStringLiteral("The upload's SHA-256 is not the %1 announced.").arg(m_sha256));
    if (::fsync(m_file) != 0)
        fail("flush", errno);
    ::close(m_file);
    m_file = -1;
    const QString folder = QFileInfo(m_target).path();
    QDir().mkpath(folder);
    // rename(2) replaces an equal blob another upload put there meanwhile: the same bytes either way.
    if (::rename(QFile::encodeName(m_temporary).constData(), QFile::encodeName(m_target).constData()) != 0)
        fail("move", errno);
    m_finished = true;
    syncFolder(folder);
}

void BlobUpload::fail(const char *what, int error)
{
    if (!m_finished)
        closeAndRemove();
    m_finished = true; // nothing left to clean up
    if (error == ENOSPC || error == EDQUOT)
        throw ApiError(507, QStringLiteral("insufficient_storage"),
                       QStringLiteral("The server's disk is full: the file was not stored."));
    // qt_error_string() calls strerror_r: uploads on several threads may fail at once.
    throw ApiError(
        500, QStringLiteral("storage_error"),
        QStringLiteral("The file could not be stored (%1: %2).").arg(QLatin1String(what), qt_error_string(error)));
}

void BlobUpload::closeAndRemove()
{
    if (m_file >= 0)
        ::close(m_file);
    m_file = -1;
    ::unlink(QFile::encodeName(m_temporary).constData());
}

} // namespace nereid
