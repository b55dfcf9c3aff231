#pragma once

#include "domain/runedit.h"

#include <functional>
#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>
#include <QVariant>

namespace nereid {

class RunEditing;

// One trash, restore or tag edit of several runs, for Edit > Undo: undo applies the opposite edit (restore for
// trash, remove the tag for adding it) to the same runs, redo the edit again. Both go through RunEditing like
// any edit, so an undo is pushed to the server too. The runs are only those the edit changed: undoing "add tag
// best" leaves the runs that had the tag before with it.
class RunEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunEditCommand)

public:
    // Told the run whose edit the cache refused (the edit stops there).
    using Report = std::function<void(const QString &runId)>;

    // The edit is made by the first redo(), which QUndoStack::push() calls. When the cache refuses a run, the edit
    // stops there and the command keeps only the runs it changed; with none, it is obsolete and the stack drops it.
    RunEditCommand(RunEditing *editing, QStringList runIds, RunEdit::Kind kind, QVariant value, Report report);

    void undo() override;
    void redo() override;

private:
    // Applies `kind` to the runs in order; how many it changed before the cache refused one (all when none).
    qsizetype apply(RunEdit::Kind kind);

    RunEditing *m_editing;
    QStringList m_runIds;
    RunEdit::Kind m_kind;
    QVariant m_value;
    Report m_report;
    bool m_made = false; // the first redo() made the edit
};

} // namespace nereid
