#include "runwriter.h"

#include "floatbatchbody.h"
#include "importblobs.h"
#include "importclient.h"

namespace nereid {

namespace {

QJsonObject append(const QString &path, const QString &type, const QJsonArray &points)
{
    return {{QStringLiteral("op"), QStringLiteral("append")},
            {QStringLiteral("path"), path},
            {QStringLiteral("type"), type},
            {QStringLiteral("points"), points}};
}

} // namespace

RunWriter::RunWriter(ImportClient *client, QString project)
    : m_client(client)
    , m_project(std::move(project))
{
}

bool RunWriter::begin(QString *error)
{
    return m_client->ensureProject(m_project, error) && m_client->listRuns(m_project, &m_existing, error);
}

void RunWriter::write(const ImportedRun &run, RunOutcome *outcome)
{
    const QString custom = run.createBody.value(QStringLiteral("custom_run_id")).toString();
    const auto existing = m_existing.constFind(custom);
    if (existing != m_existing.cend() && existing->second == run.fingerprint) {
        outcome->kind = RunOutcome::Skipped;
        return;
    }
    outcome->kind = existing == m_existing.cend() ? RunOutcome::Created : RunOutcome::Updated;
    QJsonObject stored;
    const auto failed = [outcome] { outcome->kind = RunOutcome::Failed; };
    if (!m_client->createOrResume(m_project, run.createBody, &stored, &outcome->error))
        return failed();
    const QString id = stored.value(QStringLiteral("id")).toString();
    const QString operations = QStringLiteral("/runs/%1/operations").arg(id);
    QJsonArray retired; // deleted first: their namespace may now be a field of its own (`artifacts`)
    const QJsonObject fields = stored.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        for (const QString &prefix : run.retired)
            if (it.key().startsWith(prefix) &&
                it.value().toObject().value(QStringLiteral("type")).toString() == QLatin1String("string"))
                retired.append(
                    QJsonObject{{QStringLiteral("op"), QStringLiteral("delete")}, {QStringLiteral("path"), it.key()}});
    if ((!retired.isEmpty() &&
         !m_client->post(operations, {{QStringLiteral("operations"), retired}}, &outcome->error)) ||
        !ImportBlobs::upload(m_client, m_project, run.blobFiles, &outcome->error) ||
        !m_client->post(operations, {{QStringLiteral("operations"), run.assigns}}, &outcome->error) ||
        !writeSeries(run, fields, operations, outcome))
        return failed();
    const bool trashed = stored.value(QStringLiteral("sys")).toObject().value(QStringLiteral("trashed")).toBool();
    if (run.trashed != trashed &&
        !m_client->post(
            QStringLiteral("/runs/%1/%2").arg(id, run.trashed ? QStringLiteral("trash") : QStringLiteral("restore")),
            {}, &outcome->error))
        return failed();
    // The fingerprint last: only a run written whole is skipped next time.
    const QJsonArray fingerprint{
        ImportedRun::assign(QStringLiteral("import/fingerprint"), QStringLiteral("string"), run.fingerprint)};
    if (!m_client->post(operations, {{QStringLiteral("operations"), fingerprint}}, &outcome->error) ||
        !m_client->post(QStringLiteral("/runs/%1/stop").arg(id), {}, &outcome->error))
        return failed();
}

bool RunWriter::flush(const QString &operations, QJsonArray *batch, qsizetype *inBatch, RunOutcome *outcome)
{
    if (batch->isEmpty())
        return true;
    if (!m_client->post(operations, {{QStringLiteral("operations"), *batch}}, &outcome->error))
        return false;
    outcome->points += *inBatch;
    *batch = {}, *inBatch = 0;
    return true;
}

bool RunWriter::writeFloats(const ImportedRun &run, const QJsonObject &fields, const QString &operations,
                            RunOutcome *outcome)
{
    FloatBatchBody body;
    const auto send = [&] {
        if (body.isEmpty())
            return true;
        const qsizetype points = body.points();
        if (!m_client->postJson(operations, body.take(), &outcome->error))
            return false;
        outcome->points += points;
        return true;
    };
    for (auto it = run.series.begin(); it != run.series.end(); ++it) {
        const QJsonObject summary = fields.value(it.key()).toObject();
        const bool known = summary.contains(QStringLiteral("last_step"));
        const double lastStep = summary.value(QStringLiteral("last_step")).toDouble();
        bool open = false;
        for (const MappedPoint &p : it.value()) {
            if (known && p.step <= lastStep)
                continue;
            if (!open) {
                body.beginSeries(it.key());
                open = true;
            }
            body.add(p.step, p.value, p.timestamp);
            if (body.points() == PointsPerBatch) {
                body.endSeries();
                open = false;
                if (!send())
                    return false;
            }
        }
        if (open)
            body.endSeries();
    }
    return send();
}

// Points at or below the last step the server holds are there already (batches are all-or-nothing and go in step
// order): a resumed import sends only the rest.
bool RunWriter::writeSeries(const ImportedRun &run, const QJsonObject &fields, const QString &operations,
                            RunOutcome *outcome)
{
    if (!writeFloats(run, fields, operations, outcome))
        return false;
    QJsonArray batch;
    qsizetype inBatch = 0;
    const auto sendAbove = [&](const QString &path, const QString &type, const auto &points, qsizetype perBatch,
                               const auto &wire) {
        const QJsonObject summary = fields.value(path).toObject();
        const bool known = summary.contains(QStringLiteral("last_step"));
        const double lastStep = summary.value(QStringLiteral("last_step")).toDouble();
        QJsonArray json;
        for (const auto &p : points) {
            if (known && p.step <= lastStep)
                continue;
            const QJsonValue value = wire(p);
            if (value.isUndefined())
                return false;
            json.append(QJsonArray{p.step, value, p.timestamp});
            if (++inBatch == perBatch) {
                batch.append(append(path, type, json));
                json = {};
                if (!flush(operations, &batch, &inBatch, outcome))
                    return false;
            }
        }
        if (!json.isEmpty())
            batch.append(append(path, type, json));
        return true;
    };
    for (auto it = run.textSeries.begin(); it != run.textSeries.end(); ++it)
        if (!sendAbove(it.key(), QStringLiteral("stringSeries"), it.value(), PointsPerBatch,
                       [](const MappedText &p) { return QJsonValue(p.value); }))
            return false;
    if (!flush(operations, &batch, &inBatch, outcome))
        return false;
    for (auto it = run.fileSeries.begin(); it != run.fileSeries.end(); ++it) {
        const auto upload = [&](const MappedFile &p) -> QJsonValue {
            QString hash;
            if (!m_client->putBlob(m_project, p.bytes, &hash, &outcome->error))
                return QJsonValue(QJsonValue::Undefined);
            return QJsonObject{{QStringLiteral("hash"), hash},
                               {QStringLiteral("size"), p.bytes.size()},
                               {QStringLiteral("name"), p.name},
                               {QStringLiteral("extension"), p.extension},
                               {QStringLiteral("mime"), p.mime}};
        };
        if (!sendAbove(it.key(), QStringLiteral("fileSeries"), it.value(), FilesPerBatch, upload))
            return false;
    }
    return flush(operations, &batch, &inBatch, outcome);
}

} // namespace nereid
