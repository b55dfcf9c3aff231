#pragma once

#include "neptunequeuerun.h"
#include "runoutcome.h"

#include <atomic>
#include <functional>
#include <QCoreApplication>
#include <QSet>

namespace nereid {

class ImportClient;
class NeptuneMapping;
struct NeptuneStep;

// Replays Neptune queues into one Nereid project through the HTTP API, each into the run of its containerId
// (custom_run_id neptune:<containerId>, or the sys/custom_run_id the queue assigns). Idempotent as the MLflow
// import is: a run whose fingerprint matches is skipped without a request; one imported in part is replayed
// again, and its series get only the points above the last step the server holds.
class NeptuneQueueImporter
{
    Q_DECLARE_TR_FUNCTIONS(NeptuneQueueImporter)

public:
    NeptuneQueueImporter(ImportClient *client, QString project);

    // False with *error when the import cannot start (the project cannot be listed).
    bool import(const QList<NeptuneQueueRun> &runs, const std::function<void(const RunOutcome &)> &report,
                QString *error);
    // Checked before each run: once set, the runs not started are left for a later import (the app's Cancel).
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    static constexpr qsizetype PointsPerBatch = 100000;
    static constexpr qsizetype OperationsPerBatch = 10000;
    static constexpr qsizetype BytesPerBatch = 16 * 1024 * 1024;

private:
    RunOutcome importRun(const NeptuneQueueRun &run);
    bool replay(const NeptuneMapping &mapping, const QString &runId, const QJsonObject &fields, RunOutcome *outcome);

    bool upload(const NeptuneStep &step, QString *error);

    ImportClient *m_client;
    QString m_project;
    QMap<QString, QPair<QString, QString>> m_existing;
    QSet<QString> m_uploaded; // blobs the project has (uploaded during this import)
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace nereid
