#include "mlflowrestapi.h"

#include "retriedexchange.h"

#include <QJsonDocument>

namespace nereid {

MlflowRestApi::MlflowRestApi(const QUrl &server, const QString &token)
    : m_server(server)
    , m_authorization(token.trimmed().isEmpty() ? QByteArray() : "Bearer " + token.trimmed().toUtf8())
{
}

bool MlflowRestApi::call(bool post, const QString &route, const QJsonObject &params, QJsonObject *answer,
                         QString *error)
{
    QByteArray body;
    QString what;
    if (!exchange(post, QStringLiteral("/api/2.0/mlflow/") + route, params, &body, &what, error))
        return false;
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (!json.isObject()) {
        *error =
            tr("The answer to %1 is no JSON object: is %2 an MLflow tracking server?").arg(what, m_server.toString());
        return false;
    }
    *answer = json.object();
    return true;
}

bool MlflowRestApi::download(const QString &route, const QJsonObject &params, QByteArray *bytes, QString *error)
{
    QString what;
    return exchange(false, route, params, bytes, &what, error);
}

bool MlflowRestApi::exchange(bool post, const QString &route, const QJsonObject &params, QByteArray *received,
                             QString *what, QString *error)
{
    QUrl url = m_server;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + route); // a server behind a proxy's path prefix too
    QByteArray body;
    if (post) {
        body = QJsonDocument(params).toJson(QJsonDocument::Compact);
    } else {
        // Every byte but the unreserved ones is encoded: QUrlQuery leaves "+" as it is, which the server reads as a
        // space, and page tokens are base64 (a metric key may hold one too).
        QByteArrayList items;
        for (auto it = params.begin(); it != params.end(); ++it)
            items.append(QUrl::toPercentEncoding(it.key()) + '=' +
                         QUrl::toPercentEncoding(it.value().isDouble() ? QString::number(it.value().toInteger())
                                                                       : it.value().toString()));
        url.setQuery(QString::fromLatin1(items.join('&')), QUrl::StrictMode);
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    request.setTransferTimeout(300000);
    const QByteArray verb = post ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET");
    const RetriedExchange::Answer reply =
        RetriedExchange::send(&m_network, request, verb, body, RetriedExchange::Retry::AnyServerError);
    *what = QStringLiteral("%1 %2").arg(QString::fromLatin1(verb), url.toString(QUrl::RemoveQuery));
    m_serverFailed = !reply.ok() && (reply.status == 0 || reply.status == 429 || reply.status >= 500);
    if (reply.status == 0) {
        *error = tr("The MLflow server at %1 cannot be reached (%2): %3")
                     .arg(m_server.toString(), *what, reply.networkError);
        return false;
    }
    if (!reply.ok()) {
        // MLflow's errors are {"error_code", "message"}; a proxy's are pages of their own, left out.
        const QString message = QJsonDocument::fromJson(reply.body)[QStringLiteral("message")].toString();
        *error = tr("The MLflow server answered %1 with HTTP %2%3")
                     .arg(*what)
                     .arg(reply.status)
                     .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message.left(500));
        return false;
    }
    *received = reply.body;
    return true;
}

bool MlflowRestApi::pages(bool post, const QString &route, QJsonObject params,
                          const std::function<bool(const QJsonObject &, QString *)> &page, QString *error)
{
    for (;;) {
        QJsonObject answer;
        if (!call(post, route, params, &answer, error) || !page(answer, error))
            return false;
        const QJsonValue token = answer.value(QStringLiteral("next_page_token"));
        if (token.isUndefined() || token.toString().isEmpty()) {
            if (token.isUndefined() || token.isString())
                return true;
            *error = tr("The answer to %1 has a next_page_token that is no string").arg(route);
            return false;
        }
        if (token == params.value(QStringLiteral("page_token"))) {
            *error = tr("The answer to %1 gives the same next_page_token again: the pages would never end").arg(route);
            return false;
        }
        params.insert(QStringLiteral("page_token"), token);
    }
}

} // namespace nereid
