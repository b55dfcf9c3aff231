#pragma once

#include "domain/runedit.h"
#include "domain/sysconflict.h"

#include <QObject>

namespace nereid {

class Cache;
class OutboxStore;
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
    // `seenRevision` is the run's revision when the user saw the value they changed (when the dialog
    // opened): the server refuses the edit if someone else changed that field since. 0 takes the cached
    // run's revision now, for edits made at once on what is shown (trash, restore, a table's cell).
    bool edit(const QString &runId, RunEdit::Kind kind, const QVariant &value, qint64 seenRevision = 0);
    QList<SysConflict> conflicts(const QString &runId = {});
    // Keeping mine edits the field again on top of the server's revision; keeping theirs drops mine.
    bool resolve(const QString &runId, const QString &field, bool keepMine);

    // --- the sync engine's side
    QList<RunEdit> outbox();
    // The server has the edit; `serverRun` is the run it answered with. Later edits of the same field
    // that saw at least what this one saw are now based on it; the others keep the revision they saw, so
    // the server still refuses them if someone else changed the field meanwhile.
    bool acknowledge(const RunEdit &edit, const RunRecord &serverRun);
    bool recordConflict(const RunEdit &edit, const SysConflict &conflict);
    // The server refused the edit for good (the run is gone): it leaves the outbox.
    bool drop(const RunEdit &edit);
    // The server will not take the edit from this user (403): it leaves the outbox, and the run's editable sys
    // fields show `serverRun`'s values again, under the edits still waiting, so nothing shows what was not saved.
    bool undo(const RunEdit &edit, const RunRecord &serverRun);

signals:
    // An edit waits in the outbox.
    void editQueued();
    void conflictsChanged(const QString &runId);

private:
    // Applies `edit` to the run's sys columns and queues it; inside a transaction. Answers the run's project.
    QString queue(RunEdit edit);
    // After `acknowledged` reached the server at `revision`: moves the base of later edits it vouches for.
    static void rebaseAfter(OutboxStore &outbox, const RunEdit &acknowledged, qint64 revision);
    void announce(const QString &project, const QString &runId, const QStringList &paths);

    Cache &m_cache;
};

} // namespace nereid
