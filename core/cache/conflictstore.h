#pragma once

#include "domain/sysconflict.h"

#include <optional>
#include <QList>

namespace nereid {

class CacheDatabase;

// The conflicts waiting for the user, one per run and field (a newer conflict on the same field replaces the
// older one: it holds the user's latest text). The caller holds the transaction for writes.
class ConflictStore
{
public:
    explicit ConflictStore(CacheDatabase &db)
        : m_db(db)
    {
    }

    void record(const SysConflict &conflict);
    // Every conflict, or those of one run.
    QList<SysConflict> list(const QString &runId = {});
    std::optional<SysConflict> find(const QString &runId, const QString &field);
    void remove(const QString &runId, const QString &field);

private:
    CacheDatabase &m_db;
};

} // namespace nereid
