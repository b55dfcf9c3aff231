#pragma once

#include "role.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace nereid {

class Database;

// Who belongs to which workspace, with which role (the memberships table). A workspace is a name:
// it exists once it has a project or a member.
class MembershipStore
{
public:
    explicit MembershipStore(Database &db)
        : m_db(db)
    {
    }

    struct Member
    {
        QString user;
        Role role = Role::None;
    };

    // The user's role in the workspace; Role::None when they are not a member.
    Role roleOf(qint64 userId, const QString &workspace);
    // The user's role in each workspace where they are a member.
    QMap<QString, Role> rolesOf(qint64 userId);
    // Every workspace that has a member.
    QSet<QString> workspaces();
    // The workspace's members by name.
    QList<Member> members(const QString &workspace);

    // Adds the member, or gives them `role` if they are one already.
    void set(const QString &workspace, qint64 userId, Role role);
    // True when the user was a member and is no longer.
    bool remove(const QString &workspace, qint64 userId);
    // Makes the user the workspace's owner if it has no members yet: whoever creates the first project of
    // a new workspace owns it, so `member list` always names someone who can manage it.
    void claim(const QString &workspace, qint64 userId);

private:
    Database &m_db;
};

} // namespace nereid
