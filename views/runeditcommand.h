#pragma once

#include "cache/runedit.h"

#include <functional>
#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>
#include <QVariant>

namespace nereid {

class RunEditor;

// One trash, restore or tag edit of several runs, for Edit > Undo: undo applies the opposite edit (restore for
// trash, remove the tag for adding it) to the same runs, redo the edit again. Both go through the RunEditor like
// any edit, so an undo is pushed to the server too. The runs are only those the edit changed: undoing "add tag
// best" leaves the runs that had the tag before with it.
class RunEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunEditCommand)

public:
    // Told the run whose edit the cache refused (the edit stops there).
    using Report = std::function<void(const QString &runId)>;

    // The edit was applied already (the first redo() does nothing).
    RunEditCommand(RunEditor *editor, QStringList runIds, RunEdit::Kind kind, QVariant value, Report report);

    void undo() override;
    void redo() override;

private:
    void apply(RunEdit::Kind kind);

    RunEditor *m_editor;
    QStringList m_runIds;
    RunEdit::Kind m_kind;
    QVariant m_value;
    Report m_report;
    bool m_applied = true;
};

} // namespace nereid
