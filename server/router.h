#pragma once

#include "httprequest.h"

#include <functional>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace nereid {

class ApiRequest;

struct ApiResponse
{
    int status = 200;
    QJsonObject body;
    // When set, the body as it is sent instead of `body`: JSON text for answers too large for a tree, or
    // another format named by `contentType`.
    QByteArray rawBody = {};
    QByteArray contentType = "application/json";
};

using RouteHandler = std::function<ApiResponse(const ApiRequest &)>;
// Work on a write's body that needs no database, done on the connection's thread before the write is queued for
// the one writer (HttpRequest keeps what it made).
using BodyReader = std::function<void(HttpRequest &)>;

// Maps a method and a path to a handler. Patterns are paths whose "{}" segments capture one segment
// each (percent-decoded); a match of the path with another method is reported, for a 405.
class Router
{
public:
    void add(HttpMethod method, const QString &pattern, RouteHandler handler, BodyReader reader = {});

    struct Match
    {
        const RouteHandler *handler = nullptr;
        const BodyReader *reader = nullptr; // null when the route has none
        QStringList captures;
        bool pathKnown = false; // some route has this path, with another method
    };
    Match match(HttpMethod method, const QString &path) const;

private:
    struct Route
    {
        HttpMethod method;
        QStringList segments;
        RouteHandler handler;
        BodyReader reader;
    };
    QList<Route> m_routes;
};

} // namespace nereid
