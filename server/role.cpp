#include "role.h"

namespace nereid {

QString roleName(Role role)
{
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::Contributor:
        return QStringLiteral("contributor");
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::None:
        break;
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (const Role role : {Role::Viewer, Role::Contributor, Role::Owner}) {
        if (name == roleName(role))
            return role;
    }
    return std::nullopt;
}

} // namespace nereid
