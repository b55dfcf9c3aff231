#include "apiclient.h"

#include "fuzzrecorder.h"

#include <QEventLoop>
#include <QNetworkRequest>
#include <QTimer>

namespace nereid::test {

QByteArray ApiReply::describe() const
{
    if (status == 0)
        return "no HTTP answer (network error " + QByteArray::number(int(error)) + ")";
    return QByteArray::number(status) + ' ' + body.left(2000);
}

ApiClient::ApiClient(QUrl apiBase, QString token)
    : m_base(std::move(apiBase))
    , m_token(std::move(token))
{
}

ApiReply ApiClient::get(const QString &path)
{
    return send("GET", path, {}, {});
}

ApiReply ApiClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), {});
}

ApiReply ApiClient::patch(const QString &path, const QJsonObject &body)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), {});
}

void ApiClient::trustCertificate(const QSslCertificate &certificate)
{
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.addCaCertificate(certificate);
}

ApiReply ApiClient::sendRaw(const QByteArray &method, const QString &path, const QByteArray &body,
                            const RawHeaders &headers)
{
    return send(method, path, body, headers);
}

ApiReply ApiClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                         const RawHeaders &headers)
{
    QNetworkRequest request(url(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!m_tls.isNull())
        request.setSslConfiguration(m_tls);

    QNetworkReply *reply =
        body.isEmpty() && method == "GET" ? m_manager.get(request) : m_manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished())
        reply->abort(); // timed out: the reply reports OperationCanceledError

    ApiReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->rawHeader("Content-Type");
    result.json = QJsonDocument::fromJson(result.body);
    result.error = reply->error();
    delete reply;
    FuzzRecorder::record(method, url(path), headers, body, result.body, result.contentType);
    return result;
}

} // namespace nereid::test
