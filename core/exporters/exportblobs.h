#pragma once

#include <functional>
#include <QCoreApplication>
#include <QJsonObject>

namespace nereid {

class ImportClient;

// Copies the bytes of a project's blobs into the export folder. Each blob is streamed from the server into its file
// a chunk at a time (a blob can be hundreds of MB), checked against the size and SHA-256 its file object gives, and
// written through QSaveFile, so a file is there whole or not at all: a blob missing on the server, a broken
// connection or a full disk leave no half-written file behind.
class ExportBlobs
{
    Q_DECLARE_TR_FUNCTIONS(ExportBlobs)

public:
    // Bytes received of the file being written and its size, for a progress line.
    using Progress = std::function<void(const QString &file, qint64 received, qint64 size)>;

    ExportBlobs(ImportClient *client, QString project);

    void setProgress(Progress progress);
    // Writes the blob that `file` (a file object or file-set entry: "hash", "size") names into `path`, making its
    // folders; false with *error naming the file and the reason.
    bool save(const QJsonObject &file, const QString &path, QString *error);

    int files() const { return m_files; }
    qint64 bytes() const { return m_bytes; }

private:
    ImportClient *m_client;
    QString m_project;
    Progress m_progress;
    int m_files = 0;
    qint64 m_bytes = 0;
};

} // namespace nereid
