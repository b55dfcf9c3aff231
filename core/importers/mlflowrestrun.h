#pragma once

#include "mlflowrestapi.h"
#include "mlflowrun.h"

#include <QCoreApplication>

namespace nereid {

// One run of an MLflow tracking server, read whole: its info, params and tags as runs/search gave them, every
// point of each of its metrics (metrics/get-history) and its artifacts (artifacts/list, folder by folder, then
// get-artifact for each file's bytes), into the shape the file and SQL stores fill.
class MlflowRestRun
{
    Q_DECLARE_TR_FUNCTIONS(MlflowRestRun)

public:
    explicit MlflowRestRun(MlflowRestApi *api);

    // `json` is one run of a runs/search answer; `where` names it in errors. An answer that makes no sense, or a
    // refusal of this run's requests, sets run->error and is true (the other runs can still be read). False when
    // the server stopped answering: run->error says so, and that the runs not read yet are left for later.
    bool read(const QJsonObject &json, const QString &where, MlflowRun *run);

private:
    bool readHistory(const QString &runId, const QString &key, QList<MlflowPoint> *points, QString *error);
    bool readArtifacts(const QString &runId, const QString &folder, QMap<QString, qint64> *files, QString *error);
    // Each artifact's bytes (get-artifact) into a temporary folder of the run's own, its artifactFolder.
    bool downloadArtifacts(MlflowRun *run, QString *error);

    MlflowRestApi *m_api;
};

} // namespace nereid
