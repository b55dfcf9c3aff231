#include "apiconnection.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace nereid {

ApiConnection::ApiConnection(ServerProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_pin(&m_manager, m_profile.baseUrl, m_profile.pinnedCertificate)
{
    connect(&m_pin, &CertificatePin::refused, this, &ApiConnection::certificateRefused);
}

void ApiConnection::pinCertificate(const QByteArray &fingerprint)
{
    m_profile.pinnedCertificate = fingerprint;
    m_pin.setFingerprint(fingerprint);
}

QNetworkRequest ApiConnection::request(const QString &path) const
{
    QNetworkRequest request(m_profile.apiUrl(path));
    request.setRawHeader("Authorization", "Bearer " + m_profile.token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    return request;
}

QNetworkReply *ApiConnection::get(const QString &path, QObject *context, Handler done)
{
    return start(m_manager.get(request(path)), context,
                 [done = std::move(done)](QNetworkReply *reply) { done(read(reply)); });
}

QNetworkReply *ApiConnection::getRaw(const QString &path, QObject *context, RawHandler done, const QByteArray &accept)
{
    QNetworkRequest raw = request(path);
    if (!accept.isEmpty())
        raw.setRawHeader("Accept", accept);
    return start(m_manager.get(raw), context, [done = std::move(done)](QNetworkReply *reply) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (transportError(reply, status) || status >= 400 || status == 0)
            return done(read(reply), {});
        ApiResult result;
        result.status = status;
        result.contentType = reply->rawHeader("Content-Type").split(';').first().trimmed().toLower();
        done(result, reply->readAll());
    });
}

QNetworkReply *ApiConnection::download(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest raw = request(path);
    raw.setRawHeader("Accept", "application/octet-stream");
    for (const auto &[name, value] : headers)
        raw.setRawHeader(name, value);
    ++m_requests;
    return m_manager.get(raw);
}

QNetworkReply *ApiConnection::send(const QByteArray &verb, const QString &path, const QJsonObject &body,
                                   QObject *context, Handler done)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return start(m_manager.sendCustomRequest(request(path), verb, bytes), context,
                 [done = std::move(done)](QNetworkReply *reply) { done(read(reply)); });
}

QNetworkReply *ApiConnection::start(QNetworkReply *reply, QObject *context, std::function<void(QNetworkReply *)> done)
{
    ++m_requests;
    const QMetaObject::Connection handler =
        connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
            reply->deleteLater();
            done(reply);
        });
    // Once the context is gone nobody waits for the answer. destroyed() comes while the context is half torn
    // down, so the handler is cut off before the abort can call it.
    connect(context, &QObject::destroyed, reply, [reply, handler] {
        QObject::disconnect(handler);
        reply->abort();
    });
    return reply;
}

ApiResult ApiConnection::read(QNetworkReply *reply)
{
    ApiResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (std::optional<SyncError> error = transportError(reply, result.status)) {
        result.error = std::move(*error);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
    result.json = document.object();
    if (result.status >= 400) {
        result.error = SyncError::http(result.status, result.json);
        return result;
    }
    if (parseError.error != QJsonParseError::NoError)
        result.error = SyncError::badAnswer(parseError.errorString());
    else if (!document.isObject())
        result.error = SyncError::badAnswer(SyncError::tr("it is not a JSON object."));
    return result;
}

std::optional<SyncError> ApiConnection::transportError(QNetworkReply *reply, int status)
{
    if (std::optional<SyncError> refused = CertificatePin::refusal(reply))
        return refused;
    const QNetworkReply::NetworkError error = reply->error();
    // Codes below 100 are transport failures (refused, closed early, timed out): the status cannot be trusted.
    if (error != QNetworkReply::NoError && (status == 0 || int(error) < 100))
        return SyncError::network(error, reply->errorString(), reply->url());
    return std::nullopt;
}

} // namespace nereid
