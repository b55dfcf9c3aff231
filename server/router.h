#pragma once

#include "httprequest.h"

#include <functional>
#include <memory>
#include <optional>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace nereid {

class ApiRequest;
class BlobUpload;
struct FileRange;

struct ApiResponse
{
    int status = 200;
    QJsonObject body;
    // When set, the body as it is sent instead of `body`: JSON text for answers too large for a tree, or
    // another format named by `contentType`.
    QByteArray rawBody = {};
    QByteArray contentType = "application/json";
    // Header fields besides Content-Type and Content-Length (ETag, Content-Range...).
    QList<QPair<QByteArray, QByteArray>> headers = {};
    // When set, the body is these bytes of a file, streamed from it (a blob's download) instead of `body`.
    std::shared_ptr<const FileRange> file = {};
};

using RouteHandler = std::function<ApiResponse(const ApiRequest &)>;
// Work on a write's body that needs no database, done on the connection's thread before the write is queued for
// the one writer (HttpRequest keeps what it made).
using BodyReader = std::function<void(HttpRequest &)>;
// A route whose body is a file's bytes, streamed to the blob store as they arrive instead of read into memory:
// judges the header (the caller's role, the announced length) and starts the upload. The route's handler runs on
// the writer once the upload is in place, with the header alone.
using UploadStarter = std::function<std::unique_ptr<BlobUpload>(const ApiRequest &, std::optional<quint64> length)>;

// Maps a method and a path to a handler. Patterns are paths whose "{}" segments capture one segment
// each (percent-decoded); a match of the path with another method is reported, for a 405.
class Router
{
public:
    void add(HttpMethod method, const QString &pattern, RouteHandler handler, BodyReader reader = {});
    // A POST that changes nothing (a question too long for a URL): served like a GET, on the reading threads.
    void addRead(HttpMethod method, const QString &pattern, RouteHandler handler);
    void addUpload(HttpMethod method, const QString &pattern, UploadStarter starter, RouteHandler handler);

    struct Match
    {
        const RouteHandler *handler = nullptr;
        const BodyReader *reader = nullptr;    // null when the route has none
        const UploadStarter *upload = nullptr; // null but for uploads
        bool isRead = false;                   // served on a reading thread, not by the writer
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
        UploadStarter upload = {};
        bool isRead = false;
    };
    QList<Route> m_routes;
};

} // namespace nereid
