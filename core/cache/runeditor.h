#pragma once

#include "runedit.h"
#include "sysconflict.h"

#include <QObject>

namespace nereid {

class Cache;
struct RunRecord;

// Edits made in the app. Each is applied to the cache and appended to the outbox in one transaction, so the
// app shows it at once and the sync engine pushes it later, in order, however long the server is away. When
// the server refuses an edit of name, description or failed because someone changed it first, the run keeps
// the server's value and a conflict keeps both until the user chooses.
class RunEditor : public QObject
{
    Q_OBJECT

public:
    explicit RunEditor(Cache &cache, QObject *parent = nullptr);

    // --- the user's side
    bool edit(const QString &runId, RunEdit::Kind kind, const QVariant &value);
    QList<SysConflict> conflicts(const QString &runId = {});
    // Keeping mine edits the field again on top of the server's revision; keeping theirs drops mine.
    bool resolve(const QString &runId, const QString &field, bool keepMine);

    // --- the sync engine's side
    QList<RunEdit> outbox();
    // The server has the edit; `serverRun` is the run it answered with.
    bool acknowledge(const RunEdit &edit, const RunRecord &serverRun);
    bool recordConflict(const RunEdit &edit, const SysConflict &conflict);
    // The server refused the edit for good (the run is gone): it leaves the outbox.
    bool drop(const RunEdit &edit);

signals:
    // An edit waits in the outbox.
    void editQueued();
    void conflictsChanged(const QString &runId);

private:
    // Applies `edit` to the run's sys columns and queues it; inside a transaction. Answers the run's project.
    QString queue(RunEdit edit);
    void announce(const QString &project, const QString &runId, const QStringList &paths);

    Cache &m_cache;
};

} // namespace nereid
