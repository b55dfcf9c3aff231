#include "importclient.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace nereid {

ImportClient::ImportClient(const QUrl &server, const QString &token)
    : m_server(server)
    , m_authorization("Bearer " + token.trimmed().toUtf8())
{
}

bool ImportClient::request(const QByteArray &verb, const QString &route, const QJsonObject *body, QJsonObject *answer,
                           QString *error)
{
    QByteArray received;
    if (!exchange({verb,
                   route,
                   body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray(),
                   "application/json",
                   {}},
                  &received, error))
        return false;
    if (answer)
        *answer = QJsonDocument::fromJson(received).object();
    return true;
}

QNetworkRequest ImportClient::prepare(const Exchange &exchange, QUrl *url) const
{
    *url = m_server;
    const qsizetype query = exchange.route.indexOf(QLatin1Char('?'));
    url->setPath(QStringLiteral("/api/v1") + exchange.route.left(query));
    if (query >= 0)
        url->setQuery(exchange.route.mid(query + 1));
    QNetworkRequest request(*url);
    request.setRawHeader("Authorization", m_authorization);
    request.setHeader(QNetworkRequest::ContentTypeHeader, exchange.type);
    if (!exchange.accept.isEmpty())
        request.setRawHeader("Accept", exchange.accept);
    request.setTransferTimeout(600000);
    return request;
}

QString ImportClient::failure(const Exchange &exchange, const QUrl &url, int status, const QString &networkError,
                              const QByteArray &received) const
{
    return status == 0 ? tr("The server at %1 cannot be reached: %2").arg(m_server.toString(), networkError)
                       : tr("The server refused %1 %2 (%3): %4")
                             .arg(QString::fromLatin1(exchange.verb), url.path())
                             .arg(status)
                             .arg(QJsonDocument::fromJson(received)[QStringLiteral("message")].toString());
}

bool ImportClient::exchange(const Exchange &exchange, QByteArray *received, QString *error)
{
    QUrl url;
    const RetriedExchange::Answer answer = RetriedExchange::send(&m_network, prepare(exchange, &url), exchange.verb,
                                                                 exchange.body, RetriedExchange::Retry::Unavailable);
    *received = answer.body;
    if (answer.ok())
        return true;
    *error = failure(exchange, url, answer.status, answer.networkError, *received);
    return false;
}

bool ImportClient::listRuns(const QString &project, QMap<QString, QPair<QString, QString>> *runs, QString *error)
{
    for (const char *trashed : {"false", "true"}) {
        QString token;
        do {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("columns"), QStringLiteral("import/fingerprint"));
            query.addQueryItem(QStringLiteral("limit"), QStringLiteral("10000"));
            query.addQueryItem(QStringLiteral("trashed"), QString::fromLatin1(trashed));
            if (!token.isEmpty())
                query.addQueryItem(QStringLiteral("page_token"), token);
            QJsonObject page;
            if (!request("GET", QStringLiteral("/projects/%1/runs?%2").arg(project, query.toString(QUrl::FullyEncoded)),
                         nullptr, &page, error))
                return false;
            for (const QJsonValue &run : page.value(QStringLiteral("runs")).toArray()) {
                const QJsonObject sys = run[QStringLiteral("sys")].toObject();
                const QString custom = sys.value(QStringLiteral("custom_run_id")).toString();
                if (!custom.isEmpty())
                    runs->insert(
                        custom,
                        {sys.value(QStringLiteral("id")).toString(),
                         run[QStringLiteral("fields")][QStringLiteral("import/fingerprint")][QStringLiteral("value")]
                             .toString()});
            }
            token = page.value(QStringLiteral("next_page_token")).toString();
        } while (!token.isEmpty());
    }
    return true;
}

bool ImportClient::ensureProject(const QString &project, QString *error)
{
    if (request("GET", QStringLiteral("/projects/") + project, nullptr, nullptr, error))
        return true;
    const QJsonObject body{{QStringLiteral("name"), project}};
    return request("POST", QStringLiteral("/projects"), &body, nullptr, error);
}

bool ImportClient::createOrResume(const QString &project, const QJsonObject &body, QJsonObject *run, QString *error)
{
    return request("POST", QStringLiteral("/projects/%1/runs").arg(project), &body, run, error);
}

bool ImportClient::post(const QString &route, const QJsonObject &body, QString *error)
{
    return request("POST", route, &body, nullptr, error);
}

bool ImportClient::post(const QString &route, const QJsonObject &body, QJsonObject *answer, QString *error)
{
    return request("POST", route, &body, answer, error);
}

bool ImportClient::postJson(const QString &route, const QByteArray &json, QString *error)
{
    QByteArray received;
    return exchange({"POST", route, json, "application/json", {}}, &received, error);
}

bool ImportClient::putBlob(const QString &project, const QByteArray &bytes, QString *hash, QString *error)
{
    *hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QByteArray received;
    return exchange(
        {"PUT", QStringLiteral("/projects/%1/blobs/%2").arg(project, *hash), bytes, "application/octet-stream", {}},
        &received, error);
}

bool ImportClient::putBlob(const QString &project, const QString &sha256, QIODevice *content, QString *error)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!content->seek(0) || !hash.addData(content) || QString::fromLatin1(hash.result().toHex()) != sha256) {
        *error = tr("its bytes are not the file it should be (their SHA-256 is not %1)").arg(sha256);
        return false;
    }
    return transfer(
        {"PUT", QStringLiteral("/projects/%1/blobs/%2").arg(project, sha256), {}, "application/octet-stream", {}},
        content, {}, error);
}

bool ImportClient::getBlob(const QString &project, const QString &sha256,
                           const std::function<bool(const QByteArray &)> &sink, QString *error)
{
    return transfer({"GET", QStringLiteral("/projects/%1/blobs/%2").arg(project, sha256), {}, "application/json", {}},
                    nullptr, sink, error);
}

bool ImportClient::get(const QString &route, QJsonObject *answer, QString *error)
{
    return request("GET", route, nullptr, answer, error);
}

bool ImportClient::getBytes(const QString &route, const QByteArray &accept, QByteArray *bytes, QString *error)
{
    return exchange({"GET", route, {}, "application/json", accept}, bytes, error);
}

} // namespace nereid
