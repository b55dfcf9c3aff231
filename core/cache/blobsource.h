#pragma once

#include <QJsonArray>
#include <QObject>

namespace nereid {

// How the app's models ask for a file's contents (issue 18); core/sync answers (BlobFetcher). Like SeriesSource, it
// keeps the server out of the models: they name a blob by its hash and get a local file path back. Nothing is
// fetched unless asked: a synced run's files stay on the server until someone looks at them.
class BlobSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~BlobSource() override;

    // The verified local copy of the blob, or empty when it is not cached (it is then marked as just used).
    virtual QString cachedPath(const QString &hash) = 0;
    // Fetches the blob of `project` ("workspace/project") into the cache: ready() with its path, or failed(). A blob
    // already cached answers ready() at once (queued); asking again while it comes asks nothing more.
    virtual void fetch(const QString &project, const QString &hash, qint64 size = -1) = 0;

    // Every point of the file series `path` of `runId` (GET .../series, page after page): filePointsReady() with
    // the points as the API gives them, [step, file object, timestamp], or filePointsFailed(). Only the descriptions
    // come; the images are fetch()ed one by one as they are shown.
    virtual void fetchFilePoints(const QString &runId, const QString &path) = 0;

signals:
    void filePointsReady(const QString &runId, const QString &path, const QJsonArray &points);
    void filePointsFailed(const QString &runId, const QString &path, const QString &message);
    void ready(const QString &hash, const QString &path);
    void failed(const QString &hash, const QString &message);
    void progressed(const QString &hash, qint64 received, qint64 total);
};

} // namespace nereid
