#pragma once

#include "mlflowrestapi.h"
#include "mlflowrun.h"

#include <atomic>
#include <QCoreApplication>

namespace nereid {

// Reads the runs of an MLflow tracking server through its REST API into the shape the file and SQL stores fill:
// experiments/search, runs/search (params, tags and which metrics a run has), metrics/get-history (every point)
// and artifacts/list (paths and sizes, folder by folder), following every next_page_token, every experiment and
// run, deleted ones too. A run is given only once it was read whole.
class MlflowRestStore
{
    Q_DECLARE_TR_FUNCTIONS(MlflowRestStore)

public:
    MlflowRestStore(const QUrl &server, const QString &token);

    // Whether the path given to `nereid import mlflow` is a tracking server's URL.
    static bool isUrl(const QString &path);

    // False with *error when the server's experiments cannot be listed (nothing was read). Otherwise true; a run
    // whose answers make no sense comes back with its error set, and when the server stops answering (after the
    // retries) the runs read whole so far come back, then one last run with the error saying that reading
    // stopped there: the others are left for a later import.
    bool read(QList<MlflowRun> *runs, QString *error);

    // Checked before each run: once set, reading stops and the runs read so far are given.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

private:
    // The experiment's runs into `runs`. False when reading stops (the server stopped answering, or Cancel): the
    // last run then says why. A run whose answers make no sense gets its error, and the others are read.
    bool readExperiment(const QString &id, const QString &name, QList<MlflowRun> *runs);

    MlflowRestApi m_api;
    QString m_server;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace nereid
