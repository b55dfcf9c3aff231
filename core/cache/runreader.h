#pragma once

#include "domain/objectscope.h"
#include "domain/runrecord.h"

#include <atomic>
#include <optional>
#include <QHash>

namespace nereid {

class CacheDatabase;

// Reads runs back from the cache: a project's runs with their sys fields (for tables), one run with all
// its fields (for the namespace tree), and the row ids that series points hang on.
class RunReader
{
public:
    explicit RunReader(CacheDatabase &db)
        : m_db(db)
    {
    }

    // In run number order; sys fields only (fields stays empty). The project's runs, or the objects of `scope`.
    QList<RunRecord> runs(const QString &project, const ObjectScope &scope = {});
    // In run number order, each with every field (atoms first, then series, each in path order): three
    // statements rather than two per run. Field paths and type names are shared between runs, not copied per
    // run. With a limit, at most that many runs numbered above `afterNumber`: a large project is read in
    // chunks (see RunLoader), each in one read transaction so its runs and fields agree. Once `stop` turns
    // true the read ends early with an incomplete answer, for a reader that no longer wants it.
    QList<RunRecord> runsWithFields(const QString &project, qint64 afterNumber = 0, int limit = -1,
                                    const std::atomic_bool *stop = nullptr, const ObjectScope &scope = {});
    qsizetype runCount(const QString &project, const ObjectScope &scope = {});
    // Sys fields and, unless told otherwise, every other field.
    std::optional<RunRecord> run(const QString &runId, bool withFields = true);
    // The series row of (run, path); nullopt when the cache has no such series.
    std::optional<qint64> seriesId(const QString &runId, const QString &path);
    // The fields of the run with row id `run`, atoms first, each in path order.
    QList<FieldRecord> fields(qint64 run);

private:
    // The project's runs numbered above `afterNumber` (at most `limit`, or all when it is negative) with their
    // sys fields, in number order; `indexOfRow` (if given) maps each run's row id to its place in the list, for
    // the fields read after them.
    QList<RunRecord> readRuns(const QString &project, qint64 afterNumber, int limit,
                              QHash<qint64, qsizetype> *indexOfRow, const ObjectScope &scope);
    void readFields(const QString &project, qint64 firstNumber, qint64 lastNumber, QList<RunRecord> &runs,
                    const QHash<qint64, qsizetype> &indexOfRow, const std::atomic_bool *stop, const ObjectScope &scope);

    CacheDatabase &m_db;
};

} // namespace nereid
