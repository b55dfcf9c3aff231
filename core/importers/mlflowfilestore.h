#pragma once

#include "mlflowrun.h"

#include <QCoreApplication>

namespace nereid {

// Reads an MLflow file store (an `mlruns/` folder as MLflow 2.x writes it): every experiment's folder, every run's
// meta.yaml, params/, tags/, metrics/ and artifacts/. A run whose files cannot be read comes back with its error
// set, so the others are still imported.
class MlflowFileStore
{
    Q_DECLARE_TR_FUNCTIONS(MlflowFileStore)

public:
    // False with *error when the folder is not a file store at all.
    static bool read(const QString &root, QList<MlflowRun> *runs, QString *error);

private:
    static MlflowRun readRun(const QString &folder, const QString &experimentName);
};

} // namespace nereid
