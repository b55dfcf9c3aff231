#pragma once

#include "certificatepin.h"
#include "serverprofile.h"
#include "syncerror.h"

#include <functional>
#include <optional>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>

namespace nereid {

// One answer of the API: its status and JSON object, or why there is none.
struct ApiResult
{
    int status = 0;
    QJsonObject json;
    SyncError error;
    QByteArray contentType; // of a getRaw() answer, without parameters: "application/json"
};

// Asynchronous requests to one server profile: every call returns at once and its handler runs later from
// the event loop, so the GUI thread never waits on the network. Requests give up after a timeout.
class ApiConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const ApiResult &)>;

    explicit ApiConnection(ServerProfile profile, QObject *parent = nullptr);

    const ServerProfile &profile() const { return m_profile; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // The handler is dropped if `context` is destroyed before the answer arrives. Aborting the returned
    // reply ends the request; its handler then gets a Timeout error.
    QNetworkReply *get(const QString &path, QObject *context, Handler done);
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QJsonObject &body, QObject *context,
                        Handler done);
    // Like get(), but a successful answer comes as its bytes, unread, for a caller that reads big answers
    // away from the GUI thread (see ChangesPage); `result` then has only its status and content type. Errors come
    // as get() gives them, with an empty body. `accept`, when given, is sent as the Accept header (GET
    // .../series answers binary points to it).
    using RawHandler = std::function<void(const ApiResult &result, const QByteArray &body)>;
    QNetworkReply *getRaw(const QString &path, QObject *context, RawHandler done, const QByteArray &accept = {});

    // A GET whose answer the caller reads as it comes (readyRead), with extra headers (Range, If-Range): a file
    // downloaded to disk (BlobFetcher). The caller deletes the reply; answerOf() reads an error answer.
    QNetworkReply *download(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers);
    // The answer of a finished reply as get() would give it: its status, JSON and error.
    static ApiResult answerOf(QNetworkReply *reply) { return read(reply); }

    // How many requests were sent (the sync speed goal counts them).
    int requestCount() const { return m_requests; }

    // Trusts the certificate with this SHA-256 digest for the profile's server from now on (the user pinned it).
    void pinCertificate(const QByteArray &fingerprint);

signals:
    // A request failed on a certificate the profile does not trust (error.certificate, error.kind says whether
    // another one is pinned). Each failing connection says so, so several may come at once.
    void certificateRefused(const nereid::SyncError &error);

private:
    QNetworkReply *start(QNetworkReply *reply, QObject *context, std::function<void(QNetworkReply *)> done);
    QNetworkRequest request(const QString &path) const;
    static ApiResult read(QNetworkReply *reply);
    // The transport error, if the reply has one: then neither status nor body can be trusted.
    static std::optional<SyncError> transportError(QNetworkReply *reply, int status);

    QNetworkAccessManager m_manager;
    ServerProfile m_profile;
    CertificatePin m_pin;
    int m_timeoutMs = 15000;
    int m_requests = 0;
};

} // namespace nereid
