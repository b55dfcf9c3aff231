#include "runviewcache.h"

#include "fieldstore.h"
#include "projectstore.h"
#include "runstore.h"
#include "runviewbuilder.h"

namespace nereid {

namespace {

const QString StatePath = QStringLiteral("sys/state");

} // namespace

const QList<RunViewCache::Entry> &RunViewCache::entries(const Project &project, const QStringList &paths, qint64 now,
                                                        ObjectKind kind)
{
    const qint64 key = project.id * 4 + qint64(kind);
    m_recent.removeOne(key);
    m_recent.append(key);
    if (m_recent.size() > MaxProjects)
        m_projects.remove(m_recent.takeFirst());

    ProjectViews &views = m_projects[key];
    if (views.revision < 0) {
        QList<RunRow> rows = m_runs.listAll(project.id, kind);
        views.entries.reserve(rows.size()); // 100,000 runs: grown as they come, they were copied many times over
        views.indexOfRun.reserve(rows.size());
        for (RunRow &row : rows) {
            views.indexOfRun.insert(row.id, views.entries.size());
            QueryRun view(row.runId());
            views.entries.append({std::move(row), std::move(view)});
        }
        views.revision = project.revision;
    } else if (views.revision < project.revision) {
        catchUp(project.id, kind, views, project.revision);
    }
    addPaths(project.id, views, paths);
    if (paths.contains(StatePath))
        refreshState(views, now);
    return views.entries;
}

void RunViewCache::catchUp(qint64 projectId, ObjectKind kind, ProjectViews &views, qint64 revision)
{
    const RunViewBuilder builder(views.paths, 0, m_activeMs);
    const QStringList fieldPaths = RunViewBuilder::nonSysPaths(views.paths);
    for (RunRow &row : m_runs.changedSince(projectId, views.revision, std::numeric_limits<int>::max(), kind)) {
        QList<FieldRow> fields;
        if (!fieldPaths.isEmpty()) {
            for (FieldRow &field : m_fields.fieldsOf(row.id)) {
                if (fieldPaths.contains(field.path))
                    fields.append(std::move(field));
            }
        }
        QueryRun view = builder.build(row, fields);
        const auto index = views.indexOfRun.constFind(row.id);
        if (index != views.indexOfRun.cend()) {
            views.entries[*index] = {std::move(row), std::move(view)};
        } else { // a new object: made after every one read before
            views.indexOfRun.insert(row.id, views.entries.size());
            views.entries.append({std::move(row), std::move(view)});
        }
    }
    views.revision = revision;
}

void RunViewCache::addPaths(qint64 projectId, ProjectViews &views, const QStringList &paths)
{
    QStringList missing;
    for (const QString &path : paths) {
        if (!views.paths.contains(path) && !missing.contains(path))
            missing.append(path);
    }
    if (missing.isEmpty())
        return;
    const RunViewBuilder builder(missing, 0, m_activeMs);
    for (Entry &entry : views.entries)
        builder.addTo(entry.view, entry.row, {});
    m_fields.forFieldsOfProject(projectId, RunViewBuilder::nonSysPaths(missing),
                                [&](qint64 runId, const FieldRow &field) {
                                    const auto index = views.indexOfRun.constFind(runId);
                                    if (index != views.indexOfRun.cend())
                                        builder.addField(views.entries[*index].view, field);
                                });
    views.paths += missing;
}

void RunViewCache::refreshState(ProjectViews &views, qint64 now)
{
    const RunViewBuilder builder({StatePath}, now, m_activeMs);
    for (Entry &entry : views.entries)
        builder.addTo(entry.view, entry.row, {});
}

} // namespace nereid
