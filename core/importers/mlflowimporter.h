#pragma once

#include "mlflowrun.h"
#include "runoutcome.h"

#include <atomic>
#include <functional>
#include <QCoreApplication>

namespace nereid {

class ImportClient;

// Writes MLflow runs into one Nereid project through the HTTP API. Idempotent: a run is found again by its
// custom_run_id; one whose fingerprint matches is skipped without a request; one imported in part (a killed
// import) is resumed, and its series get only the points above the last step the server holds.
class MlflowImporter
{
    Q_DECLARE_TR_FUNCTIONS(MlflowImporter)

public:
    MlflowImporter(ImportClient *client, QString project);

    // False with *error when the import cannot start (the project cannot be listed).
    bool import(const QList<MlflowRun> &runs, const std::function<void(const RunOutcome &)> &report, QString *error);

    // Checked before each run: once set, the runs not started are left for a later import (the app's Cancel).
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    static constexpr qsizetype PointsPerBatch = 100000;

private:
    RunOutcome importRun(const MlflowRun &run);

    ImportClient *m_client;
    QString m_project;
    QMap<QString, QPair<QString, QString>> m_existing;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace nereid
