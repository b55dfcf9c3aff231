#pragma once

#include "mlflowrun.h"
#include "runoutcome.h"
#include "runwriter.h"

#include <atomic>
#include <functional>
#include <QCoreApplication>

namespace nereid {

class ImportClient;

// Writes MLflow runs into one Nereid project through the HTTP API, with RunWriter (idempotent and resumable).
class MlflowImporter
{
    Q_DECLARE_TR_FUNCTIONS(MlflowImporter)

public:
    MlflowImporter(ImportClient *client, QString project);

    // False with *error when the import cannot start (the project cannot be listed).
    bool import(const QList<MlflowRun> &runs, const std::function<void(const RunOutcome &)> &report, QString *error);

    // Checked before each run: once set, the runs not started are left for a later import (the app's Cancel).
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

private:
    RunOutcome importRun(const MlflowRun &run);

    RunWriter m_writer;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace nereid
