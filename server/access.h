#pragma once

#include "role.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace nereid {

class ApiRequest;
class ServerContext;
struct Caller;
struct Project;
struct RunRow;

// Who may do what, in one place: every route asks here before it reads or changes anything.
//
// A user's role in a workspace is their membership's; the server's administrator (the first user of the data
// folder) is the owner of every workspace. A project of a workspace where the caller has no role does not exist
// for them: 404 unknown_project, and its runs 404 unknown_run, with the very words used for names that exist
// nowhere, so nothing leaks. A role below the one needed, or a read-only token asked to change something, is
// 403 forbidden, naming the role needed.
class Access
{
    Q_DECLARE_TR_FUNCTIONS(Access)

public:
    static Role roleIn(ServerContext &context, const Caller &caller, const QString &workspace);

    // The project of the URL's {workspace}/{project}, when the caller has `needed` in its workspace.
    static Project project(ServerContext &context, const ApiRequest &request, Role needed);
    // The workspace of the URL's {workspace}, when the caller has `needed` in it; 404 unknown_workspace when the
    // caller has no role there.
    static QString workspace(ServerContext &context, const ApiRequest &request, Role needed);
    // The run of the URL's {id}, when the caller has `needed` in its project's workspace.
    static RunRow run(ServerContext &context, const ApiRequest &request, Role needed);
    // Throws 403 unless the caller has `needed` in the workspace (whether it exists or not); `projectName`
    // names the project the request is about.
    static void require(ServerContext &context, const Caller &caller, const QString &workspace, Role needed,
                        const QString &projectName);
    // The caller's role in each workspace they have one in: their memberships, or for the administrator every
    // workspace that exists (has a project or a member) as its owner.
    static QMap<QString, Role> roles(ServerContext &context, const Caller &caller);
    // The projects the caller may see, by full name.
    static QList<Project> visibleProjects(ServerContext &context, const Caller &caller);

private:
    static void check(const Caller &caller, Role role, Role needed, const QString &workspace,
                      const QString &projectName);
};

} // namespace nereid
