// The server from the bytes of a request to the stores: Beast's parser as the server sets it up, the admission by
// header (token, route, body size), the body read ahead, the route and its answer as it is sent. One in-process
// ApiService on a temporary SQLite database lives across inputs. It starts with the project fuzz/project (key FUZ)
// and its runs FUZ-1 (with a field of each kind) and FUZ-2, which the recorded seeds name (tests/support's
// FuzzRecorder rewrites the projects and runs of the test suites to these); a seed's "Bearer FUZZTOKEN" is this
// database's token.
#include "apiservice.h"
#include "httpmessages.h"
#include "servercontext.h"

#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/parser.hpp>
#include <cstdint>
#include <cstdio>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace nereid;
namespace http = boost::beast::http;

namespace {

struct Server
{
    QTemporaryDir folder;
    ServerSettings settings;
    std::unique_ptr<ApiService> service;
    QByteArray token;
};

Server *server = nullptr;

QByteArray withToken(QByteArray request)
{
    return request.replace("FUZZTOKEN", server->token);
}

// The server's answer to the bytes of one request, as HttpSession would give it; the status, or 0 for bytes the
// session refuses before the API sees them (not HTTP, an unfinished body, an upload: those stream from the socket).
int answer(const QByteArray &bytes)
{
    http::request_parser<QByteArrayBody> parser;
    parser.header_limit(HttpMessages::HeaderLimit); // as HttpSession sets it
    parser.body_limit(std::uint64_t(server->settings.maxBodyBytes));
    parser.eager(true);
    boost::system::error_code error;
    std::size_t used = 0;
    while (!error && !parser.is_done() && used < std::size_t(bytes.size()))
        used += parser.put(boost::asio::buffer(bytes.constData() + used, std::size_t(bytes.size()) - used), error);
    if (error || !parser.is_header_done())
        return 0;
    HttpRequest request = HttpMessages::headOf(parser.get().base());
    if (!request.path.startsWith('/'))
        return 0;
    const auto length = parser.content_length();
    ApiService::Admission admission =
        server->service->admit(request, length ? std::optional<quint64>(*length) : std::nullopt);
    ApiResponse response;
    if (admission.answer) {
        response = *admission.answer;
    } else if (admission.upload || !parser.is_done()) {
        return 0;
    } else {
        request.body = parser.get().body();
        server->service->readAhead(request);
        response = server->service->serve(request, admission.caller);
    }
    if (!response.file)
        HttpMessages::toBeast(response, 11, true);
    static const bool verbose = qEnvironmentVariableIsSet("NEREID_FUZZ_VERBOSE"); // what a seed does, for its author
    if (verbose)
        std::fprintf(stderr, "%d %s\n", response.status, request.path.constData());
    return response.status;
}

void post(const QByteArray &path, const QByteArray &body, int expected)
{
    const QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: fuzz\r\nAuthorization: Bearer FUZZTOKEN\r\n" +
                               "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                               "\r\n\r\n" + body;
    if (const int status = answer(withToken(request)); status != expected)
        qFatal("setting up: POST %s answered %d", path.constData(), status);
}

void addProjectAndRuns()
{
    post("/api/v1/projects", R"({"name": "fuzz/project", "key": "FUZ"})", 201);
    post("/api/v1/projects/fuzz/project/runs", R"({"name": "first", "tags": ["a", "b"]})", 201);
    post("/api/v1/projects/fuzz/project/runs", R"({"name": "second"})", 201);
    post("/api/v1/runs/FUZ-1/operations", R"({"operations": [
        {"op": "assign", "path": "params/lr", "type": "float", "value": 0.01},
        {"op": "assign", "path": "params/name", "type": "string", "value": "x"},
        {"op": "append", "path": "train/loss", "type": "floatSeries", "points": [[0, 1.5, 1763805600], [1, 0.5, 1763805601]]},
        {"op": "append", "path": "log", "type": "stringSeries", "points": [[0, "a", 1763805600]]},
        {"op": "add_strings", "path": "labels", "values": ["x", "y"]}]})",
         200);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    new QCoreApplication(*argc, *argv); // Qt's SQL drivers are plugins, found through the application
    server = new Server;
    {
        ServerContext context(server->settings);
        if (const QString error = context.open(server->folder.path()); !error.isEmpty())
            qFatal("cannot open the database: %s", qPrintable(error));
        if (const QString error = context.tokens.bootstrapLocalUser(server->folder.path()); !error.isEmpty())
            qFatal("cannot make a token: %s", qPrintable(error));
    }
    QFile token(QDir(server->folder.path()).filePath(QStringLiteral("token")));
    if (!token.open(QIODevice::ReadOnly))
        qFatal("no token file");
    server->token = token.readAll().trimmed();
    server->service = std::make_unique<ApiService>(server->settings, server->folder.path(), QStringLiteral("fuzz"));
    if (!server->service->openError().isEmpty())
        qFatal("cannot open the service: %s", qPrintable(server->service->openError()));
    addProjectAndRuns();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    answer(withToken(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))));
    return 0;
}
