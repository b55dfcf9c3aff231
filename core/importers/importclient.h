#pragma once

#include "retriedexchange.h"

#include <functional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrl>

class QNetworkReply;

namespace nereid {

// The few routes of the HTTP API an import needs, called one at a time and waited for: an import is a batch job
// on the command line, and batches of points are large enough that one request in flight keeps the server busy.
class ImportClient
{
    Q_DECLARE_TR_FUNCTIONS(ImportClient)

public:
    ImportClient(const QUrl &server, const QString &token);

    // The project's runs (trashed ones too) that carry a custom_run_id: custom id -> {id, import fingerprint}.
    bool listRuns(const QString &project, QMap<QString, QPair<QString, QString>> *runs, QString *error);
    // The project, created when it does not exist yet (a new user's first import goes into a new project).
    bool ensureProject(const QString &project, QString *error);
    // POST .../runs: creates or resumes; the run object.
    bool createOrResume(const QString &project, const QJsonObject &body, QJsonObject *run, QString *error);
    bool post(const QString &route, const QJsonObject &body, QString *error);
    bool post(const QString &route, const QJsonObject &body, QJsonObject *answer, QString *error);
    // POST of a JSON body written already (the importers write batches of points straight to bytes).
    bool postJson(const QString &route, const QByteArray &json, QString *error);
    // PUT .../blobs/{sha256}: stores a file's bytes in the project's blob store; *hash is their SHA-256.
    bool putBlob(const QString &project, const QByteArray &bytes, QString *hash, QString *error);
    // The same for the bytes of `content` (open for reading, seekable), which must hash to `sha256`: read twice, a
    // chunk at a time (once to hash, once to send), never whole, since a blob can be hundreds of MB.
    bool putBlob(const QString &project, const QString &sha256, QIODevice *content, QString *error);
    // GET .../blobs/{sha256}: hands the blob's bytes to `sink` a chunk at a time as they arrive (false from the sink
    // stops the download; it has set *error). Only the bytes of a successful answer reach the sink.
    bool getBlob(const QString &project, const QString &sha256, const std::function<bool(const QByteArray &)> &sink,
                 QString *error);
    // Called as the bytes of a file upload (putBlob of a device) go out: bytes sent and the file's size.
    void setUploadProgress(std::function<void(qint64 sent, qint64 total)> progress);
    // GET of any route (the export reads runs and series points through it).
    bool get(const QString &route, QJsonObject *answer, QString *error);
    // GET asking for `accept`: the answer's bytes as they came (the binary form of float-series points).
    bool getBytes(const QString &route, const QByteArray &accept, QByteArray *bytes, QString *error);

    // A request the server could not take just then (no connection, 429, 502, 503, 504) is sent again after
    // 0.25, 1 and 4 s before it counts as failed (RetriedExchange): a restarting server does not end an import.
    static constexpr int Attempts = RetriedExchange::Attempts;

private:
    struct Exchange
    {
        QByteArray verb;
        QString route;
        QByteArray body;
        QByteArray type = QByteArrayLiteral("application/json");
        QByteArray accept;
    };
    bool exchange(const Exchange &exchange, QByteArray *received, QString *error);
    // The same request streamed: `upload`'s bytes as the body, or the answer's bytes into `sink`.
    bool transfer(const Exchange &exchange, QIODevice *upload, const std::function<bool(const QByteArray &)> &sink,
                  QString *error);
    QNetworkRequest prepare(const Exchange &exchange, QUrl *url) const;
    QString failure(const Exchange &exchange, const QUrl &url, int status, const QString &networkError,
                    const QByteArray &received) const;
    bool request(const QByteArray &verb, const QString &route, const QJsonObject *body, QJsonObject *answer,
                 QString *error);

    QNetworkAccessManager m_network;
    std::function<void(qint64, qint64)> m_uploadProgress;
    QUrl m_server;
    QByteArray m_authorization;
};

} // namespace nereid
