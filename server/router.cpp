#include "router.h"

#include <QUrl>

namespace nereid {

namespace {

bool matches(const QStringList &pattern, const QStringList &segments, QStringList &captures)
{
    if (pattern.size() != segments.size())
        return false;
    captures.clear();
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == QLatin1String("{}"))
            captures.append(QUrl::fromPercentEncoding(segments[i].toUtf8()));
        else if (pattern[i] != segments[i])
            return false;
    }
    return true;
}

} // namespace

void Router::add(HttpMethod method, const QString &pattern, RouteHandler handler, BodyReader reader)
{
    const bool isRead = method == HttpMethod::Get || method == HttpMethod::Head;
    m_routes.append({method,
                     pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts),
                     std::move(handler),
                     std::move(reader),
                     {},
                     isRead});
}

void Router::addRead(HttpMethod method, const QString &pattern, RouteHandler handler)
{
    add(method, pattern, std::move(handler));
    m_routes.last().isRead = true;
}

void Router::addUpload(HttpMethod method, const QString &pattern, UploadStarter starter, RouteHandler handler)
{
    add(method, pattern, std::move(handler));
    m_routes.last().upload = std::move(starter);
}

Router::Match Router::match(HttpMethod method, const QString &path) const
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Match result;
    QStringList captures;
    for (const Route &route : m_routes) {
        if (!matches(route.segments, segments, captures))
            continue;
        if (route.method == method) {
            result.handler = &route.handler;
            result.reader = route.reader ? &route.reader : nullptr;
            result.upload = route.upload ? &route.upload : nullptr;
            result.isRead = route.isRead;
            result.captures = captures;
            return result;
        }
        result.pathKnown = true;
    }
    return result;
}

} // namespace nereid
