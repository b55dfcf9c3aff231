#include "runeditor.h"

#include "cache.h"
#include "cacheerror.h"
#include "conflictstore.h"
#include "outboxstore.h"
#include "runreader.h"
#include "runwriter.h"

namespace nereid {

namespace {

std::optional<RunEdit::Kind> kindOfField(const QString &field)
{
    if (field == QLatin1String("name"))
        return RunEdit::Kind::SetName;
    if (field == QLatin1String("description"))
        return RunEdit::Kind::SetDescription;
    if (field == QLatin1String("failed"))
        return RunEdit::Kind::SetFailed;
    if (field == QLatin1String("stage"))
        return RunEdit::Kind::SetStage;
    return std::nullopt;
}

} // namespace

RunEditor::RunEditor(Cache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
}

QString RunEditor::queue(RunEdit edit)
{
    std::optional<RunRecord> run = RunReader(m_cache.database()).run(edit.runId, false);
    if (!run)
        throw CacheError{tr("The cache holds no run %1 to edit.").arg(edit.runId)};
    if (edit.baseRevision <= 0)
        edit.baseRevision = run->revision;
    edit.applyTo(*run);
    RunWriter(m_cache.database()).updateSys(*run);
    OutboxStore(m_cache.database()).append(edit);
    return run->project;
}

void RunEditor::announce(const QString &project, const QString &runId, const QStringList &paths)
{
    emit m_cache.runsChanged(project, {runId});
    if (!paths.isEmpty())
        emit m_cache.fieldsChanged(runId, paths);
}

bool RunEditor::edit(const QString &runId, RunEdit::Kind kind, const QVariant &value, qint64 seenRevision)
{
    const RunEdit edit{0, runId, kind, value, std::max<qint64>(seenRevision, 0)};
    QString project;
    if (!m_cache.write([&] { project = queue(edit); }))
        return false;
    announce(project, runId, {edit.sysPath()});
    emit editQueued();
    return true;
}

QList<RunEdit> RunEditor::outbox()
{
    QList<RunEdit> edits;
    m_cache.write([&] { edits = OutboxStore(m_cache.database()).pending(); });
    return edits;
}

QList<SysConflict> RunEditor::conflicts(const QString &runId)
{
    QList<SysConflict> conflicts;
    m_cache.write([&] { conflicts = ConflictStore(m_cache.database()).list(runId); });
    return conflicts;
}

bool RunEditor::acknowledge(const RunEdit &edit, const RunRecord &serverRun)
{
    RunWriter::Change change;
    const bool ok = m_cache.write([&] {
        OutboxStore outbox(m_cache.database());
        outbox.remove(edit.id);
        rebaseAfter(outbox, edit, serverRun.revision);
        const qint64 projectId = CacheProjectStore(m_cache.database()).ensure(serverRun.project);
        change = RunWriter(m_cache.database()).write(projectId, serverRun, outbox.pendingByRun().value(edit.runId));
    });
    if (ok && change.outcome != RunWriter::Outcome::Unchanged)
        announce(serverRun.project, serverRun.runId, change.fields);
    return ok;
}

void RunEditor::rebaseAfter(OutboxStore &outbox, const RunEdit &acknowledged, qint64 revision)
{
    // The server accepted `acknowledged`, so its field had not changed after acknowledged.baseRevision, and now
    // carries `revision`. A later edit of that field which saw at least as much only follows the user's own
    // change and may go on top of it. An edit of another field keeps its base: the acknowledged edit says
    // nothing of that field, and the server must still compare it with what others did.
    const QString field = acknowledged.conflictField();
    if (field.isEmpty())
        return;
    for (const RunEdit &later : outbox.pending()) {
        if (later.id > acknowledged.id && later.runId == acknowledged.runId && later.conflictField() == field &&
            later.baseRevision >= acknowledged.baseRevision && later.baseRevision < revision)
            outbox.setBaseRevision(later.id, revision);
    }
}

bool RunEditor::recordConflict(const RunEdit &edit, const SysConflict &conflict)
{
    QString project;
    const bool ok = m_cache.write([&] {
        OutboxStore(m_cache.database()).remove(edit.id);
        ConflictStore(m_cache.database()).record(conflict);
        std::optional<RunRecord> run = RunReader(m_cache.database()).run(edit.runId, false);
        if (!run)
            return;
        // The run shows the server's value; the user's waits in the conflict.
        RunEdit theirs = edit;
        theirs.value = conflict.theirs.toVariant();
        theirs.applyTo(*run);
        RunWriter(m_cache.database()).updateSys(*run);
        project = run->project;
    });
    if (!ok)
        return false;
    announce(project, edit.runId, {edit.sysPath()});
    emit conflictsChanged(edit.runId);
    return true;
}

bool RunEditor::resolve(const QString &runId, const QString &field, bool keepMine)
{
    QString project;
    const bool ok = m_cache.write([&] {
        ConflictStore conflicts(m_cache.database());
        const std::optional<SysConflict> conflict = conflicts.find(runId, field);
        const std::optional<RunEdit::Kind> kind = kindOfField(field);
        if (!conflict || !kind)
            throw CacheError{tr("There is no conflict on %1 of run %2.").arg(field, runId)};
        conflicts.remove(runId, field);
        if (keepMine)
            project = queue({0, runId, *kind, conflict->mine.toVariant(), conflict->theirRevision});
    });
    if (!ok)
        return false;
    emit conflictsChanged(runId);
    if (keepMine) {
        announce(project, runId, {QStringLiteral("sys/") + field});
        emit editQueued();
    }
    return true;
}

bool RunEditor::undo(const RunEdit &edit, const RunRecord &serverRun)
{
    QString project;
    const bool ok = m_cache.write([&] {
        OutboxStore outbox(m_cache.database());
        outbox.remove(edit.id);
        std::optional<RunRecord> run = RunReader(m_cache.database()).run(edit.runId, false);
        if (!run)
            return;
        // Only what edits change, and the cached revision kept: the fields come with the next pull as ever.
        run->name = serverRun.name;
        run->description = serverRun.description;
        run->failed = serverRun.failed;
        run->tags = serverRun.tags;
        run->groupTags = serverRun.groupTags;
        run->trashed = serverRun.trashed;
        run->stage = serverRun.stage;
        for (const RunEdit &waiting : outbox.pendingByRun().value(edit.runId))
            waiting.applyTo(*run);
        RunWriter(m_cache.database()).updateSys(*run);
        project = run->project;
    });
    if (ok && !project.isEmpty())
        announce(project, edit.runId, {edit.sysPath()});
    return ok;
}

bool RunEditor::drop(const RunEdit &edit)
{
    return m_cache.write([&] { OutboxStore(m_cache.database()).remove(edit.id); });
}

} // namespace nereid
