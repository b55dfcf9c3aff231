#pragma once

#include "domain/runedit.h"

#include <QHash>
#include <QList>

namespace nereid {

class CacheDatabase;

// The outbox: edits made in the app that the server does not have yet, in the order they were made. It lives
// in the cache file, so edits survive quitting, crashing and days offline. The caller holds the transaction.
class OutboxStore
{
public:
    explicit OutboxStore(CacheDatabase &db)
        : m_db(db)
    {
    }

    // Stores the edit; answers its id.
    qint64 append(const RunEdit &edit);
    QList<RunEdit> pending();
    QHash<QString, QList<RunEdit>> pendingByRun();
    void remove(qint64 id);
    // The edit `id` is based on `revision` now (see RunEditor::acknowledge).
    void setBaseRevision(qint64 id, qint64 revision);

private:
    CacheDatabase &m_db;
};

} // namespace nereid
