#include "access.h"

#include "apierror.h"
#include "apirequest.h"
#include "domain/projectname.h"
#include "membershipstore.h"
#include "servercontext.h"

namespace nereid {

Role Access::roleIn(ServerContext &context, const Caller &caller, const QString &workspace)
{
    if (caller.admin)
        return Role::Owner;
    if (context.reads) {
        if (const std::optional<Role> known = context.reads->role(caller.userId, workspace))
            return *known;
    }
    const Role role = MembershipStore(context.db).roleOf(caller.userId, workspace);
    if (context.reads)
        context.reads->rememberRole(caller.userId, workspace, role);
    return role;
}

Project Access::project(ServerContext &context, const ApiRequest &request, Role needed)
{
    const QString &workspace = request.capture(0);
    const Role role = roleIn(context, request.caller(), workspace);
    // The words of a project that does not exist (ProjectStore::get, ServerContext::projectAt).
    if (role == Role::None)
        throw ApiError{404, QStringLiteral("unknown_project"),
                       ProjectStore::tr("There is no project %1/%2.").arg(workspace, request.capture(1))};
    Project project = context.projectAt(workspace, request.capture(1));
    check(request.caller(), role, needed, workspace, project.fullName());
    return project;
}

QString Access::workspace(ServerContext &context, const ApiRequest &request, Role needed)
{
    const QString &workspace = request.capture(0);
    // A name no project could have is no workspace, not even for the administrator, who is an owner everywhere.
    const Role role =
        ProjectName::fromParts(workspace, workspace) ? roleIn(context, request.caller(), workspace) : Role::None;
    if (role == Role::None)
        throw ApiError{404, QStringLiteral("unknown_workspace"), tr("There is no workspace %1.").arg(workspace)};
    check(request.caller(), role, needed, workspace, QString());
    return workspace;
}

RunRow Access::run(ServerContext &context, const ApiRequest &request, Role needed)
{
    const ReadCache::Run *cached = context.reads ? context.reads->run(request.capture(0)) : nullptr;
    RunRow run = cached ? cached->row : context.runs.get(request.capture(0));
    const QString workspace = run.projectName.section(QLatin1Char('/'), 0, 0);
    const Role role = roleIn(context, request.caller(), workspace);
    // The words of a run that does not exist (RunStore::get).
    if (role == Role::None)
        throw RunStore::unknown(request.capture(0));
    check(request.caller(), role, needed, workspace, run.projectName);
    return run;
}

void Access::require(ServerContext &context, const Caller &caller, const QString &workspace, Role needed,
                     const QString &projectName)
{
    check(caller, roleIn(context, caller, workspace), needed, workspace, projectName);
}

QMap<QString, Role> Access::roles(ServerContext &context, const Caller &caller)
{
    MembershipStore members(context.db);
    if (!caller.admin)
        return members.rolesOf(caller.userId);
    QMap<QString, Role> roles;
    for (const QString &workspace : members.workspaces())
        roles.insert(workspace, Role::Owner);
    for (const Project &project : context.projects.list())
        roles.insert(project.workspace, Role::Owner);
    return roles;
}

QList<Project> Access::visibleProjects(ServerContext &context, const Caller &caller)
{
    QList<Project> projects = context.projects.list();
    if (!caller.admin) {
        const QMap<QString, Role> roles = MembershipStore(context.db).rolesOf(caller.userId);
        projects.removeIf([&](const Project &project) { return !roles.contains(project.workspace); });
    }
    return projects;
}

void Access::check(const Caller &caller, Role role, Role needed, const QString &workspace, const QString &projectName)
{
    const bool readOnly = caller.readOnly && needed > Role::Viewer;
    if (role >= needed && !readOnly)
        return;
    // What a client needs to say it in its own words: "Your token can only read demo/sweep."
    const QJsonObject details{{QStringLiteral("workspace"), workspace},
                              {QStringLiteral("project"), projectName},
                              {QStringLiteral("role"), role == Role::None ? QStringLiteral("none") : roleName(role)},
                              {QStringLiteral("user"), caller.name},
                              {QStringLiteral("needed_role"), roleName(needed)},
                              {QStringLiteral("read_only"), caller.readOnly}};
    if (readOnly)
        throw ApiError{403, QStringLiteral("forbidden"), tr("This token is read-only: it can only read."), details};
    const QString has = role == Role::None ? tr("%1 has no role there").arg(caller.name)
                                           : tr("%1 has the %2 role there").arg(caller.name, roleName(role));
    throw ApiError{403, QStringLiteral("forbidden"),
                   tr("This needs the %1 role in workspace %2; %3.").arg(roleName(needed), workspace, has), details};
}

} // namespace nereid
