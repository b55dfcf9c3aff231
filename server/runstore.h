#pragma once

#include "runrow.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>

namespace nereid {

class Database;
class SqlStatement;
struct Project;

// What a client may say when it creates a run (docs/api.md, POST .../runs).
struct NewRun
{
    QString customRunId;
    QString name;
    QString description;
    QStringList tags;
    QStringList groupTags;
    QString hostname;
};

// The runs table: reading, creating and writing back runs' sys fields.
class RunStore
{
    Q_DECLARE_TR_FUNCTIONS(RunStore)

public:
    explicit RunStore(Database &db)
        : m_db(db)
    {
    }

    // Throws ApiError(404, unknown_run) when there is no such run.
    RunRow get(const QString &runId);
    std::optional<RunRow> findByCustomId(qint64 projectId, const QString &customRunId);

    // Inserts a run stamped with `revision`; call inside a transaction.
    RunRow create(const Project &project, qint64 number, qint64 revision, const QString &owner, const NewRun &run,
                  qint64 now);
    // Writes back every sys column of `run`.
    void save(const RunRow &run);

    // Every run of the project, trashed or not, by run number: the run listing filters and sorts in memory.
    QList<RunRow> listAll(qint64 projectId);
    QList<RunRow> changedSince(qint64 projectId, qint64 revision, int limit);
    // How many runs of the project changed after `revision`: what a sync still has to fetch.
    qint64 countChangedSince(qint64 projectId, qint64 revision);

private:
    QList<RunRow> readAll(SqlStatement &query);

    Database &m_db;
};

// A logging client was in touch at `now`: the run is active, and the time since the previous contact
// counts as running time when the two were less than `activeMs` apart (so it adds up across resumes).
void recordContact(RunRow &run, qint64 now, qint64 activeMs);

} // namespace nereid
