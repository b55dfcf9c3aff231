#pragma once

#include "exportedrun.h"

#include <QCoreApplication>

namespace nereid {

// A Nereid run mapped onto an MLflow run: the MLflow import's mapping (docs/import.md) turned around, so runs that
// came from MLflow go back as they came (docs/export.md says field by field what goes where).
class MlflowExportMapping
{
    Q_DECLARE_TR_FUNCTIONS(MlflowExportMapping)

public:
    // Fields no MLflow run can hold are added to run.skipped.
    static MlflowExportMapping map(ExportedRun &run);
    // The run's MLflow id: its mlflow/run_id, else what follows "mlflow:" in its custom run id, else 32 hex digits
    // derived from its project and id (the same on every export).
    static QString runUuid(const ExportedRun &run);
    // Whether a field path can be an MLflow key: MLflow keeps keys as relative file paths, and one with a "." or
    // ".." segment would leave its folder.
    static bool isKey(const QString &path);

    QString experiment; // by name
    QString uuid;
    QString name;
    QString user;
    int status = 3; // MLflow's RunStatus number
    qint64 startTimeMs = 0;
    QString endTime = QStringLiteral("null"); // as MLflow writes a run that has not ended
    bool deleted = false;
    QMap<QString, QString> params; // key -> text
    QMap<QString, QString> tags;
};

} // namespace nereid
