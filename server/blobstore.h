#pragma once

#include "blobupload.h"

#include <atomic>
#include <memory>
#include <QStringList>

namespace nereid {

// The server's content-addressed store of file contents (issue 18): each blob is a file named by the SHA-256 of
// its bytes, under <data folder>/blobs/<its first two hex digits>/, so the same content uploaded twice is kept
// once and a client can ask first whether the server has it. Uploads stream into blobs/uploads/ (BlobUpload), and a
// blob in place is always whole.
class BlobStore
{
public:
    explicit BlobStore(const QString &dataDir);

    // 64 lowercase hexadecimal digits.
    static bool isHash(QStringView text);

    bool contains(const QString &sha256) const;
    QString pathOf(const QString &sha256) const;
    // Starts storing `size` bytes whose SHA-256 is `sha256`; ApiError 413 file_too_large above `limit` bytes.
    std::unique_ptr<BlobUpload> begin(const QString &sha256, qint64 size, qint64 limit);
    // The blobs in place (for the collection of those no field refers to any more).
    QStringList hashes() const;
    bool remove(const QString &sha256);

private:
    QString m_root;
    std::atomic<quint64> m_uploads{0}; // numbers the temporary files of uploads under way
};

} // namespace nereid
