#pragma once

#include "caller.h"
#include "httprequest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

namespace nereid {

// What a route handler gets: the HTTP request, the URL parts its pattern captured, the authenticated caller.
class ApiRequest
{
    Q_DECLARE_TR_FUNCTIONS(ApiRequest)

public:
    ApiRequest(const HttpRequest &http, QStringList captures, Caller caller);

    const HttpRequest &http() const { return m_http; }
    const QString &capture(int index) const { return m_captures.at(index); }
    const QString &user() const { return m_caller.name; }
    const Caller &caller() const { return m_caller; }

    // The body as a JSON object; throws ApiError(400, malformed_json) for anything else.
    QJsonObject jsonBody() const { return jsonObject(m_http); }
    // The same for a request that is not yet routed (a body read ahead of the writer).
    static QJsonObject jsonObject(const HttpRequest &http);

    bool hasQueryItem(const QString &name) const { return m_query.hasQueryItem(name); }
    QString queryItem(const QString &name) const;
    // Every value of a parameter that may repeat (tag=a&tag=b), in order.
    QStringList queryItems(const QString &name) const;
    // A query parameter as a number within [min, max]; throws ApiError(400, invalid_request) otherwise.
    qint64 intQueryItem(const QString &name, qint64 fallback, qint64 min, qint64 max) const;
    double doubleQueryItem(const QString &name, double fallback) const;
    bool boolQueryItem(const QString &name, bool fallback) const;

private:
    const HttpRequest &m_http;
    QStringList m_captures;
    Caller m_caller;
    QUrlQuery m_query;
};

} // namespace nereid
