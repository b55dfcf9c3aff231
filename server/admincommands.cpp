#include "admincommands.h"

#include "apierror.h"
#include "blobcollector.h"
#include "clock.h"
#include "domain/projectname.h"
#include "membershipstore.h"
#include "servermeta.h"
#include "serveroptions.h"
#include "sqlitebackup.h"
#include "transaction.h"

#include <cstdio>

namespace nereid {

namespace {

using Command = ServerOptions::Command;

int fail(const QString &message)
{
    std::fprintf(stderr, "nereid-server: %s\n", qPrintable(message));
    return 1;
}

int say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    return 0;
}

// User names are printed in lists and typed in commands: no blanks or control characters in them.
bool isValidUserName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    return std::none_of(name.begin(), name.end(),
                        [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; });
}

// One line per user: the name, a tab, then the user's roles, "administrator" first for the administrator (the owner
// of every workspace), then WORKSPACE:ROLE for each membership, by workspace; nothing after the tab for a user
// without a role.
int listUsers(ServerContext &context)
{
    MembershipStore members(context.db);
    for (const TokenStore::User &user : context.tokens.users()) {
        QStringList roles;
        if (user.admin)
            roles.append(QStringLiteral("administrator"));
        const QMap<QString, Role> memberships = members.rolesOf(user.id);
        for (auto it = memberships.cbegin(); it != memberships.cend(); ++it)
            roles.append(it.key() + QLatin1Char(':') + roleName(it.value()));
        say(user.name + QLatin1Char('\t') + roles.join(QLatin1Char(' ')));
    }
    return 0;
}

int runMemberCommand(ServerContext &context, const ServerOptions &options)
{
    MembershipStore members(context.db);
    if (!ProjectName::fromParts(options.workspace, options.workspace))
        return fail(QStringLiteral("\"%1\" is not a valid workspace name: use 1 to 50 letters, digits, '-', '_' or "
                                   "'.', starting with a letter or digit.")
                        .arg(options.workspace));
    if (options.command == Command::ListMembers) {
        for (const MembershipStore::Member &member : members.members(options.workspace))
            say(member.user + QLatin1Char('\t') + roleName(member.role));
        return 0;
    }
    const std::optional<Role> role = roleFromName(options.role);
    if (options.command == Command::AddMember && !role)
        return fail(QStringLiteral("\"%1\" is not a role: use viewer, contributor or owner.").arg(options.role));
    const std::optional<qint64> userId = context.tokens.userId(options.user);
    if (!userId)
        return fail(
            QStringLiteral("there is no user %1 (add one with 'nereid-server user add %1').").arg(options.user));
    if (options.command == Command::RemoveMember) {
        if (!members.remove(options.workspace, *userId))
            return fail(QStringLiteral("%1 is not a member of workspace %2.").arg(options.user, options.workspace));
        return say(QStringLiteral("%1 is no longer a member of workspace %2").arg(options.user, options.workspace));
    }
    members.set(options.workspace, *userId, *role);
    return say(QStringLiteral("%1 has the %2 role in workspace %3").arg(options.user, options.role, options.workspace));
}

} // namespace

QString parseAdminCommand(const QStringList &words, ServerOptions &options)
{
    const QString verb = words.value(1);
    if (words.value(0) == QLatin1String("backup")) {
        if (words.size() != 2)
            return QStringLiteral("Use 'backup OUT': OUT is the new folder the copy goes into.");
        options.command = Command::Backup;
        options.backupFolder = verb;
        return {};
    }
    if (words.value(0) == QLatin1String("epoch")) {
        if (verb != QLatin1String("renew") || words.size() != 2)
            return QStringLiteral("Use 'epoch renew'.");
        options.command = Command::RenewEpoch;
        return {};
    }
    if (words.value(0) == QLatin1String("user")) {
        if (verb == QLatin1String("add") && words.size() == 3) {
            options.command = Command::AddUser;
            options.user = words.value(2);
        } else if (verb == QLatin1String("list") && words.size() == 2) {
            options.command = Command::ListUsers;
        } else {
            return QStringLiteral("Use 'user add NAME' or 'user list'.");
        }
        return {};
    }
    options.workspace = words.value(2);
    if (verb == QLatin1String("add") && words.size() == 5) {
        options.command = Command::AddMember;
        options.user = words.value(3);
        options.role = words.value(4);
    } else if (verb == QLatin1String("remove") && words.size() == 4) {
        options.command = Command::RemoveMember;
        options.user = words.value(3);
    } else if (verb == QLatin1String("list") && words.size() == 3) {
        options.command = Command::ListMembers;
    } else {
        return QStringLiteral("Use 'member add WORKSPACE USER ROLE', 'member remove WORKSPACE USER' or "
                              "'member list WORKSPACE'.");
    }
    return {};
}

// `gc`: the collection the server runs once an hour, now, for a server that is stopped or beside one running (its
// uploads under way are not touched; SQLite's locks order the two writers).
static int collectBlobs(ServerContext &context)
{
    try {
        const qint64 now = nowMs();
        const BlobCollector::Candidates candidates = BlobCollector::find(context, now);
        BlobCollector::Removed removed;
        if (!candidates.hashes.isEmpty()) {
            Transaction transaction(context.db);
            removed = BlobCollector::forget(context, candidates, now);
            transaction.commit();
            BlobCollector::removeFiles(*context.blobs, removed, candidates.foundAt);
        }
        return say(QStringLiteral("removed %1 blobs, %2 bytes").arg(removed.hashes.size()).arg(removed.bytes));
    } catch (const ApiError &error) {
        return fail(error.message);
    }
}

// `backup OUT`: a copy of the data folder that `--data OUT` serves, made while the server may be writing.
static int backUp(const ServerOptions &options)
{
    if (!options.settings.database.isEmpty() && !options.settings.database.startsWith(QLatin1String("sqlite:")))
        return fail(QStringLiteral("backup copies a SQLite data folder; for PostgreSQL use pg_dump (see the README)"));
    const SqliteBackup::Result copied = SqliteBackup::run(options.dataDir, options.backupFolder);
    if (!copied.error.isEmpty())
        return fail(copied.error);
    return say(QStringLiteral("copied the database (%1 bytes) and %2 files (%3 bytes, %4 of them hard links) into %5; "
                              "its epoch is %6")
                   .arg(copied.databaseBytes)
                   .arg(copied.blobs)
                   .arg(copied.blobBytes)
                   .arg(copied.linkedBlobs)
                   .arg(options.backupFolder, copied.epoch));
}

// `epoch renew`: after a restore, so that the clients whose cursors came from the database before it resync.
static int renewEpoch(ServerContext &context)
{
    try {
        Transaction transaction(context.db);
        const QString epoch = ServerMeta(context.db).renewEpoch();
        transaction.commit();
        return say(QStringLiteral("the database's epoch is now %1").arg(epoch));
    } catch (const ApiError &error) {
        return fail(error.message);
    }
}

int runAdminCommand(ServerContext &context, const ServerOptions &options)
{
    switch (options.command) {
    case Command::CreateToken:
        return say(context.tokens.createToken(options.user, options.readOnly));
    case Command::RevokeToken:
        if (!context.tokens.revoke(options.token))
            return fail(QStringLiteral("no such token, or it was revoked already"));
        return say(QStringLiteral("revoked"));
    case Command::AddUser:
        if (!isValidUserName(options.user))
            return fail(QStringLiteral("\"%1\" is not a valid user name: use 1 to 64 characters without blanks.")
                            .arg(options.user));
        if (!context.tokens.addUser(options.user))
            return fail(QStringLiteral("the user %1 exists already.").arg(options.user));
        return say(QStringLiteral("added the user %1").arg(options.user));
    case Command::ListUsers:
        return listUsers(context);
    case Command::AddMember:
    case Command::RemoveMember:
    case Command::ListMembers:
        return runMemberCommand(context, options);
    case Command::CollectBlobs:
        return collectBlobs(context);
    case Command::Backup:
        return backUp(options);
    case Command::RenewEpoch:
        return renewEpoch(context);
    case Command::Serve:
        break;
    }
    return fail(QStringLiteral("nothing to do"));
}

} // namespace nereid
