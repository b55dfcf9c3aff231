#pragma once

#include "blobupload.h"
#include "caller.h"
#include "httprequest.h"
#include "router.h"
#include "servercontext.h"

#include <functional>
#include <memory>
#include <optional>

namespace nereid {

// The API of docs/api.md on one thread: its own database connection, stores and route table. Every thread that
// serves requests has one (SQLite connections and QSqlQuery may not cross threads); the transport decides which
// requests go where: reads to the thread that read them, writes to the one writer.
class ApiService
{
public:
    ApiService(const ServerSettings &settings, const QString &dataDir, const QString &connectionName);

    // Empty, or why the database could not be opened.
    const QString &openError() const { return m_openError; }

    // What the headers alone decide, before any body byte is read: health and whoami are answered, a request
    // without a valid token, for no route or with too large a body is refused. Otherwise `answer` is empty and
    // `caller` says who asks. An upload's body is not read into memory: `upload` is where the transport streams it.
    struct Admission
    {
        std::optional<ApiResponse> answer;
        Caller caller;
        bool isWrite = false;
        std::unique_ptr<BlobUpload> upload = {};
    };
    Admission admit(const HttpRequest &head, std::optional<quint64> contentLength);

    // What a write's route can do with its body before the writer has it, on the calling (connection's) thread:
    // parsing, so that the one writer need not. Refuses nothing itself; the route does, in its order.
    void readAhead(HttpRequest &request) const;

    // The route's answer; every refusal becomes its JSON error. A read runs in a read transaction of its own, so
    // it sees one state of the database; a write in a transaction (or a savepoint of the writer's group).
    ApiResponse serve(const HttpRequest &request, const Caller &caller);

    // Work of the server's own (the collection of blobs) on the writer, in a savepoint of its group like a request.
    using Task = std::function<ApiResponse(ServerContext &)>;
    ApiResponse runTask(const Task &task);

    Database &db() { return m_context.db; }

private:
    Admission admitOnce(const HttpRequest &head, std::optional<quint64> contentLength);
    ApiResponse serveOnce(const HttpRequest &request, const Caller &caller);

    ApiResponse route(const HttpRequest &request, const Caller &caller);

    ServerContext m_context;
    ReadCache m_reads;
    Router m_router;
    QString m_openError;
};

// An ApiError as the answer it becomes.
ApiResponse errorResponse(int status, const QString &code, const QString &message);

} // namespace nereid
