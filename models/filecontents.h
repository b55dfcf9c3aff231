#pragma once

#include <QJsonArray>
#include <QObject>
#include <QPointer>

namespace nereid {

class BlobSource;

// What the views see of the blob cache (issue 18): they cannot reach core/cache, so this passes a file's hash to the
// BlobSource and its local path back. A null source (tests of the cache alone, a window without a server) answers
// every request with failed().
class FileContents : public QObject
{
    Q_OBJECT

public:
    explicit FileContents(BlobSource *source, QObject *parent = nullptr);

    // ready() with the verified local copy, or failed(); nothing is fetched before this is called.
    void request(const QString &project, const QString &hash, qint64 size = -1);
    // The points of a file series: filePointsReady() with [step, file object, timestamp] each, or filePointsFailed().
    void requestFilePoints(const QString &runId, const QString &path);
    // The local copy if the cache has it (no fetch), else empty.
    QString cachedPath(const QString &hash) const;

signals:
    void filePointsReady(const QString &runId, const QString &path, const QJsonArray &points);
    void filePointsFailed(const QString &runId, const QString &path, const QString &message);
    void ready(const QString &hash, const QString &path);
    void failed(const QString &hash, const QString &message);

private:
    QPointer<BlobSource> m_source;
};

} // namespace nereid
