#pragma once

#include "apierror.h"
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
    // What is created: a run unless said otherwise; a model, version or project metadata object has its key.
    ObjectKind kind = ObjectKind::Run;
    QString objectKey;
    qint64 parentId = 0;
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

    // Any object by its id: a run "CLS-3", a model "CLS-MOD", a version "CLS-MOD-3", project metadata "CLS".
    // Throws ApiError(404) unknown_run, unknown_model or unknown_model_version when there is no such object.
    RunRow get(const QString &runId);
    std::optional<RunRow> find(const QString &runId);
    // The 404 for an id no object has, or that the caller may not see, in words that fit its form.
    static ApiError unknown(const QString &runId);
    std::optional<RunRow> findByCustomId(qint64 projectId, const QString &customRunId);

    // Inserts a run (or the object `run` says) stamped with `revision`; call inside a transaction. A run's number
    // comes from ProjectStore::nextRunNumber, another object's from nextObjectNumber.
    RunRow create(const Project &project, qint64 number, qint64 revision, const QString &owner, const NewRun &run,
                  qint64 now);
    // Writes back every sys column of `run`.
    void save(const RunRow &run);

    // Takes a model's next version number; call inside the write's transaction.
    qint64 nextVersionNumber(qint64 modelRowId);

    // Every run (or object of `kind`) of the project, trashed or not, in the order they were created: the run
    // listing filters and sorts in memory.
    QList<RunRow> listAll(qint64 projectId, ObjectKind kind = ObjectKind::Run);
    QList<RunRow> changedSince(qint64 projectId, qint64 revision, int limit, ObjectKind kind = ObjectKind::Run);
    // How many runs (objects of `kind`) of the project changed after `revision`: what a sync still has to fetch.
    qint64 countChangedSince(qint64 projectId, qint64 revision, ObjectKind kind = ObjectKind::Run);

private:
    QList<RunRow> readAll(SqlStatement &query);

    Database &m_db;
};

// A logging client was in touch at `now`: the run is active, and the time since the previous contact
// counts as running time when the two were less than `activeMs` apart (so it adds up across resumes).
void recordContact(RunRow &run, qint64 now, qint64 activeMs);

} // namespace nereid
