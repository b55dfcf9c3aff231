#pragma once

#include "exportedrun.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace nereid {

class ExportBlobs;

// Models and model versions as MLflow's file-store model registry keeps registered models (MLflow 2.x,
// mlflow/store/model_registry/file_store.py): `mlruns/models/<name>/meta.yaml` with `tags/`, and
// `mlruns/models/<name>/version-<n>/meta.yaml` with the version's stage as `current_stage` and `tags/`. A version's
// files go to its `artifacts/` folder, which its `source` names. What a registered model cannot hold (fields and
// series) is added to the object's `skipped`.
class MlflowRegistryWriter
{
    Q_DECLARE_TR_FUNCTIONS(MlflowRegistryWriter)

public:
    MlflowRegistryWriter(QString store, ExportBlobs *blobs);

    bool write(ExportedRun &object, QString *error);

private:
    bool writeModel(ExportedRun &model, QString *error);
    bool writeVersion(ExportedRun &version, QString *error);
    // tags/<key> files: the Nereid id, and the object's tags joined by ",".
    bool writeTags(const QString &folder, const ExportedRun &object, QString *error);
    static void skipFields(ExportedRun &object, bool filesToo);

    QString m_store;
    ExportBlobs *m_blobs;
    QMap<QString, QString> m_names; // Nereid model id -> its registered model's name
    QSet<QString> m_taken;
};

} // namespace nereid
