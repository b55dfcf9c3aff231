#include "mlflowimporter.h"

#include "importclient.h"
#include "importvalues.h"
#include "mlflowmapping.h"

#include <cmath>
#include <QJsonArray>

namespace nereid {

namespace {

QJsonObject append(const QString &path, const QJsonArray &points)
{
    return {{QStringLiteral("op"), QStringLiteral("append")},
            {QStringLiteral("path"), path},
            {QStringLiteral("type"), QStringLiteral("floatSeries")},
            {QStringLiteral("points"), points}};
}

} // namespace

MlflowImporter::MlflowImporter(ImportClient *client, QString project)
    : m_client(client)
    , m_project(std::move(project))
{
}

bool MlflowImporter::import(const QList<MlflowRun> &runs, const std::function<void(const RunOutcome &)> &report,
                            QString *error)
{
    if (!m_client->ensureProject(m_project, error) || !m_client->listRuns(m_project, &m_existing, error))
        return false;
    for (const MlflowRun &run : runs) {
        if (m_cancel && *m_cancel)
            break;
        report(importRun(run));
    }
    return true;
}

RunOutcome MlflowImporter::importRun(const MlflowRun &run)
{
    RunOutcome outcome;
    outcome.uuid = run.uuid;
    outcome.name = run.tags.value(QStringLiteral("mlflow.runName"), run.uuid);
    outcome.source = QStringLiteral("mlflow:") + run.uuid;
    if (!run.error.isEmpty()) {
        outcome.error = run.error;
        return outcome;
    }
    const MlflowMapping m = MlflowMapping::map(run);
    outcome.renames = m.renames;
    const QString custom = m.createBody.value(QStringLiteral("custom_run_id")).toString();
    const auto existing = m_existing.constFind(custom);
    if (existing != m_existing.cend() && existing->second == m.fingerprint) {
        outcome.kind = RunOutcome::Skipped;
        return outcome;
    }
    outcome.kind = existing == m_existing.cend() ? RunOutcome::Created : RunOutcome::Updated;

    QJsonObject stored;
    if (!m_client->createOrResume(m_project, m.createBody, &stored, &outcome.error)) {
        outcome.kind = RunOutcome::Failed;
        return outcome;
    }
    const QString id = stored.value(QStringLiteral("id")).toString();
    const QString operations = QStringLiteral("/runs/%1/operations").arg(id);
    const QJsonObject fields = stored.value(QStringLiteral("fields")).toObject();
    auto fail = [&outcome] {
        outcome.kind = RunOutcome::Failed;
        return outcome;
    };
    if (!m_client->post(operations, {{QStringLiteral("operations"), m.assigns}}, &outcome.error))
        return fail();

    // Points at or below the last step the server holds are there already (batches are all-or-nothing): a
    // resumed import sends only the rest.
    QJsonArray batch;
    qsizetype inBatch = 0;
    for (auto it = m.series.begin(); it != m.series.end(); ++it) {
        const QJsonObject summary = fields.value(it.key()).toObject();
        const bool known = summary.contains(QStringLiteral("last_step"));
        const double lastStep = summary.value(QStringLiteral("last_step")).toDouble();
        QJsonArray points;
        for (const MappedPoint &p : it.value()) {
            if (known && p.step <= lastStep)
                continue;
            points.append(QJsonArray{p.step, ImportValues::seriesFloat(p.value), p.timestamp});
            if (++inBatch == PointsPerBatch) {
                batch.append(append(it.key(), points));
                if (!m_client->post(operations, {{QStringLiteral("operations"), batch}}, &outcome.error))
                    return fail();
                outcome.points += inBatch;
                batch = {}, points = {}, inBatch = 0;
            }
        }
        if (!points.isEmpty())
            batch.append(append(it.key(), points));
    }
    if (!batch.isEmpty()) {
        if (!m_client->post(operations, {{QStringLiteral("operations"), batch}}, &outcome.error))
            return fail();
        outcome.points += inBatch;
    }
    const bool trashed = stored.value(QStringLiteral("sys")).toObject().value(QStringLiteral("trashed")).toBool();
    if (m.trashed != trashed &&
        !m_client->post(
            QStringLiteral("/runs/%1/%2").arg(id, m.trashed ? QStringLiteral("trash") : QStringLiteral("restore")), {},
            &outcome.error))
        return fail();
    // The fingerprint last: only a run written whole is skipped next time.
    const QJsonObject fingerprint{{QStringLiteral("op"), QStringLiteral("assign")},
                                  {QStringLiteral("path"), QStringLiteral("import/fingerprint")},
                                  {QStringLiteral("type"), QStringLiteral("string")},
                                  {QStringLiteral("value"), m.fingerprint}};
    if (!m_client->post(operations, {{QStringLiteral("operations"), QJsonArray{fingerprint}}}, &outcome.error))
        return fail();
    if (!m_client->post(QStringLiteral("/runs/%1/stop").arg(id), {}, &outcome.error))
        return fail();
    return outcome;
}

} // namespace nereid
