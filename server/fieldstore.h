#pragma once

#include "fieldrow.h"

#include <functional>
#include <optional>
#include <QHash>
#include <QList>
#include <vector>

namespace nereid {

class Database;
class SeriesStore;

// The fields of runs (everything outside sys), one row each.
class FieldStore
{
public:
    FieldStore(Database &db, SeriesStore &series)
        : m_db(db)
        , m_series(series)
    {
    }

    std::optional<FieldRow> find(qint64 runId, const QString &path);
    // The fields of a run at `paths` that exist, by path: on PostgreSQL one statement instead of one per path.
    QHash<QString, FieldRow> findMany(qint64 runId, const QStringList &paths);
    FieldRow create(qint64 runId, const QString &path, FieldType type);
    void save(const FieldRow &field);
    // Saves several fields: on PostgreSQL in one statement.
    void saveAll(const std::vector<FieldRow> &fields);
    QList<FieldRow> fieldsOf(qint64 runId);
    // The fields of many runs by run id, in few statements: a listing page of 10,000 model versions read each run's
    // fields with a statement of its own, 10,000 round trips to PostgreSQL.
    QHash<qint64, QList<FieldRow>> fieldsOfRuns(const QList<qint64> &runIds);
    // The fields of every run of a project whose revision is in (after, upTo], by run id, each run's by path:
    // a page of the changes feed in one statement instead of one per run.
    // `kind`: the objects' (objectKindName), as the changes feed pages one kind.
    QHash<qint64, QList<FieldRow>> fieldsOfChangedRuns(qint64 projectId, qint64 after, qint64 upTo,
                                                       const QString &kind);
    // Calls `visit` with the run id and the field for the fields at `paths` of every run of a project: what the
    // run listing needs to filter and sort, in a statement per hundred paths, not one per run.
    void forFieldsOfProject(qint64 projectId, const QStringList &paths,
                            const std::function<void(qint64 runId, const FieldRow &field)> &visit);

    // Removes the field at `path` or every field inside the namespace `path`, with their points;
    // returns what was removed.
    QList<FieldRow> removeWithin(qint64 runId, const QString &path);

    // A field that stands where `path` needs a namespace (an ancestor of it), or a field inside `path`
    // (so `path` is a namespace and cannot be a field); nullopt when `path` is free to become a field.
    std::optional<QString> clashingPath(qint64 runId, const QString &path);
    // Whether the project uploaded the blob (project_blobs): a field may refer only to those.
    bool projectHasBlob(qint64 projectId, const QString &hash);

private:
    Database &m_db;
    SeriesStore &m_series;
};

} // namespace nereid
