#pragma once

#include <optional>
#include <QStringList>

namespace nereid {

class CacheDatabase;

// The projects the cache holds and, for each, the sync cursor: the revision up to which the changes feed has
// been applied. The cursor is written in the transaction of the page it ends, so it never runs ahead of the
// runs it stands for. The caller holds the transaction for writes.
class CacheProjectStore
{
public:
    struct SyncState
    {
        qint64 cursor = 0;
        qint64 serverRevision = 0; // the project's revision when the last page was read
        QString epoch = {};        // the server database's the cursor counts in; empty before the first page
    };

    explicit CacheProjectStore(CacheDatabase &db)
        : m_db(db)
    {
    }

    // The project's row id, adding the project if the cache has not seen it.
    qint64 ensure(const QString &project);
    std::optional<qint64> find(const QString &project);
    QStringList names();

    // The cursor of the project's runs (`kind` empty or "run") or of its objects of another kind.
    SyncState syncState(const QString &project, const QString &kind = {});
    void setSyncState(qint64 projectId, const SyncState &state, const QString &kind = {});
    // Forgets the project's objects of every kind, their fields and points, and its cursors (the database the
    // cursors came from is gone); `epoch` is the new database's. The outbox and the conflicts stay: they are the
    // user's.
    void reset(qint64 projectId, const QString &epoch);

private:
    CacheDatabase &m_db;
};

} // namespace nereid
