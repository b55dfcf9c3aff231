#include "readcache.h"

#include "database.h"

namespace nereid {

namespace {

QString roleKey(qint64 userId, const QString &workspace)
{
    return QString::number(userId) + QLatin1Char('/') + workspace;
}

} // namespace

void ReadCache::revalidate(Database &db)
{
    const std::optional<qint64> version = db.dataVersion();
    if (version && version == m_dataVersion)
        return;
    m_callers.clear();
    m_roles.clear();
    m_runs.clear();
    m_dataVersion = version;
}

std::optional<Caller> ReadCache::caller(const QByteArray &token) const
{
    const auto it = m_callers.constFind(token);
    return it == m_callers.cend() ? std::nullopt : std::optional<Caller>(*it);
}

void ReadCache::rememberCaller(const QByteArray &token, const Caller &caller)
{
    if (!m_dataVersion)
        return;
    makeRoom(m_callers);
    m_callers.insert(token, caller);
}

std::optional<Role> ReadCache::role(qint64 userId, const QString &workspace) const
{
    const auto it = m_roles.constFind(roleKey(userId, workspace));
    return it == m_roles.cend() ? std::nullopt : std::optional<Role>(*it);
}

void ReadCache::rememberRole(qint64 userId, const QString &workspace, Role role)
{
    if (!m_dataVersion)
        return;
    makeRoom(m_roles);
    m_roles.insert(roleKey(userId, workspace), role);
}

const ReadCache::Run *ReadCache::run(const QString &runId) const
{
    const auto it = m_runs.constFind(runId);
    return it == m_runs.cend() ? nullptr : &*it;
}

void ReadCache::rememberRun(const QString &runId, Run run)
{
    if (!m_dataVersion)
        return;
    makeRoom(m_runs);
    m_runs.emplace(runId, std::move(run));
}

template<typename Hash> void ReadCache::makeRoom(Hash &hash)
{
    if (hash.size() >= MaxEntries)
        hash.clear();
}

} // namespace nereid
