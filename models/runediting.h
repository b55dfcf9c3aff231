#pragma once

#include "domain/runedit.h"
#include "domain/runrecord.h"
#include "domain/sysconflict.h"

#include <optional>
#include <QObject>

namespace nereid {

class Cache;
class RunEditor;
struct RunChanges;

// The app's edits of runs as the views see them: an edit, the conflicts the server reported and their resolution,
// the number of edits waiting for the server, and the run as the cache holds it now. Edits go through the cache's
// RunEditor (the cache at once, the server when pushed); without one (a read-only view) every edit is refused.
class RunEditing : public QObject
{
    Q_OBJECT

public:
    RunEditing(Cache &cache, RunEditor *editor, QObject *parent = nullptr);

    // See RunEditor::edit(). False, with errorString(), when the cache refused it.
    bool edit(const QString &runId, RunEdit::Kind kind, const QVariant &value, qint64 seenRevision = 0);
    // Every change of the run information dialog; false, with errorString(), when one could not be stored.
    bool save(const RunChanges &changes);
    QList<SysConflict> conflicts(const QString &runId = {});
    bool resolve(const QString &runId, const QString &field, bool keepMine);
    // Edits not yet acknowledged by the server.
    qsizetype waitingEdits();
    std::optional<RunRecord> run(const QString &runId);
    QString errorString() const;

signals:
    // waitingEdits() or conflicts() may have changed: an edit was queued, pushed or refused, a conflict came or went.
    void countsChanged();
    void conflictsChanged(const QString &runId);

private:
    Cache &m_cache;
    RunEditor *m_editor;
};

} // namespace nereid
