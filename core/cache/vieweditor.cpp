#include "vieweditor.h"

#include "cache.h"
#include "cacheerror.h"
#include "cacheviewstore.h"
#include "viewconflictstore.h"
#include "viewoutboxstore.h"

#include <QSet>

namespace nereid {

ViewEditor::ViewEditor(Cache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
}

QList<SavedView> ViewEditor::views(const QString &project)
{
    QList<SavedView> views;
    m_cache.write([&] { views = CacheViewStore(m_cache.database()).list(project); });
    return views;
}

std::optional<SavedView> ViewEditor::view(const QString &project, const QString &name)
{
    std::optional<SavedView> view;
    m_cache.write([&] { view = CacheViewStore(m_cache.database()).find(project, name); });
    return view;
}

void ViewEditor::queueSave(const QString &project, const QString &name, const QJsonObject &state,
                           std::optional<bool> isDefault)
{
    CacheViewStore store(m_cache.database());
    const std::optional<SavedView> existing = store.find(project, name);
    const qint64 base = existing ? existing->revision : 0;
    const bool flag = isDefault.value_or(existing && existing->isDefault);
    if (flag)
        store.clearDefault(project, name);
    store.put(project, {name, base, flag, state, false});
    ViewOutboxStore(m_cache.database()).append({0, project, name, ViewEdit::Action::Save, state, isDefault, base});
}

bool ViewEditor::change(const QString &project, const std::function<void()> &work)
{
    if (!m_cache.write(work))
        return false;
    emit viewsChanged(project);
    emit editQueued();
    return true;
}

bool ViewEditor::save(const QString &project, const QString &name, const QJsonObject &state,
                      std::optional<bool> isDefault)
{
    return change(project, [&] { queueSave(project, name, state, isDefault); });
}

bool ViewEditor::remove(const QString &project, const QString &name)
{
    return change(project, [&] {
        CacheViewStore store(m_cache.database());
        const std::optional<SavedView> existing = store.find(project, name);
        if (!existing)
            throw CacheError{tr("There is no view \"%1\" in %2.").arg(name, project)};
        store.remove(project, name);
        ViewOutboxStore(m_cache.database())
            .append({0, project, name, ViewEdit::Action::Delete, {}, std::nullopt, existing->revision});
    });
}

bool ViewEditor::rename(const QString &project, const QString &from, const QString &to)
{
    return change(project, [&] {
        CacheViewStore store(m_cache.database());
        const std::optional<SavedView> old = store.find(project, from);
        if (!old || store.find(project, to))
            throw CacheError{tr("The view \"%1\" cannot be renamed to \"%2\".").arg(from, to)};
        queueSave(project, to, old->state, old->isDefault ? std::optional<bool>(true) : std::nullopt);
        store.remove(project, from);
        ViewOutboxStore(m_cache.database())
            .append({0, project, from, ViewEdit::Action::Delete, {}, std::nullopt, old->revision});
    });
}

bool ViewEditor::setDefault(const QString &project, const QString &name)
{
    return change(project, [&] {
        const std::optional<SavedView> existing = CacheViewStore(m_cache.database()).find(project, name);
        if (!existing)
            throw CacheError{tr("There is no view \"%1\" in %2.").arg(name, project)};
        queueSave(project, name, existing->state, true);
    });
}

QList<ViewConflict> ViewEditor::conflicts(const QString &project)
{
    QList<ViewConflict> conflicts;
    m_cache.write([&] { conflicts = ViewConflictStore(m_cache.database()).list(project); });
    return conflicts;
}

bool ViewEditor::resolve(const QString &project, const QString &name, bool keepMine)
{
    const bool ok = m_cache.write([&] {
        ViewConflictStore conflicts(m_cache.database());
        const QList<ViewConflict> all = conflicts.list(project);
        const auto it = std::find_if(all.begin(), all.end(), [&](const ViewConflict &c) { return c.name == name; });
        if (it == all.end())
            throw CacheError{tr("There is no conflict on the view \"%1\".").arg(name)};
        conflicts.remove(project, name);
        if (!keepMine)
            return;
        CacheViewStore store(m_cache.database());
        if (it->mineDeletes) {
            if (it->theirs) {
                store.remove(project, name);
                ViewOutboxStore(m_cache.database())
                    .append({0, project, name, ViewEdit::Action::Delete, {}, std::nullopt, it->theirRevision});
            }
            return;
        }
        // The cache shows theirs at their revision (or nothing when they deleted it): mine goes on top.
        queueSave(project, name, it->mine, std::nullopt);
    });
    if (!ok)
        return false;
    emit conflictsChanged(project);
    if (keepMine) {
        emit viewsChanged(project);
        emit editQueued();
    }
    return true;
}

QList<ViewEdit> ViewEditor::outbox()
{
    QList<ViewEdit> edits;
    m_cache.write([&] { edits = ViewOutboxStore(m_cache.database()).pending(); });
    return edits;
}

qint64 ViewEditor::cursor(const QString &project)
{
    qint64 cursor = 0;
    m_cache.write([&] { cursor = CacheViewStore(m_cache.database()).cursor(project); });
    return cursor;
}

QString ViewEditor::epoch(const QString &project)
{
    QString epoch;
    m_cache.write([&] { epoch = CacheViewStore(m_cache.database()).epoch(project); });
    return epoch;
}

bool ViewEditor::applyPulled(const QString &project, const QList<SavedView> &views, qint64 revision, bool full,
                             const QString &epoch)
{
    bool changed = false;
    const bool ok = m_cache.write([&] {
        CacheViewStore store(m_cache.database());
        const QList<SavedView> before = store.list(project);
        QSet<QString> waiting;
        for (const ViewEdit &edit : ViewOutboxStore(m_cache.database()).pending(project))
            waiting.insert(edit.name);
        if (full) {
            QSet<QString> listed;
            for (const SavedView &view : views)
                listed.insert(view.name);
            for (const SavedView &view : before) {
                if (!listed.contains(view.name) && !waiting.contains(view.name))
                    store.remove(project, view.name);
            }
        }
        for (const SavedView &view : views) {
            if (waiting.contains(view.name))
                continue; // the user's edit shows until the server answers it
            if (view.deleted) {
                store.remove(project, view.name);
                continue;
            }
            if (view.isDefault) // the server took the flag from the others without a revision of theirs
                store.clearDefault(project, view.name);
            store.put(project, view);
        }
        store.setCursor(project, revision);
        store.setEpoch(project, epoch);
        changed = store.list(project) != before;
    });
    if (ok && changed)
        emit viewsChanged(project);
    return ok;
}

bool ViewEditor::acknowledge(const ViewEdit &edit, const SavedView &serverView)
{
    const bool ok = m_cache.write([&] {
        ViewOutboxStore outbox(m_cache.database());
        outbox.remove(edit.id);
        const QList<ViewEdit> later = outbox.pending(edit.project, edit.name);
        // Later edits of this view saw what this one saw: the server's answer to it is theirs to build on.
        for (const ViewEdit &next : later) {
            if (next.baseRevision == edit.baseRevision)
                outbox.setBaseRevision(next.id, serverView.revision);
        }
        CacheViewStore store(m_cache.database());
        if (later.isEmpty()) {
            if (serverView.deleted) {
                store.remove(edit.project, edit.name);
            } else {
                if (serverView.isDefault)
                    store.clearDefault(edit.project, edit.name);
                store.put(edit.project, serverView);
            }
        } else if (std::optional<SavedView> shown = store.find(edit.project, edit.name); shown && !serverView.deleted) {
            shown->revision = serverView.revision;
            store.put(edit.project, *shown);
        }
    });
    if (ok)
        emit viewsChanged(edit.project);
    return ok;
}

bool ViewEditor::recordConflict(const ViewEdit &edit, const std::optional<SavedView> &theirs)
{
    const bool ok = m_cache.write([&] {
        // This edit and the later ones of the view were all based on what the server no longer has: the
        // conflict keeps the user's latest.
        ViewOutboxStore outbox(m_cache.database());
        QList<ViewEdit> mine = outbox.pending(edit.project, edit.name);
        if (mine.isEmpty())
            mine = {edit};
        for (const ViewEdit &waiting : mine)
            outbox.remove(waiting.id);
        const ViewEdit &latest = mine.last();
        const bool theyHaveIt = theirs && !theirs->deleted;
        ViewConflictStore(m_cache.database())
            .record({edit.project, edit.name, latest.state, latest.action == ViewEdit::Action::Delete,
                     theyHaveIt ? std::optional<QJsonObject>(theirs->state) : std::nullopt,
                     theirs ? theirs->revision : 0});
        CacheViewStore store(m_cache.database());
        if (theyHaveIt)
            store.put(edit.project, *theirs);
        else
            store.remove(edit.project, edit.name);
    });
    if (!ok)
        return false;
    emit viewsChanged(edit.project);
    emit conflictsChanged(edit.project);
    return true;
}

bool ViewEditor::drop(const ViewEdit &edit)
{
    return m_cache.write([&] {
        ViewOutboxStore(m_cache.database()).remove(edit.id);
        CacheViewStore(m_cache.database()).setCursor(edit.project, 0);
    });
}

} // namespace nereid
