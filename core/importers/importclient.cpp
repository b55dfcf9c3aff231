#include "importclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QUrlQuery>

namespace nereid {

ImportClient::ImportClient(const QUrl &server, const QString &token)
    : m_server(server)
    , m_authorization("Bearer " + token.trimmed().toUtf8())
{
}

QNetworkRequest ImportClient::requestFor(const QString &route) const
{
    QUrl url = m_server;
    const qsizetype query = route.indexOf(QLatin1Char('?'));
    url.setPath(QStringLiteral("/api/v1") + route.left(query));
    if (query >= 0)
        url.setQuery(route.mid(query + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", m_authorization);
    request.setTransferTimeout(600000);
    return request;
}

bool ImportClient::finish(QNetworkReply *reply, const QByteArray &verb, QJsonObject *answer, QString *error)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300) {
        *error = status == 0
                     ? tr("The server at %1 cannot be reached: %2").arg(m_server.toString(), reply->errorString())
                     : tr("The server refused %1 %2 (%3): %4")
                           .arg(QString::fromLatin1(verb), reply->url().path())
                           .arg(status)
                           .arg(json.value(QStringLiteral("message")).toString());
        return false;
    }
    if (answer)
        *answer = json;
    return true;
}

bool ImportClient::request(const QByteArray &verb, const QString &route, const QJsonObject *body, QJsonObject *answer,
                           QString *error)
{
    QNetworkRequest request = requestFor(route);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray bytes = body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray();
    return finish(m_network.sendCustomRequest(request, verb, bytes), verb, answer, error);
}

bool ImportClient::putBlob(const QString &project, const QString &sha256, QIODevice *content, QString *error)
{
    QNetworkRequest request = requestFor(QStringLiteral("/projects/%1/blobs/%2").arg(project, sha256));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    request.setHeader(QNetworkRequest::ContentLengthHeader, content->size());
    return finish(m_network.put(request, content), "PUT", nullptr, error);
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

} // namespace nereid
