#include "apiservice.h"

#include "access.h"
#include "apierror.h"
#include "apirequest.h"
#include "blobroutes.h"
#include "changesroutes.h"
#include "fileroutes.h"
#include "modelroutes.h"
#include "operationroutes.h"
#include "projectroutes.h"
#include "runroutes.h"
#include "seriesroutes.h"
#include "sysedit.h"
#include "testclockroute.h"
#include "transaction.h"
#include "viewroutes.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApi, "nereid.server.api")

namespace nereid {

namespace {

const QByteArray HealthPath = "/api/v1/health";
const QByteArray WhoamiPath = "/api/v1/whoami";

ApiError methodNotAllowed(const QString &path)
{
    return ApiError{405, QStringLiteral("method_not_allowed"),
                    QStringLiteral("%1 does not take this method.").arg(path)};
}

// Who the token speaks for and what it may do where, so a client can say it before it is refused.
QJsonObject whoami(ServerContext &context, const Caller &caller)
{
    QJsonObject workspaces;
    const QMap<QString, Role> roles = Access::roles(context, caller);
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        workspaces.insert(it.key(), roleName(it.value()));
    return {{QStringLiteral("user"), caller.name},
            {QStringLiteral("read_only"), caller.readOnly},
            {QStringLiteral("admin"), caller.admin},
            {QStringLiteral("workspaces"), workspaces}};
}

ApiError unauthorized(const QByteArray &header)
{
    return ApiError{401, QStringLiteral("unauthorized"),
                    header.isEmpty() ? QStringLiteral("This route needs an \"Authorization: Bearer TOKEN\" header.")
                                     : QStringLiteral("The API token is unknown or was revoked.")};
}

} // namespace

ApiResponse errorResponse(int status, const QString &code, const QString &message)
{
    return {status, ApiError{status, code, message}.toJson()};
}

ApiService::ApiService(const ServerSettings &settings, const QString &dataDir, const QString &connectionName)
    : m_context(settings, connectionName)
{
    m_openError = m_context.open(dataDir);
    addProjectRoutes(m_router, m_context);
    addRunRoutes(m_router, m_context);
    addModelRoutes(m_router, m_context);
    addOperationRoutes(m_router, m_context);
    addSeriesRoutes(m_router, m_context);
    addChangesRoutes(m_router, m_context);
    addFileRoutes(m_router, m_context);
    SysEdit::addRoute(m_router, m_context);
    addViewRoutes(m_router, m_context);
    addBlobRoutes(m_router, m_context);
    if (settings.testClock)
        addTestClockRoute(m_router);
}

ApiService::Admission ApiService::admit(const HttpRequest &head, std::optional<quint64> contentLength)
{
    // A PostgreSQL connection that was ended under us shows only when used: once connected again, the admission
    // (which only reads) is tried once more.
    Admission admission = admitOnce(head, contentLength);
    if (admission.answer && m_context.db.lostConnection() && m_context.db.ensureConnected())
        admission = admitOnce(head, contentLength);
    return admission;
}

ApiService::Admission ApiService::admitOnce(const HttpRequest &head, std::optional<quint64> contentLength)
{
    Admission admission;
    const QString path = QString::fromUtf8(head.path);
    const bool isGet = head.method == HttpMethod::Get;
    try {
        if (!m_openError.isEmpty())
            throw ApiError{503, QStringLiteral("storage_unavailable"),
                           QStringLiteral("The database cannot be opened: %1").arg(m_openError)};
        // Health answers without a token, so it is matched before authentication.
        if (head.path == HealthPath) {
            if (!isGet)
                throw methodNotAllowed(path);
            admission.answer = ApiResponse{200,
                                           {{QStringLiteral("status"), QStringLiteral("ok")},
                                            {QStringLiteral("version"), QStringLiteral(NEREID_VERSION)},
                                            {QStringLiteral("epoch"), m_context.epoch}}};
            return admission;
        }
        if (!m_context.db.ensureConnected())
            throw ApiError{503, QStringLiteral("storage_unavailable"),
                           QStringLiteral("The database cannot be reached: %1").arg(m_context.db.lastError())};
        m_reads.revalidate(m_context.db);
        const QByteArray header = head.header("authorization");
        const QByteArray prefix = "Bearer ";
        std::optional<Caller> caller;
        if (header.startsWith(prefix)) {
            const QByteArray token = header.mid(prefix.size()).trimmed();
            caller = m_reads.caller(token);
            if (!caller) {
                caller = m_context.tokens.callerForToken(token);
                if (caller)
                    m_reads.rememberCaller(token, *caller);
            }
        }
        if (!caller)
            throw unauthorized(header);
        admission.caller = *caller;
        if (head.path == WhoamiPath) {
            if (!isGet)
                throw methodNotAllowed(path);
            admission.answer = ApiResponse{200, whoami(m_context, *caller)};
            return admission;
        }
        const Router::Match match = m_router.match(head.method, path);
        if (!match.handler) {
            if (match.pathKnown)
                throw methodNotAllowed(path);
            throw ApiError{404, QStringLiteral("not_found"), QStringLiteral("There is no route %1.").arg(path)};
        }
        if (match.upload) { // judged by the route itself: a file has a limit of its own
            admission.upload = (*match.upload)(ApiRequest(head, match.captures, *caller), contentLength);
            admission.isWrite = true;
            return admission;
        }
        const qint64 limit = m_context.settings.maxBodyBytes;
        if (contentLength && *contentLength > quint64(limit))
            throw ApiError{
                413, QStringLiteral("body_too_large"),
                QStringLiteral("The body has %1 bytes; this server takes at most %2.").arg(*contentLength).arg(limit)};
        admission.isWrite = !match.isRead;
    } catch (const ApiError &error) {
        admission.answer = ApiResponse{error.status, error.toJson()};
    } catch (const std::exception &error) {
        qCCritical(lcApi) << "admission failed:" << path << error.what();
        admission.answer = errorResponse(500, QStringLiteral("internal"), QString::fromLocal8Bit(error.what()));
    }
    return admission;
}

void ApiService::readAhead(HttpRequest &request) const
{
    if (request.body.isEmpty())
        return;
    const Router::Match match = m_router.match(request.method, QString::fromUtf8(request.path));
    if (match.reader)
        (*match.reader)(request);
    else
        request.parseJsonAhead();
}

ApiResponse ApiService::serve(const HttpRequest &request, const Caller &caller)
{
    ApiResponse response = serveOnce(request, caller);
    // A read on a connection PostgreSQL ended is read again on a new one; a write is answered 503 (the group it
    // was in is lost with the connection) and the writer's next transaction connects again.
    if (response.status >= 500 && m_context.db.lostConnection() &&
        m_router.match(request.method, QString::fromUtf8(request.path)).isRead && m_context.db.ensureConnected())
        response = serveOnce(request, caller);
    return response;
}

ApiResponse ApiService::serveOnce(const HttpRequest &request, const Caller &caller)
{
    const bool isRead = m_router.match(request.method, QString::fromUtf8(request.path)).isRead;
    // Only reads use the cache: the writer's own commits would not move its connection's data version.
    m_context.reads = isRead ? &m_reads : nullptr;
    try {
        if (isRead && !m_context.db.readTransaction())
            throw ApiError{503, QStringLiteral("storage_unavailable"), QStringLiteral("The database cannot be read.")};
        ApiResponse response = route(request, caller);
        if (isRead)
            m_context.db.rollback(); // a read changes nothing; this ends its snapshot
        return response;
    } catch (const ApiError &error) {
        if (isRead)
            m_context.db.rollback();
        return {error.status, error.toJson()};
    } catch (const std::exception &error) {
        if (isRead)
            m_context.db.rollback();
        qCCritical(lcApi) << "request failed:" << request.path << error.what();
        return errorResponse(500, QStringLiteral("internal"), QString::fromLocal8Bit(error.what()));
    }
}

ApiResponse ApiService::runTask(const Task &task)
{
    m_context.reads = nullptr;
    try {
        Transaction transaction(m_context.db); // a savepoint of the writer's group: rolled back on a throw
        ApiResponse response = task(m_context);
        transaction.commit();
        return response;
    } catch (const ApiError &error) {
        return {error.status, error.toJson()};
    } catch (const std::exception &error) {
        qCCritical(lcApi) << "task failed:" << error.what();
        return errorResponse(500, QStringLiteral("internal"), QString::fromLocal8Bit(error.what()));
    }
}

ApiResponse ApiService::route(const HttpRequest &request, const Caller &caller)
{
    const Router::Match match = m_router.match(request.method, QString::fromUtf8(request.path));
    if (!match.handler) // admitted, so only a route table that changed in between could get here
        throw ApiError{404, QStringLiteral("not_found"), QStringLiteral("There is no such route.")};
    return (*match.handler)(ApiRequest(request, match.captures, caller));
}

} // namespace nereid
