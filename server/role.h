#pragma once

#include <optional>
#include <QString>

namespace nereid {

// A user's role in a workspace. Each role may do what the ones below it may: a viewer reads, a contributor
// also logs runs, edits run information and trashes or restores runs, an owner also creates projects in
// the workspace (members are managed with `nereid-server member`, on the server's machine).
enum class Role
{
    None, // not a member: the workspace's projects do not exist for this user
    Viewer,
    Contributor,
    Owner,
};

// "viewer", "contributor", "owner" (the names of the CLI, the database and the API's errors); "" for None.
QString roleName(Role role);
// The role of one of those names; nullopt for anything else ("none" included: that is no membership).
std::optional<Role> roleFromName(const QString &name);

} // namespace nereid
