#pragma once

#include <functional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace nereid {

// The REST API of an MLflow tracking server (`/api/2.0/mlflow/...`), called one request at a time and waited for
// (an import reads in a thread of its own). Requests the server cannot take just then are sent again
// (RetriedExchange: no connection, 429, 5xx, after 0.25, 1 and 4 s); an optional token goes as
// `Authorization: Bearer`, as MLflow's clients send MLFLOW_TRACKING_TOKEN.
class MlflowRestApi
{
    Q_DECLARE_TR_FUNCTIONS(MlflowRestApi)

public:
    MlflowRestApi(const QUrl &server, const QString &token);

    // One call: POST with `params` as the JSON body, or GET with them as the query. The answer must be a JSON
    // object; false with *error naming the URL and the HTTP status otherwise.
    bool call(bool post, const QString &route, const QJsonObject &params, QJsonObject *answer, QString *error);
    // GET of a route outside the API (`get-artifact`, from the server's root): the answer's bytes as they came.
    bool download(const QString &route, const QJsonObject &params, QByteArray *bytes, QString *error);
    // Every page of a paged route, each given to `page`: page_token is sent again as each answer's
    // next_page_token says, until an answer has none. Stops at the first failure of a call or of `page`.
    bool pages(bool post, const QString &route, QJsonObject params,
               const std::function<bool(const QJsonObject &, QString *)> &page, QString *error);

    // Whether the last failed call means the server cannot be read any further (no answer, or a 5xx or 429 after
    // the retries) rather than a refusal of that one request (another 4xx) or an answer that is no JSON.
    bool serverFailed() const { return m_serverFailed; }

private:
    // The request sent (RetriedExchange) and its answer's bytes; *what names it ("GET URL") for errors.
    bool exchange(bool post, const QString &route, const QJsonObject &params, QByteArray *received, QString *what,
                  QString *error);

    QNetworkAccessManager m_network;
    QUrl m_server;
    QByteArray m_authorization;
    bool m_serverFailed = false;
};

} // namespace nereid
