#pragma once

#include "caller.h"
#include "role.h"
#include "runrow.h"

#include <optional>
#include <QByteArray>
#include <QHash>

namespace nereid {

class Database;

// What reads look up on every request (a token's caller, a user's role in a workspace, a run with its fields as
// JSON text), kept by each serving thread between requests while the database has not changed. SQLite's data
// version tells: it moves whenever another connection commits, this process's writer and other processes (the
// token and member commands) alike, so nothing is served from here that a commit has changed. Under a steady
// stream of writes it is emptied at each commit and reads go to SQL as before; a thread that only reads (a team
// browsing runs) answers from memory. Used on reading threads only: a connection's own commits do not move its
// data version.
class ReadCache
{
public:
    struct Run
    {
        RunRow row;
        QByteArray fieldsText; // the run's "fields" member
    };

    // Empties the cache if the database changed since it was filled. Called once per request, before any lookup.
    void revalidate(Database &db);

    std::optional<Caller> caller(const QByteArray &token) const;
    void rememberCaller(const QByteArray &token, const Caller &caller);

    std::optional<Role> role(qint64 userId, const QString &workspace) const;
    void rememberRole(qint64 userId, const QString &workspace, Role role);

    const Run *run(const QString &runId) const;
    void rememberRun(const QString &runId, Run run);

private:
    static constexpr qsizetype MaxEntries = 4096; // a bound on memory: the cache starts again beyond it
    template<typename Hash> void makeRoom(Hash &hash);

    std::optional<qint64> m_dataVersion;
    QHash<QByteArray, Caller> m_callers;
    QHash<QString, Role> m_roles; // by "user id/workspace"
    QHash<QString, Run> m_runs;
};

} // namespace nereid
