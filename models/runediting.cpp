#include "runediting.h"

#include "cache/cache.h"
#include "cache/runeditor.h"
#include "runchanges.h"

namespace nereid {

RunEditing::RunEditing(Cache &cache, RunEditor *editor, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_editor(editor)
{
    // Pushed edits come back as changed runs: the count of edits waiting may have dropped.
    connect(&cache, &Cache::runsChanged, this, &RunEditing::countsChanged);
    if (!editor)
        return;
    connect(editor, &RunEditor::editQueued, this, &RunEditing::countsChanged);
    connect(editor, &RunEditor::conflictsChanged, this, &RunEditing::countsChanged);
    connect(editor, &RunEditor::conflictsChanged, this, &RunEditing::conflictsChanged);
}

bool RunEditing::edit(const QString &runId, RunEdit::Kind kind, const QVariant &value, qint64 seenRevision)
{
    return m_editor && m_editor->edit(runId, kind, value, seenRevision);
}

bool RunEditing::save(const RunChanges &changes)
{
    for (const auto &[kind, value] : changes.edits())
        if (!edit(changes.runId, kind, value, changes.seenRevision))
            return false;
    return true;
}

QList<SysConflict> RunEditing::conflicts(const QString &runId)
{
    return m_editor ? m_editor->conflicts(runId) : QList<SysConflict>();
}

bool RunEditing::resolve(const QString &runId, const QString &field, bool keepMine)
{
    return m_editor && m_editor->resolve(runId, field, keepMine);
}

qsizetype RunEditing::waitingEdits()
{
    return m_editor ? m_editor->outbox().size() : 0;
}

std::optional<RunRecord> RunEditing::run(const QString &runId)
{
    return m_cache.run(runId);
}

QString RunEditing::errorString() const
{
    return m_editor ? m_cache.errorString() : tr("This view cannot edit runs.");
}

} // namespace nereid
