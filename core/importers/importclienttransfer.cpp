#include "importclient.h"

#include <QEventLoop>
#include <QIODevice>
#include <QNetworkReply>

namespace nereid {

void ImportClient::setUploadProgress(std::function<void(qint64 sent, qint64 total)> progress)
{
    m_uploadProgress = std::move(progress);
}

// Blobs go through here rather than exchange(): their bytes are streamed from a file or into a sink, so a blob of
// hundreds of MB never sits in memory whole.
bool ImportClient::transfer(const Exchange &exchange, QIODevice *upload,
                            const std::function<bool(const QByteArray &)> &sink, QString *error)
{
    QUrl url;
    QNetworkRequest request = prepare(exchange, &url);
    if (upload)
        request.setHeader(QNetworkRequest::ContentLengthHeader, upload->size());
    for (int attempt = 1;; ++attempt) {
        if (upload && !upload->seek(0)) {
            *error = tr("the file to upload cannot be read again: %1").arg(upload->errorString());
            return false;
        }
        QNetworkReply *reply = upload ? m_network.sendCustomRequest(request, exchange.verb, upload)
                                      : m_network.sendCustomRequest(request, exchange.verb, exchange.body);
        reply->setReadBufferSize(1 << 20); // the sink paces the download: a slow disk holds the socket back
        bool sunk = false, sinkFailed = false;
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (!sink || sinkFailed || status < 200 || status >= 300)
                return;
            sunk = true;
            if (!sink(reply->readAll())) {
                sinkFailed = true;
                reply->abort();
            }
        });
        if (upload && m_uploadProgress)
            QObject::connect(reply, &QNetworkReply::uploadProgress, &loop,
                             [this](qint64 sent, qint64 total) { m_uploadProgress(sent, total); });
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        if (sinkFailed)
            return false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool ok = status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError;
        const QByteArray rest = reply->readAll();
        if (ok && sink && !rest.isEmpty() && !sink(rest))
            return false;
        if (ok)
            return true;
        // A download that has handed bytes on cannot start again without the sink knowing; it fails instead.
        if (!sunk && attempt < Attempts && RetriedExchange::transient(status, RetriedExchange::Retry::Unavailable)) {
            RetriedExchange::pauseAfter(attempt);
            continue;
        }
        *error =
            status >= 200 && status < 300
                ? tr("%1 %2 broke off: %3").arg(QString::fromLatin1(exchange.verb), url.path(), reply->errorString())
                : failure(exchange, url, status, reply->errorString(), rest);
        return false;
    }
}

} // namespace nereid
