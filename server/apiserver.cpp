#include "apiserver.h"

#include "apierror.h"
#include "apirequest.h"
#include "changesroutes.h"
#include "operationroutes.h"
#include "projectroutes.h"
#include "runroutes.h"
#include "seriesroutes.h"
#include "sysedit.h"

#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApi, "nereid.server.api")

namespace nereid {

namespace {

const QString HealthPath = QStringLiteral("/api/v1/health");
const QString WhoamiPath = QStringLiteral("/api/v1/whoami");

ApiError methodNotAllowed(const QString &path)
{
    return ApiError{405, QStringLiteral("method_not_allowed"),
                    QStringLiteral("%1 does not take this method.").arg(path)};
}

} // namespace

ApiServer::ApiServer(ServerContext &context, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_context(context)
{
    addProjectRoutes(m_router, context);
    addRunRoutes(m_router, context);
    addOperationRoutes(m_router, context);
    addSeriesRoutes(m_router, context);
    addChangesRoutes(m_router, context);
    SysEdit::addRoute(m_router, context);
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ApiResponse response;
    try {
        response = dispatch(request);
    } catch (const ApiError &error) {
        response = {error.status, error.toJson()};
    } catch (const std::exception &error) {
        qCCritical(lcApi) << "request failed:" << request.url().path() << error.what();
        response = {500, ApiError{500, QStringLiteral("internal"), QString::fromLocal8Bit(error.what())}.toJson()};
    }
    makeResponder(request, socket)
        .write(response.rawBody.isEmpty() ? QJsonDocument(response.body).toJson(QJsonDocument::Compact)
                                          : response.rawBody,
               {{"Content-Type", "application/json"}}, QHttpServerResponder::StatusCode(response.status));
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Every request is handled above; kept because QAbstractHttpServer requires it.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

ApiResponse ApiServer::dispatch(const QHttpServerRequest &request)
{
    const QString path = request.url().path(QUrl::FullyEncoded);
    const bool isGet = request.method() == QHttpServerRequest::Method::Get;
    // Health answers without a token, so it is matched before authentication.
    if (path == HealthPath) {
        if (!isGet)
            throw methodNotAllowed(path);
        return {200,
                {{QStringLiteral("status"), QStringLiteral("ok")},
                 {QStringLiteral("version"), QStringLiteral(NEREID_VERSION)}}};
    }
    const QString user = authenticate(request);
    if (path == WhoamiPath) {
        if (!isGet)
            throw methodNotAllowed(path);
        return {200, {{QStringLiteral("user"), user}}};
    }
    if (request.body().size() > m_context.settings.maxBodyBytes)
        throw ApiError{413, QStringLiteral("body_too_large"),
                       QStringLiteral("The body has %1 bytes; this server takes at most %2.")
                           .arg(request.body().size())
                           .arg(m_context.settings.maxBodyBytes)};
    const Router::Match match = m_router.match(request.method(), path);
    if (!match.handler) {
        if (match.pathKnown)
            throw methodNotAllowed(path);
        throw ApiError{404, QStringLiteral("not_found"), QStringLiteral("There is no route %1.").arg(path)};
    }
    return (*match.handler)(ApiRequest(request, match.captures, user));
}

QString ApiServer::authenticate(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization");
    const QByteArray prefix = "Bearer ";
    if (header.startsWith(prefix)) {
        if (auto user = m_context.tokens.userForToken(header.mid(prefix.size()).trimmed()))
            return *user;
    }
    throw ApiError{401, QStringLiteral("unauthorized"),
                   header.isEmpty() ? QStringLiteral("This route needs an \"Authorization: Bearer TOKEN\" header.")
                                    : QStringLiteral("The API token is unknown or was revoked.")};
}

} // namespace nereid
