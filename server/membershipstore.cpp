#include "membershipstore.h"

#include "database.h"

#include <QVariant>

namespace nereid {

Role MembershipStore::roleOf(qint64 userId, const QString &workspace)
{
    QSqlQuery &select =
        m_db.prepared(QStringLiteral("SELECT role FROM memberships WHERE workspace = ? AND user_id = ?"));
    select.addBindValue(workspace);
    select.addBindValue(userId);
    m_db.exec(select);
    Role role = Role::None;
    if (select.next())
        role = roleFromName(select.value(0).toString()).value_or(Role::None);
    select.finish();
    return role;
}

QMap<QString, Role> MembershipStore::rolesOf(qint64 userId)
{
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT workspace, role FROM memberships WHERE user_id = ?"));
    select.addBindValue(userId);
    m_db.exec(select);
    QMap<QString, Role> roles;
    while (select.next())
        roles.insert(select.value(0).toString(), roleFromName(select.value(1).toString()).value_or(Role::None));
    select.finish();
    return roles;
}

QSet<QString> MembershipStore::workspaces()
{
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT DISTINCT workspace FROM memberships"));
    m_db.exec(select);
    QSet<QString> workspaces;
    while (select.next())
        workspaces.insert(select.value(0).toString());
    select.finish();
    return workspaces;
}

QList<MembershipStore::Member> MembershipStore::members(const QString &workspace)
{
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT users.name, role FROM memberships"
                                                     " JOIN users ON users.id = memberships.user_id"
                                                     " WHERE workspace = ? ORDER BY users.name"));
    select.addBindValue(workspace);
    m_db.exec(select);
    QList<Member> members;
    while (select.next())
        members.append({select.value(0).toString(), roleFromName(select.value(1).toString()).value_or(Role::None)});
    select.finish();
    return members;
}

void MembershipStore::set(const QString &workspace, qint64 userId, Role role)
{
    QSqlQuery &upsert =
        m_db.prepared(QStringLiteral("INSERT INTO memberships(workspace, user_id, role) VALUES(?, ?, ?)"
                                     " ON CONFLICT(workspace, user_id) DO UPDATE SET role = excluded.role"));
    upsert.addBindValue(workspace);
    upsert.addBindValue(userId);
    upsert.addBindValue(roleName(role));
    m_db.exec(upsert);
}

bool MembershipStore::remove(const QString &workspace, qint64 userId)
{
    QSqlQuery &remove = m_db.prepared(QStringLiteral("DELETE FROM memberships WHERE workspace = ? AND user_id = ?"));
    remove.addBindValue(workspace);
    remove.addBindValue(userId);
    m_db.exec(remove);
    return remove.numRowsAffected() > 0;
}

void MembershipStore::claim(const QString &workspace, qint64 userId)
{
    QSqlQuery &insert =
        m_db.prepared(QStringLiteral("INSERT INTO memberships(workspace, user_id, role) SELECT ?, CAST(? AS BIGINT), ?"
                                     " WHERE NOT EXISTS (SELECT 1 FROM memberships WHERE workspace = ?)"));
    insert.addBindValue(workspace);
    insert.addBindValue(userId);
    insert.addBindValue(roleName(Role::Owner));
    insert.addBindValue(workspace);
    m_db.exec(insert);
}

} // namespace nereid
