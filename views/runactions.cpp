#include "runactions.h"

#include "conflictpanel.h"
#include "models/runediting.h"
#include "models/runtablemodel.h"
#include "runeditcommand.h"
#include "runinfodialog.h"

#include <QInputDialog>
#include <QSet>
#include <QUndoStack>

namespace nereid {

RunActions::RunActions(RunEditing *editing, RunTableModel *runs, QWidget *window)
    : QObject(window)
    , m_editing(editing)
    , m_runs(runs)
    , m_window(window)
    , m_undo(new QUndoStack(this))
{
}

QStringList RunActions::projectTags() const
{
    QSet<QString> tags;
    for (int row = 0; row < m_runs->rowCount(); ++row) {
        const RunRecord &run = m_runs->record(row);
        for (const QStringList *list : {&run.tags, &run.groupTags})
            tags.unite(QSet<QString>(list->cbegin(), list->cend()));
    }
    QStringList sorted(tags.cbegin(), tags.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

void RunActions::openRunInformation(const QString &runId)
{
    const int row = m_runs->rowOf(runId);
    // The table holds the run as last synced; the dialog edits against that revision. A model's version listed under
    // the models (ModelVersionsPanel) is not in this table: the cache has it.
    const std::optional<RunRecord> seen = row >= 0 ? m_runs->record(row) : m_editing->run(runId);
    if (!seen)
        return;
    RunInfoDialog dialog(*seen, projectTags(), m_window);
    auto *conflicts = new ConflictPanel(m_editing, runId, &dialog);
    dialog.addConflictPanel(conflicts);
    connect(conflicts, &ConflictPanel::resolved, &dialog, [this, &dialog, runId] {
        if (const std::optional<RunRecord> run = m_editing->run(runId))
            dialog.setRun(*run);
    });
    if (dialog.exec() == QDialog::Accepted && !m_editing->save(dialog.changes()))
        emit failed(tr("The edit of %1 could not be saved: %2").arg(runId, m_editing->errorString()));
}

namespace {

// The runs of `runIds` that `kind` would change (not trashed yet, lacking the tag, ...): only they are edited, and
// undone.
QStringList runsChangedBy(const RunTableModel &runs, const QStringList &runIds, RunEdit::Kind kind, const QString &tag)
{
    QStringList changed;
    for (const QString &runId : runIds) {
        const int row = runs.rowOf(runId);
        if (row < 0)
            continue;
        const RunRecord &run = runs.record(row);
        const bool changes = kind == RunEdit::Kind::Trash     ? !run.trashed
                             : kind == RunEdit::Kind::Restore ? run.trashed
                             : kind == RunEdit::Kind::AddTags ? !run.tags.contains(tag)
                                                              : run.tags.contains(tag);
        if (changes)
            changed.append(runId);
    }
    return changed;
}

} // namespace

void RunActions::trashRuns(const QStringList &runIds, bool trash)
{
    const RunEdit::Kind kind = trash ? RunEdit::Kind::Trash : RunEdit::Kind::Restore;
    const QStringList changed = runsChangedBy(*m_runs, runIds, kind, QString());
    if (!changed.isEmpty())
        m_undo->push(new RunEditCommand(m_editing, changed, kind, QVariant(), reportRefusal()));
}

std::function<void(const QString &)> RunActions::reportRefusal()
{
    return [this](const QString &runId) {
        m_refused = true;
        emit failed(tr("%1 could not be changed: %2").arg(runId, m_editing->errorString()));
    };
}

void RunActions::askForTag(const QStringList &runIds, bool add)
{
    if (runIds.isEmpty())
        return;
    bool ok = false;
    const QString title = add ? tr("Add tag") : tr("Remove tag");
    const QString label = tr("Tag for the selected runs (%1):").arg(runIds.size());
    const QString tag = QInputDialog::getItem(m_window, title, label, projectTags(), -1, true, &ok).trimmed();
    if (ok)
        tagRuns(runIds, tag, add);
}

bool RunActions::tagRuns(const QStringList &runIds, const QString &tag, bool add)
{
    if (tag.isEmpty()) {
        emit failed(tr("A tag cannot be empty."));
        return false;
    }
    const RunEdit::Kind kind = add ? RunEdit::Kind::AddTags : RunEdit::Kind::RemoveTags;
    const QStringList changed = runsChangedBy(*m_runs, runIds, kind, tag);
    m_refused = false;
    if (!changed.isEmpty())
        m_undo->push(new RunEditCommand(m_editing, changed, kind, QStringList{tag}, reportRefusal()));
    return !m_refused;
}

} // namespace nereid
