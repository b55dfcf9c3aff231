#pragma once

#include "exportwriter.h"
#include "mlflowregistrywriter.h"

#include <memory>
#include <QCoreApplication>
#include <QDir>
#include <QMap>

namespace nereid {

class MlflowExportMapping;

// An MLflow file store, `mlruns/`, as MLflow 2.x writes one: `mlruns/<experiment id>/meta.yaml` and
// `mlruns/<experiment id>/<run uuid>/{meta.yaml,params/,tags/,metrics/,artifacts/}`, the run's files as artifacts;
// models and model versions in MLflow's model registry (MlflowRegistryWriter). It
// is the inverse of the MLflow import's mapping (docs/export.md says field by field), so runs that came from MLflow go
// back as they came.
class MlflowWriter : public ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(MlflowWriter)

public:
    bool begin(const QString &folder, QString *error) override;
    bool write(ExportedRun &run, QString *error) override;
    bool finish(QString *error) override;
    bool holds(const QString &) const override { return true; }

    // A YAML single-quoted scalar on one line.
    static QString quoted(QString text);

private:
    // The experiment's folder, created with its meta.yaml the first time the name comes.
    QString experimentFolder(const QString &name, QString *error);
    bool writeRun(ExportedRun &run, const MlflowExportMapping &mapping, const QDir &folder,
                  const QString &experimentPath, QString *error);
    // The run's file fields as its artifacts.
    bool writeArtifacts(ExportedRun &run, const QDir &artifacts, QString *error);
    bool writeValues(const QString &folder, const QMap<QString, QString> &values, QString *error);

    QString m_store;
    QMap<QString, QString> m_experiments;             // name -> id
    std::unique_ptr<MlflowRegistryWriter> m_registry; // models and their versions
};

} // namespace nereid
