#include "projectroutes.h"

#include "access.h"
#include "apierror.h"
#include "apirequest.h"
#include "membershipstore.h"
#include "router.h"
#include "servercontext.h"
#include "workspaceroutes.h"

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
    // Refused before the name is looked up, so a 409 never tells an outsider that a project exists.
    Access::require(context, request.caller(), name->workspace(), Role::Owner, name->toString());
    const Project project = context.projects.create(*name, optionalString(body, QStringLiteral("key")),
                                                    optionalString(body, QStringLiteral("description")));
    MembershipStore(context.db).claim(project.workspace, request.caller().userId);
    return {201, project.toJson()};
}

ApiResponse listProjects(ServerContext &context, const ApiRequest &request)
{
    QJsonArray projects;
    for (const Project &project : Access::visibleProjects(context, request.caller()))
        projects.append(project.toJson());
    return {200, {{QStringLiteral("projects"), projects}}};
}

} // namespace

void addProjectRoutes(Router &router, ServerContext &context)
{
    addWorkspaceRoutes(router, context); // projects live in workspaces: their members come with them
    using Method = HttpMethod;
    router.add(Method::Post, QStringLiteral("/api/v1/projects"),
               [&context](const ApiRequest &request) { return createProject(context, request); });
    router.add(Method::Get, QStringLiteral("/api/v1/projects"),
               [&context](const ApiRequest &request) { return listProjects(context, request); });
    router.add(Method::Get, QStringLiteral("/api/v1/projects/{}/{}"), [&context](const ApiRequest &request) {
        return ApiResponse{200, Access::project(context, request, Role::Viewer).toJson()};
    });
}

} // namespace nereid
