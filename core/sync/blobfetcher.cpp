#include "blobfetcher.h"

#include "apiconnection.h"

#include <QFile>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QPointer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcBlobs, "nereid.sync.blobs")

namespace nereid {

struct BlobFetcher::Download
{
    QString project;
    qint64 size = -1;
    QFile part;
    QNetworkReply *reply = nullptr;
    bool statusSeen = false;
    bool writing = false; // the answer is the blob (200) or its rest (206), not an error
    QString writeError;
};

BlobFetcher::BlobFetcher(ApiConnection &api, BlobFolder folder, QObject *parent)
    : BlobSource(parent)
    , m_api(api)
    , m_folder(std::move(folder))
{
    m_verifiers.setMaxThreadCount(1);
}

BlobFetcher::~BlobFetcher()
{
    for (const std::shared_ptr<Download> &download : std::as_const(m_downloads)) {
        if (download->reply) {
            download->reply->disconnect(this);
            download->reply->abort();
            download->reply->deleteLater();
        }
    }
    m_verifiers.waitForDone();
}

void BlobFetcher::setLimit(qint64 bytes)
{
    m_folder.setLimit(bytes);
    m_folder.evict();
}

QString BlobFetcher::cachedPath(const QString &hash)
{
    if (!BlobFolder::isHash(hash) || !m_folder.contains(hash))
        return {};
    m_folder.touch(hash);
    return m_folder.filePath(hash);
}

void BlobFetcher::fetch(const QString &project, const QString &hash, qint64 size)
{
    if (!BlobFolder::isHash(hash)) {
        QMetaObject::invokeMethod(
            this, [this, hash] { fail(hash, tr("“%1” is not a file's hash.").arg(hash)); }, Qt::QueuedConnection);
        return;
    }
    if (m_downloads.contains(hash))
        return;
    if (const QString path = cachedPath(hash); !path.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, hash, path] { emit ready(hash, path); }, Qt::QueuedConnection);
        return;
    }
    start(project, hash, size);
}

void BlobFetcher::start(const QString &project, const QString &hash, qint64 size)
{
    auto download = std::make_shared<Download>();
    download->project = project;
    download->size = size;
    download->part.setFileName(m_folder.partPath(hash));
    if (!download->part.open(QIODevice::ReadWrite | QIODevice::Append)) {
        m_downloads.insert(hash, download);
        return fail(hash, tr("The file cannot be written to the cache: %1").arg(download->part.errorString()));
    }
    QList<QPair<QByteArray, QByteArray>> headers;
    const qint64 have = download->part.size();
    if (have > 0) {
        // The rest of a download that was cut; If-Range makes the server send all of it if the tag differs.
        headers.append({"Range", "bytes=" + QByteArray::number(have) + '-'});
        headers.append({"If-Range", '"' + hash.toLatin1() + '"'});
        qCDebug(lcBlobs) << "resuming" << hash << "at" << have;
    }
    const QString path = QStringLiteral("/projects/%1/blobs/%2").arg(project, hash);
    download->reply = m_api.download(path, headers);
    download->reply->setReadBufferSize(1 << 20); // stream to disk, never the whole file in memory
    m_downloads.insert(hash, download);
    Download *raw = download.get();
    connect(download->reply, &QNetworkReply::readyRead, this, [this, raw] { onReadyRead(*raw); });
    connect(download->reply, &QNetworkReply::downloadProgress, this,
            [this, hash, have, size](qint64 received, qint64) { emit progressed(hash, have + received, size); });
    connect(download->reply, &QNetworkReply::finished, this, [this, hash] { onFinished(hash); });
}

void BlobFetcher::onReadyRead(Download &download)
{
    if (!download.statusSeen) {
        download.statusSeen = true;
        const int status = download.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        download.writing = status == 200 || status == 206;
        if (status == 200) // the whole blob, whatever the .part held
            download.part.resize(0);
    }
    if (!download.writing)
        return; // an error's JSON, read when it ends
    const QByteArray bytes = download.reply->readAll();
    if (download.writeError.isEmpty() && download.part.write(bytes) != bytes.size())
        download.writeError = download.part.errorString();
}

void BlobFetcher::onFinished(const QString &hash)
{
    const std::shared_ptr<Download> download = m_downloads.value(hash);
    if (!download)
        return;
    QNetworkReply *reply = download->reply;
    reply->deleteLater();
    // The rest of the body, or the status of an empty blob, which has no readyRead.
    if (download->writing || (!download->statusSeen && reply->error() == QNetworkReply::NoError))
        onReadyRead(*download);
    download->reply = nullptr;
    download->part.close();
    const ApiResult answer = download->writing ? ApiResult{} : ApiConnection::answerOf(reply);
    if (reply->error() != QNetworkReply::NoError && download->writing) {
        // Cut mid-body: what came stays in the .part, and the next fetch asks for the rest.
        const ApiResult cut = ApiConnection::answerOf(reply);
        return fail(hash, cut.error.isError() ? cut.error.message : reply->errorString());
    }
    if (!download->writeError.isEmpty())
        return fail(hash, tr("The file cannot be written to the cache: %1").arg(download->writeError));
    if (answer.status == 416) {
        // Nothing is left to come: the .part is the whole blob (cut before it was checked), or longer, so not a
        // piece of it. The check tells; a wrong one is removed and the next fetch starts afresh.
        if (download->size >= 0 && m_folder.partSize(hash) == download->size)
            return verify(hash, download->size);
        QFile::remove(m_folder.partPath(hash));
        m_downloads.remove(hash);
        return start(download->project, hash, download->size);
    }
    if (answer.error.isError())
        return fail(hash, answer.error.message);
    verify(hash, download->size);
}

void BlobFetcher::verify(const QString &hash, qint64 size)
{
    QPointer<BlobFetcher> self(this);
    BlobFolder folder = m_folder;
    m_verifiers.start([self, folder, hash, size] {
        const bool ok = folder.commitPart(hash, size);
        if (ok)
            folder.evict(hash);
        // The fetcher waits for this task on destruction, so it is still alive here.
        QMetaObject::invokeMethod(
            self.data(),
            [self, hash, ok, path = folder.filePath(hash)] {
                self->m_downloads.remove(hash);
                if (ok)
                    emit self->ready(hash, path);
                else
                    emit self->failed(hash, tr("The file that came from the server is damaged: its SHA-256 is not %1. "
                                               "Try again; if it stays so, the server's copy is damaged.")
                                                .arg(hash.left(12) + QStringLiteral("…")));
            },
            Qt::QueuedConnection);
    });
}

void BlobFetcher::fetchFilePoints(const QString &runId, const QString &path)
{
    fetchPointsPage(runId, path, {}, {});
}

void BlobFetcher::fetchPointsPage(const QString &runId, const QString &path, const QString &from, QJsonArray points)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("path"), path);
    query.addQueryItem(QStringLiteral("layout"), QStringLiteral("points"));
    if (!from.isEmpty())
        query.addQueryItem(QStringLiteral("from"), from);
    const QString url =
        QStringLiteral("/runs/%1/series?%2")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(runId)), query.toString(QUrl::FullyEncoded));
    m_api.get(url, this, [this, runId, path, points](const ApiResult &result) mutable {
        if (result.error.isError())
            return emit filePointsFailed(runId, path, result.error.message);
        for (const QJsonValue &point : result.json.value(QStringLiteral("points")).toArray())
            points.append(point);
        const QJsonValue next = result.json.value(QStringLiteral("next"));
        if (next.isDouble())
            return fetchPointsPage(runId, path, QString::number(next.toDouble(), 'g', 17), points);
        emit filePointsReady(runId, path, points);
    });
}

void BlobFetcher::fail(const QString &hash, const QString &message)
{
    qCInfo(lcBlobs) << "fetching" << hash << "failed:" << message;
    m_downloads.remove(hash);
    emit failed(hash, message);
}

} // namespace nereid
