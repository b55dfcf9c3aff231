#pragma once

#include "runoutcome.h"
#include "runwriter.h"
#include "tensorboardrun.h"

#include <atomic>
#include <functional>
#include <QCoreApplication>

namespace nereid {

class ImportClient;

// Writes TensorBoard runs into one Nereid project through the HTTP API, with RunWriter (idempotent and
// resumable). What a run holds that Nereid does not take, and the records that could not be read, are reported
// in its outcome.
class TensorBoardImporter
{
    Q_DECLARE_TR_FUNCTIONS(TensorBoardImporter)

public:
    TensorBoardImporter(ImportClient *client, QString project);

    // False with *error when the import cannot start (the project cannot be listed).
    bool import(const QList<TensorBoardRun> &runs, const std::function<void(const RunOutcome &)> &report,
                QString *error);
    // Checked before each run: once set, the runs not started are left for a later import (the app's Cancel).
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

private:
    RunOutcome importRun(const TensorBoardRun &run);

    RunWriter m_writer;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace nereid
