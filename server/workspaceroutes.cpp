#include "workspaceroutes.h"

#include "access.h"
#include "apierror.h"
#include "apirequest.h"
#include "membershipstore.h"
#include "router.h"
#include "servercontext.h"

#include <QJsonArray>

namespace nereid {

namespace {

QJsonObject memberJson(const QString &workspace, const QString &user, Role role)
{
    return {{QStringLiteral("workspace"), workspace},
            {QStringLiteral("user"), user},
            {QStringLiteral("role"), role == Role::None ? QJsonValue() : QJsonValue(roleName(role))}};
}

ApiResponse listMembers(ServerContext &context, const ApiRequest &request)
{
    const QString workspace = Access::workspace(context, request, Role::Viewer);
    QJsonArray members;
    for (const MembershipStore::Member &member : MembershipStore(context.db).members(workspace))
        members.append(
            QJsonObject{{QStringLiteral("user"), member.user}, {QStringLiteral("role"), roleName(member.role)}});
    return {200, {{QStringLiteral("workspace"), workspace}, {QStringLiteral("members"), members}}};
}

qint64 userIdOf(ServerContext &context, const QString &user)
{
    if (const std::optional<qint64> id = context.tokens.userId(user))
        return *id;
    throw ApiError{404, QStringLiteral("unknown_user"), Access::tr("There is no user %1.").arg(user)};
}

ApiResponse setMember(ServerContext &context, const ApiRequest &request)
{
    const QString workspace = Access::workspace(context, request, Role::Owner);
    const QJsonValue roleJson = request.jsonBody().value(QStringLiteral("role"));
    const std::optional<Role> role = roleFromName(roleJson.toString());
    if (!roleJson.isString() || !role)
        throw ApiError{400, QStringLiteral("invalid_request"),
                       Access::tr("The body needs \"role\": \"viewer\", \"contributor\" or \"owner\".")};
    const QString &user = request.capture(1);
    MembershipStore(context.db).set(workspace, userIdOf(context, user), *role);
    return {200, memberJson(workspace, user, *role)};
}

ApiResponse removeMember(ServerContext &context, const ApiRequest &request)
{
    const QString workspace = Access::workspace(context, request, Role::Owner);
    const QString &user = request.capture(1);
    if (!MembershipStore(context.db).remove(workspace, userIdOf(context, user)))
        throw ApiError{404, QStringLiteral("unknown_member"),
                       Access::tr("%1 is not a member of workspace %2.").arg(user, workspace)};
    return {200, memberJson(workspace, user, Role::None)};
}

} // namespace

void addWorkspaceRoutes(Router &router, ServerContext &context)
{
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/workspaces/{}/members"),
               [&context](const ApiRequest &request) { return listMembers(context, request); });
    router.add(HttpMethod::Put, QStringLiteral("/api/v1/workspaces/{}/members/{}"),
               [&context](const ApiRequest &request) { return setMember(context, request); });
    router.add(HttpMethod::Delete, QStringLiteral("/api/v1/workspaces/{}/members/{}"),
               [&context](const ApiRequest &request) { return removeMember(context, request); });
}

} // namespace nereid
