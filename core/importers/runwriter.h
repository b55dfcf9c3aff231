#pragma once

#include "importedrun.h"
#include "runoutcome.h"

#include <QString>

namespace nereid {

class ImportClient;

// Writes mapped runs into one Nereid project through the HTTP API, for every importer. Idempotent: a run is found
// again by its custom_run_id; one whose fingerprint matches is skipped without a request; one imported in part (a
// killed import) is resumed, and its series get only the points above the last step the server holds.
class RunWriter
{
public:
    RunWriter(ImportClient *client, QString project);

    // Creates the project when needed and lists its imported runs. False with *error when that fails.
    bool begin(QString *error);
    // Sets outcome->kind (Created, Updated, Skipped or Failed with outcome->error) and outcome->points.
    void write(const ImportedRun &run, RunOutcome *outcome);

    static constexpr qsizetype PointsPerBatch = 100000;
    static constexpr qsizetype FilesPerBatch = 100;

private:
    // Float series, most of the points, in batches written straight to bytes (FloatBatchBody).
    bool writeFloats(const ImportedRun &run, const QJsonObject &fields, const QString &operations, RunOutcome *outcome);
    bool writeSeries(const ImportedRun &run, const QJsonObject &fields, const QString &operations, RunOutcome *outcome);
    bool flush(const QString &operations, QJsonArray *batch, qsizetype *inBatch, RunOutcome *outcome);

    ImportClient *m_client;
    QString m_project;
    QMap<QString, QPair<QString, QString>> m_existing;
};

} // namespace nereid
