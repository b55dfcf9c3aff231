#pragma once

#include "domain/viewedit.h"

#include <QList>

namespace nereid {

class CacheDatabase;

// The view outbox: saves and deletions of saved views that the server does not have yet, in the order they were
// made, kept in the cache file beside the run outbox (OutboxStore) so they survive quitting and days offline.
// The caller holds the transaction.
class ViewOutboxStore
{
public:
    explicit ViewOutboxStore(CacheDatabase &db)
        : m_db(db)
    {
    }

    qint64 append(const ViewEdit &edit);
    // Every waiting edit, or those of one view.
    QList<ViewEdit> pending(const QString &project = {}, const QString &name = {});
    void remove(qint64 id);
    void setBaseRevision(qint64 id, qint64 revision);

private:
    CacheDatabase &m_db;
};

} // namespace nereid
