#include "apirequest.h"

#include "apierror.h"
#include "strictjson.h"

#include <cmath>
#include <QJsonDocument>

namespace nereid {

namespace {

[[noreturn]] void badParameter(const QString &name, const QString &value, const QString &expected)
{
    throw ApiError{400, QStringLiteral("invalid_request"),
                   ApiRequest::tr("The query parameter %1=\"%2\" is not %3.").arg(name, value, expected)};
}

} // namespace

ApiRequest::ApiRequest(const HttpRequest &http, QStringList captures, Caller caller)
    : m_http(http)
    , m_captures(std::move(captures))
    , m_caller(std::move(caller))
{
    // Query strings are form-encoded, as browsers and Python's urlencode() write them: '+' is a space and a
    // plus sign comes as %2B. QUrlQuery alone would keep the '+'.
    QString query = QString::fromLatin1(http.query);
    query.replace(QLatin1Char('+'), QLatin1String("%20"));
    m_query.setQuery(query);
}

QJsonObject ApiRequest::jsonObject(const HttpRequest &http)
{
    StrictJson::Error error;
    const QJsonDocument document = http.json ? http.json->document : StrictJson::parse(http.body, &error);
    if (http.json)
        error = http.json->error;
    if (error.offset >= 0)
        throw ApiError{400, QStringLiteral("malformed_json"),
                       tr("The body is not valid JSON: %1 at byte %2.").arg(error.reason).arg(error.offset),
                       QJsonObject{{QStringLiteral("offset"), error.offset}}};
    if (!document.isObject())
        throw ApiError{400, QStringLiteral("malformed_json"), tr("The body must be a JSON object.")};
    return document.object();
}

QString ApiRequest::queryItem(const QString &name) const
{
    return m_query.queryItemValue(name, QUrl::FullyDecoded);
}

QStringList ApiRequest::queryItems(const QString &name) const
{
    return m_query.allQueryItemValues(name, QUrl::FullyDecoded);
}

qint64 ApiRequest::intQueryItem(const QString &name, qint64 fallback, qint64 min, qint64 max) const
{
    if (!m_query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const QString text = queryItem(name);
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        badParameter(name, text, tr("a whole number from %1 to %2").arg(min).arg(max));
    return value;
}

double ApiRequest::doubleQueryItem(const QString &name, double fallback) const
{
    if (!m_query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const QString text = queryItem(name);
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        badParameter(name, text, tr("a finite number"));
    return value;
}

bool ApiRequest::boolQueryItem(const QString &name, bool fallback) const
{
    if (!m_query.hasQueryItem(name))
        return fallback;
    const QString text = queryItem(name);
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    badParameter(name, text, tr("true or false"));
}

} // namespace nereid
