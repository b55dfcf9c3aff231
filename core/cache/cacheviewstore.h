#pragma once

#include "domain/savedview.h"

#include <QList>

namespace nereid {

class CacheDatabase;

// The saved views the cache holds per project, as the app shows them (the server's, with the user's edits that
// wait in the view outbox applied), and the revision up to which the server's views were pulled. The caller
// holds the transaction for writes.
class CacheViewStore
{
public:
    explicit CacheViewStore(CacheDatabase &db)
        : m_db(db)
    {
    }

    // By name, in the order a person would look for them.
    QList<SavedView> list(const QString &project);
    std::optional<SavedView> find(const QString &project, const QString &name);
    void put(const QString &project, const SavedView &view);
    void remove(const QString &project, const QString &name);
    void removeAll(const QString &project);
    // Clears the flag of every view of the project but `except`.
    void clearDefault(const QString &project, const QString &except);

    qint64 cursor(const QString &project);
    void setCursor(const QString &project, qint64 revision);
    // The server database's epoch the cursor counts in (docs/api.md); empty until a listing said it.
    QString epoch(const QString &project);
    void setEpoch(const QString &project, const QString &epoch);

private:
    CacheDatabase &m_db;
};

} // namespace nereid
