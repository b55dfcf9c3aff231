#pragma once

#include <memory>
#include <openssl/evp.h>
#include <QString>

namespace nereid {

// One file's bytes on their way into the BlobStore (issue 18): written as they arrive to a temporary file of their
// own, hashed on the way, and moved into place by finish() only once their size and SHA-256 are the ones announced
// and the bytes are on the disk. An upload that fails or is dropped (a body cut short, a client gone) leaves
// nothing behind. Failures throw ApiError: 400 blob_mismatch, 413 file_too_large, 507 insufficient_storage.
class BlobUpload
{
public:
    // `temporary` is a path of its own in the store's folder of uploads; `target` where the blob goes.
    BlobUpload(QString temporary, QString target, QString sha256, qint64 size);
    ~BlobUpload();
    BlobUpload(const BlobUpload &) = delete;
    BlobUpload &operator=(const BlobUpload &) = delete;

    void write(const char *data, qsizetype size);
    // Checks, flushes and moves the blob into place (or, when the store has it already, drops the copy).
    void finish();
    qint64 written() const { return m_written; }

private:
    // The store's file calls (POSIX: a full disk has to be told apart from other failures, by errno).
    [[noreturn]] void fail(const char *what, int error);
    void closeAndRemove();

    QString m_temporary;
    QString m_target;
    QString m_sha256;
    qint64 m_size;
    qint64 m_written = 0;
    qint64 m_flushing = 0; // bytes whose write to the disk has been started
    int m_file = -1;
    bool m_finished = false;
    // OpenSSL's SHA-256 rather than QCryptographicHash: it uses the CPU's SHA extensions, several times faster, and
    // hashing is most of an upload's CPU time.
    std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX *)> m_hash{EVP_MD_CTX_new(), EVP_MD_CTX_free};
};

} // namespace nereid
