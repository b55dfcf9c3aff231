#pragma once

#include "domain/viewedit.h"

#include <QList>

namespace nereid {

class CacheDatabase;

// The saved-view conflicts waiting for the user, one per project and view name (a newer one replaces the older:
// it holds the user's latest state). The caller holds the transaction for writes.
class ViewConflictStore
{
public:
    explicit ViewConflictStore(CacheDatabase &db)
        : m_db(db)
    {
    }

    void record(const ViewConflict &conflict);
    QList<ViewConflict> list(const QString &project);
    void remove(const QString &project, const QString &name);

private:
    CacheDatabase &m_db;
};

} // namespace nereid
