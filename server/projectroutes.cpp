#include "projectroutes.h"

#include "apierror.h"
#include "apirequest.h"
#include "router.h"
#include "servercontext.h"

#include <QJsonArray>

namespace nereid {

namespace {

QString optionalString(const QJsonObject &body, const QString &key)
{
    const QJsonValue value = body.value(key);
    if (!value.isUndefined() && !value.isNull() && !value.isString())
        throw ApiError{400, QStringLiteral("invalid_request"), ProjectStore::tr("\"%1\" must be a string.").arg(key)};
    return value.toString();
}

ApiResponse createProject(ServerContext &context, const ApiRequest &request)
{
    const QJsonObject body = request.jsonBody();
    if (!body.value(QStringLiteral("name")).isString())
        throw ApiError{400, QStringLiteral("invalid_request"),
                       ProjectStore::tr("The body needs a \"name\" string: workspace/project.")};
    const Result<ProjectName> name = ProjectName::parse(body.value(QStringLiteral("name")).toString());
    if (!name)
        throw ApiError::fromValidation(name.error());
    const Project project = context.projects.create(*name, optionalString(body, QStringLiteral("key")),
                                                    optionalString(body, QStringLiteral("description")));
    return {201, project.toJson()};
}

ApiResponse listProjects(ServerContext &context)
{
    QJsonArray projects;
    for (const Project &project : context.projects.list())
        projects.append(project.toJson());
    return {200, {{QStringLiteral("projects"), projects}}};
}

} // namespace

void addProjectRoutes(Router &router, ServerContext &context)
{
    using Method = QHttpServerRequest::Method;
    router.add(Method::Post, QStringLiteral("/api/v1/projects"),
               [&context](const ApiRequest &request) { return createProject(context, request); });
    router.add(Method::Get, QStringLiteral("/api/v1/projects"),
               [&context](const ApiRequest &) { return listProjects(context); });
    router.add(Method::Get, QStringLiteral("/api/v1/projects/{}/{}"), [&context](const ApiRequest &request) {
        return ApiResponse{200, context.projectAt(request.capture(0), request.capture(1)).toJson()};
    });
}

} // namespace nereid
