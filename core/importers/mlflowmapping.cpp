#include "mlflowmapping.h"

#include "importpaths.h"

#include <algorithm>
#include <QDateTime>

namespace nereid {

namespace {

// Bump this when the mapping changes, so runs imported the old way are written again.
constexpr auto MappingVersion = "mlflow-1";

QString datetime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QString MlflowMapping::validPath(const QString &name)
{
    return ImportPaths::valid(name);
}

MlflowMapping MlflowMapping::map(const MlflowRun &run)
{
    MlflowMapping m;
    const QString name = run.tags.value(QStringLiteral("mlflow.runName"), run.uuid);
    const QString description = run.tags.value(QStringLiteral("mlflow.note.content"));
    m.createBody = {{QStringLiteral("custom_run_id"), QString(QStringLiteral("mlflow:") + run.uuid)},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("description"), truncatedString(description)},
                    {QStringLiteral("tags"), QJsonArray{run.experimentName}}};
    m.failed = run.status == QLatin1String("FAILED");
    m.trashed = run.deleted;

    m.assigns.append(assign(QStringLiteral("sys/name"), QStringLiteral("string"), name));
    m.assigns.append(assign(QStringLiteral("sys/description"), QStringLiteral("string"), truncatedString(description)));
    m.assigns.append(assign(QStringLiteral("sys/failed"), QStringLiteral("bool"), m.failed));
    m.assigns.append(assign(QStringLiteral("mlflow/run_id"), QStringLiteral("string"), run.uuid));
    m.assigns.append(assign(QStringLiteral("mlflow/experiment"), QStringLiteral("string"), run.experimentName));
    m.assigns.append(assign(QStringLiteral("mlflow/status"), QStringLiteral("string"), run.status));
    if (run.startTimeMs > 0)
        m.assigns.append(
            assign(QStringLiteral("mlflow/start_time"), QStringLiteral("datetime"), datetime(run.startTimeMs)));
    if (run.endTimeMs > 0)
        m.assigns.append(
            assign(QStringLiteral("mlflow/end_time"), QStringLiteral("datetime"), datetime(run.endTimeMs)));
    const QString parent = run.tags.value(QStringLiteral("mlflow.parentRunId"));
    if (!parent.isEmpty())
        m.assigns.append(assign(QStringLiteral("mlflow/parent"), QStringLiteral("string"),
                                QString(QStringLiteral("mlflow:") + parent)));
    for (auto it = run.params.begin(); it != run.params.end(); ++it)
        m.assigns.append(assign(validPath(QStringLiteral("params/") + it.key()), QStringLiteral("string"),
                                truncatedString(it.value())));
    for (auto it = run.tags.begin(); it != run.tags.end(); ++it) {
        if (it.key() == QLatin1String("mlflow.note.content"))
            continue; // the description
        m.assigns.append(assign(validPath(QStringLiteral("tags/") + it.key()), QStringLiteral("string"),
                                truncatedString(it.value())));
    }
    for (auto it = run.artifacts.begin(); it != run.artifacts.end(); ++it)
        m.assigns.append(assign(validPath(QStringLiteral("artifacts/") + it.key()), QStringLiteral("string"),
                                QStringLiteral("%1 bytes").arg(it.value())));

    for (auto it = run.metrics.begin(); it != run.metrics.end(); ++it) {
        const QString path = validPath(it.key());
        if (path != it.key())
            m.renames.append(it.key() + QStringLiteral(" -> ") + path);
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

    m.computeFingerprint(MappingVersion);
    return m;
}

} // namespace nereid
