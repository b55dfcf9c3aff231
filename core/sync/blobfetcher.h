#pragma once

#include "cache/blobfolder.h"
#include "cache/blobsource.h"

#include <memory>
#include <QHash>
#include <QThreadPool>

class QNetworkReply;

namespace nereid {

class ApiConnection;

// The app's BlobSource over HTTP: GET .../blobs/{hash} streamed into the BlobFolder's .part file, resumed with a
// Range (and If-Range, so a changed blob comes whole) when an earlier download was cut, checked against its SHA-256
// on a worker thread before it is used, then the folder is held under its limit. A server that is down or answers
// something else than the blob is a failed() with words a user understands; the .part of a cut download is kept
// for the next try, a damaged one removed.
class BlobFetcher : public BlobSource
{
    Q_OBJECT

public:
    BlobFetcher(ApiConnection &api, BlobFolder folder, QObject *parent = nullptr);
    ~BlobFetcher() override;

    QString cachedPath(const QString &hash) override;
    void fetch(const QString &project, const QString &hash, qint64 size = -1) override;
    void fetchFilePoints(const QString &runId, const QString &path) override;

    BlobFolder &folder() { return m_folder; }
    void setLimit(qint64 bytes);

private:
    struct Download;
    void start(const QString &project, const QString &hash, qint64 size);
    void onReadyRead(Download &download);
    void onFinished(const QString &hash);
    void verify(const QString &hash, qint64 size);
    void fail(const QString &hash, const QString &message);
    void fetchPointsPage(const QString &runId, const QString &path, const QString &from, QJsonArray points);

    ApiConnection &m_api;
    BlobFolder m_folder;
    QHash<QString, std::shared_ptr<Download>> m_downloads;
    QThreadPool m_verifiers; // waited for on destruction, so no check outlives the fetcher
};

} // namespace nereid
