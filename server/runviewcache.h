#pragma once

#include "query/queryrun.h"
#include "runrow.h"

#include <QHash>
#include <QSet>

namespace nereid {

class FieldStore;
class RunStore;
struct Project;

// The query views of each project's runs, kept between listings so that filtering 100,000 runs does not
// read them all from SQL every time. A project's revision goes up with every change to any of its runs,
// so the views are brought up to date by re-reading just the runs stamped after the revision they were
// read at (the same index the changes feed uses). Views hold only the fields that listings have asked
// for so far; a new path is loaded for the whole project in one statement.
class RunViewCache
{
public:
    struct Entry
    {
        RunRow row;
        QueryRun view;
    };

    RunViewCache(RunStore &runs, FieldStore &fields, qint64 activeMs)
        : m_runs(runs)
        , m_fields(fields)
        , m_activeMs(activeMs)
    {
    }

    // Every run (or object of `kind`) of `project`, trashed or not, in the order they were created, current as of
    // project.revision, with views that hold `paths`; sys/state, which changes with time alone, as of `now`.
    const QList<Entry> &entries(const Project &project, const QStringList &paths, qint64 now,
                                ObjectKind kind = ObjectKind::Run);

private:
    struct ProjectViews
    {
        qint64 revision = -1;
        QList<Entry> entries;
        QHash<qint64, qsizetype> indexOfRun;
        QStringList paths;
    };

    void catchUp(qint64 projectId, ObjectKind kind, ProjectViews &views, qint64 revision);
    void addPaths(qint64 projectId, ProjectViews &views, const QStringList &paths);
    void refreshState(ProjectViews &views, qint64 now);

    static constexpr qsizetype MaxProjects = 16; // a bound on memory: beyond it the least recent goes
    RunStore &m_runs;
    FieldStore &m_fields;
    qint64 m_activeMs;
    QHash<qint64, ProjectViews> m_projects; // by project id * 4 + kind: each kind of object is listed apart
    QList<qint64> m_recent;                 // their keys, most recently listed last
};

} // namespace nereid
