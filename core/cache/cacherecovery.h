#pragma once

#include "domain/runedit.h"
#include "domain/viewedit.h"

#include <QCoreApplication>
#include <QList>

namespace nereid {

// What is done with a damaged cache file: it is moved aside (kept, never deleted, for a bug report or a
// rescue), the cache is rebuilt from the server, and the edits of its outbox are carried over when the outbox
// can still be read, since those exist nowhere else.
class CacheRecovery
{
    Q_DECLARE_TR_FUNCTIONS(CacheRecovery)

public:
    explicit CacheRecovery(QString filePath)
        : m_filePath(std::move(filePath))
    {
    }

    // Moves the file, with its -wal and -shm, to "<file>.damaged-<UTC time>"; throws CacheError if it cannot.
    void moveAside();
    const QString &damagedPath() const { return m_damagedPath; }
    // The unsent edits that can still be read from the damaged file, in their order; none if none can.
    QList<RunEdit> salvageOutbox() const;
    // The same for the saved views' outbox (none from a file older than the views).
    QList<ViewEdit> salvageViewOutbox() const;

private:
    QString m_filePath;
    QString m_damagedPath;
};

} // namespace nereid
