#include "runeditcommand.h"

#include "models/runediting.h"

namespace nereid {

namespace {

RunEdit::Kind opposite(RunEdit::Kind kind)
{
    switch (kind) {
    case RunEdit::Kind::Trash:
        return RunEdit::Kind::Restore;
    case RunEdit::Kind::Restore:
        return RunEdit::Kind::Trash;
    case RunEdit::Kind::AddTags:
        return RunEdit::Kind::RemoveTags;
    case RunEdit::Kind::RemoveTags:
        return RunEdit::Kind::AddTags;
    default:
        return kind;
    }
}

// The undo action's words: "Undo Trash CLS-3", "Undo Restore 4 runs", "Undo Add tag best".
QString describe(RunEdit::Kind kind, const QVariant &value, const QStringList &runIds)
{
    const bool one = runIds.size() == 1;
    const QString runs = one ? runIds.first() : QString::number(runIds.size());
    switch (kind) {
    case RunEdit::Kind::Trash:
        return one ? RunEditCommand::tr("Trash %1").arg(runs) : RunEditCommand::tr("Trash %1 runs").arg(runs);
    case RunEdit::Kind::Restore:
        return one ? RunEditCommand::tr("Restore %1").arg(runs) : RunEditCommand::tr("Restore %1 runs").arg(runs);
    case RunEdit::Kind::AddTags:
        return RunEditCommand::tr("Add tag %1").arg(value.toStringList().join(u", "));
    case RunEdit::Kind::RemoveTags:
        return RunEditCommand::tr("Remove tag %1").arg(value.toStringList().join(u", "));
    default:
        return {};
    }
}

} // namespace

RunEditCommand::RunEditCommand(RunEditing *editing, QStringList runIds, RunEdit::Kind kind, QVariant value,
                               Report report)
    : QUndoCommand(describe(kind, value, runIds))
    , m_editing(editing)
    , m_runIds(std::move(runIds))
    , m_kind(kind)
    , m_value(std::move(value))
    , m_report(std::move(report))
{
}

void RunEditCommand::undo()
{
    apply(opposite(m_kind));
}

void RunEditCommand::redo()
{
    const qsizetype changed = apply(m_kind);
    if (std::exchange(m_made, true))
        return;
    m_runIds.resize(changed); // what was changed can be undone, even when a later run was refused
    setObsolete(m_runIds.isEmpty());
}

qsizetype RunEditCommand::apply(RunEdit::Kind kind)
{
    for (qsizetype i = 0; i < m_runIds.size(); ++i) {
        if (!m_editing->edit(m_runIds[i], kind, m_value)) {
            m_report(m_runIds[i]);
            return i;
        }
    }
    return m_runIds.size();
}

} // namespace nereid
