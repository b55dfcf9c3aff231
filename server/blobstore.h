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
    // Uploads cut short by a crash are cleared by the one store a serving process opens first (KeepUploads for
    // every other, and for `nereid-server gc`, which may run beside a server whose uploads are under way).
    enum class Opening
    {
        ClearUploads,
        KeepUploads
    };
    explicit BlobStore(const QString &dataDir, Opening opening = Opening::ClearUploads);

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
    // Numbers the temporary files of uploads under way: one count for the process, since every serving thread has a
    // store of its own.
    static std::atomic<quint64> s_uploads;
};

} // namespace nereid
