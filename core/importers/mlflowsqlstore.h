#pragma once

#include "mlflowrun.h"

#include <QCoreApplication>

namespace nereid {

// Reads an MLflow SQL store kept in SQLite (`mlflow.db`), opened read-only through QtSql: the experiments, runs,
// params, tags and metrics tables, and each run's artifact folder.
class MlflowSqlStore
{
    Q_DECLARE_TR_FUNCTIONS(MlflowSqlStore)

public:
    // False with *error when the file cannot be opened or is not an MLflow store.
    static bool read(const QString &file, QList<MlflowRun> *runs, QString *error);

    // MLflow stores absolute artifact URIs of the machine that wrote the store. When that path does not exist here,
    // the longest tail of it that exists under `storeFolder` is taken (a store copied with its artifacts).
    static QString artifactFolder(const QString &uri, const QString &storeFolder);
};

} // namespace nereid
