#include "mlflowmapping.h"

#include "importpaths.h"
#include "importvalues.h"
#include "pathregistry.h"

#include <algorithm>

namespace nereid {

namespace {

// Bump this when the mapping changes, so runs imported the old way are written again.
constexpr auto MlflowMappingVersion = "mlflow-2"; // 2: artifacts as the file set `artifacts`

} // namespace

QString MlflowMapping::validPath(const QString &name)
{
    return ImportPaths::valid(name);
}

MlflowMapping MlflowMapping::map(const MlflowRun &run, const QMap<QString, MlflowArtifactFile> &files)
{
    MlflowMapping m;
    const QString name = run.tags.value(QStringLiteral("mlflow.runName"), run.uuid);
    const QString description = run.tags.value(QStringLiteral("mlflow.note.content"));
    m.createBody = {{QStringLiteral("custom_run_id"), QString(QStringLiteral("mlflow:") + run.uuid)},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("description"), ImportValues::truncated(description)},
                    {QStringLiteral("tags"), QJsonArray{run.experimentName}}};
    m.failed = run.status == QLatin1String("FAILED");
    m.trashed = run.deleted;

    PathRegistry paths;
    for (const char *own :
         {"sys/name", "sys/description", "sys/failed", "mlflow/run_id", "mlflow/experiment", "mlflow/status",
          "mlflow/start_time", "mlflow/end_time", "mlflow/parent", "import/fingerprint"})
        paths.take(QLatin1String(own), nullptr);
    m.assigns.append(assign(QStringLiteral("sys/name"), QStringLiteral("string"), name));
    m.assigns.append(
        assign(QStringLiteral("sys/description"), QStringLiteral("string"), ImportValues::truncated(description)));
    m.assigns.append(assign(QStringLiteral("sys/failed"), QStringLiteral("bool"), m.failed));
    m.assigns.append(assign(QStringLiteral("mlflow/run_id"), QStringLiteral("string"), run.uuid));
    m.assigns.append(assign(QStringLiteral("mlflow/experiment"), QStringLiteral("string"), run.experimentName));
    m.assigns.append(assign(QStringLiteral("mlflow/status"), QStringLiteral("string"), run.status));
    if (run.startTimeMs > 0)
        m.assigns.append(assign(QStringLiteral("mlflow/start_time"), QStringLiteral("datetime"),
                                ImportValues::datetime(run.startTimeMs)));
    if (run.endTimeMs > 0)
        m.assigns.append(assign(QStringLiteral("mlflow/end_time"), QStringLiteral("datetime"),
                                ImportValues::datetime(run.endTimeMs)));
    const QString parent = run.tags.value(QStringLiteral("mlflow.parentRunId"));
    if (!parent.isEmpty())
        m.assigns.append(assign(QStringLiteral("mlflow/parent"), QStringLiteral("string"),
                                QString(QStringLiteral("mlflow:") + parent)));
    const QMap<QString, QString> paramPaths = paths.takeAll(QStringLiteral("params/"), run.params, &m.renames);
    for (auto it = run.params.begin(); it != run.params.end(); ++it)
        m.assigns.append(
            assign(paramPaths.value(it.key()), QStringLiteral("string"), ImportValues::truncated(it.value())));
    QMap<QString, QString> tags = run.tags;
    tags.remove(QStringLiteral("mlflow.note.content")); // the description
    const QMap<QString, QString> tagPaths = paths.takeAll(QStringLiteral("tags/"), tags, &m.renames);
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        m.assigns.append(
            assign(tagPaths.value(it.key()), QStringLiteral("string"), ImportValues::truncated(it.value())));
    }
    m.retired.append(QStringLiteral("artifacts/")); // mlflow-1's "N bytes" records of the artifacts
    m.mapArtifacts(files, &paths);

    const QMap<QString, QString> metricPaths = paths.takeAll(QString(), run.metrics, &m.renames);
    for (auto it = run.metrics.begin(); it != run.metrics.end(); ++it) {
        const QString &path = metricPaths.value(it.key());
        // MLflow allows repeated and decreasing steps; Nereid's must increase. Points are ordered by step (then
        // time, then the store's order) and a step that repeats the one before moves up to the next double above
        // it, so every point is kept and whole steps stay where they were.
        QList<MlflowPoint> points = it.value();
        std::stable_sort(points.begin(), points.end(), [](const MlflowPoint &a, const MlflowPoint &b) {
            return a.step != b.step ? a.step < b.step : a.timestampMs < b.timestampMs;
        });
        QList<MappedPoint> &mapped = m.series[path];
        mapped.reserve(points.size());
        for (const MlflowPoint &p : points) {
            double step = double(p.step);
            if (!mapped.isEmpty() && step <= mapped.last().step)
                step = ImportPaths::stepAfter(mapped.last().step);
            mapped.append({step, p.value, double(p.timestampMs) / 1000.0});
        }
    }

    m.computeFingerprint(MlflowMappingVersion);
    return m;
}

// One file set `artifacts`, its entries named as MLflow shows them (`plots/loss.png`); the entries carry the
// hashes, so the fingerprint changes with any artifact's bytes.
void MlflowMapping::mapArtifacts(const QMap<QString, MlflowArtifactFile> &files, PathRegistry *paths)
{
    if (files.isEmpty())
        return;
    const QString field = paths->take(QStringLiteral("artifacts"), &renames);
    PathRegistry entryPaths;
    const QMap<QString, QString> names = entryPaths.takeAll(QString(), files, &renames);
    QJsonArray entries;
    for (auto it = files.begin(); it != files.end(); ++it) {
        entries.append(QJsonObject{{QStringLiteral("path"), names.value(it.key())},
                                   {QStringLiteral("hash"), it->sha256},
                                   {QStringLiteral("size"), it->size},
                                   {QStringLiteral("mime"), it->mime}});
        blobFiles.insert(it->sha256, it->file);
    }
    QJsonObject set = assign(field, QStringLiteral("fileSet"), QJsonValue());
    set.remove(QStringLiteral("value"));
    set.insert(QStringLiteral("files"), entries);
    assigns.append(set);
}

} // namespace nereid
