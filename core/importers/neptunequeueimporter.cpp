#include "neptunequeueimporter.h"

#include "importclient.h"
#include "neptunemapping.h"
#include "neptuneseriessteps.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace nereid {

namespace {

// Which steps write to a path the queue deletes later (DeleteAttribute, ClearFloatLog, ... all become `delete`):
// the delete wipes what they wrote, so they are not sent. A replay resumed after that delete had reached the server
// would otherwise write them over what the queue put at the path since, maybe of another type (409 type_conflict,
// and the run could never be finished), or append points below a newer series' last step. Deletes are all sent.
QList<bool> deletedLater(const QList<NeptuneStep> &steps)
{
    QList<bool> skip(steps.size(), false);
    QSet<QString> deleted;
    for (qsizetype i = steps.size() - 1; i >= 0; --i) {
        const QString path = steps.at(i).operation.value(QStringLiteral("path")).toString();
        if (steps.at(i).operation.value(QStringLiteral("op")) == QLatin1String("delete")) {
            deleted.insert(path);
            continue;
        }
        for (qsizetype end = path.indexOf(QLatin1Char('/')); !skip.at(i);
             end = path.indexOf(QLatin1Char('/'), end + 1)) {
            skip[i] = deleted.contains(end < 0 ? path : path.left(end));
            if (end < 0)
                break;
        }
    }
    return skip;
}

// An image logged to a series (one point, with its blob) that the server holds already: not even uploaded again.
bool isHeld(const NeptuneStep &step, const QHash<QString, double> &held)
{
    if (step.blobHash.isEmpty() || step.operation.value(QStringLiteral("op")) != QLatin1String("append"))
        return false;
    const auto known = held.constFind(step.operation.value(QStringLiteral("path")).toString());
    const QJsonArray points = step.operation.value(QStringLiteral("points")).toArray();
    return known != held.cend() && points.size() == 1 && points.at(0)[0].toDouble() <= *known;
}

} // namespace

NeptuneQueueImporter::NeptuneQueueImporter(ImportClient *client, QString project)
    : m_client(client)
    , m_project(std::move(project))
{
}

bool NeptuneQueueImporter::import(const QList<NeptuneQueueRun> &runs,
                                  const std::function<void(const RunOutcome &)> &report, QString *error)
{
    if (!m_client->ensureProject(m_project, error) || !m_client->listRuns(m_project, &m_existing, error))
        return false;
    for (const NeptuneQueueRun &run : runs) {
        if (m_cancel && *m_cancel)
            break;
        report(importRun(run));
    }
    return true;
}

RunOutcome NeptuneQueueImporter::importRun(const NeptuneQueueRun &run)
{
    RunOutcome outcome;
    outcome.uuid = run.containerId;
    outcome.name = run.containerId;
    outcome.source = QStringLiteral("neptune:") + run.containerId;
    if (!run.error.isEmpty()) {
        outcome.error = run.error;
        return outcome;
    }
    if (run.containerType != QLatin1String("run")) {
        outcome.error =
            tr("the queue in %1 belongs to a Neptune %2; only runs are imported").arg(run.folder, run.containerType);
        return outcome;
    }
    const NeptuneMapping m = NeptuneMapping::map(run);
    outcome.name = m.name;
    outcome.renames = m.renames;
    outcome.notes = m.notes;
    if (run.tornLines > 0)
        outcome.notes.append(tr("%n line(s) cut off at the end of a queue file skipped (the client was writing them)",
                                nullptr, run.tornLines));
    outcome.notes.append(run.badLines);
    const QString custom = m.createBody.value(QStringLiteral("custom_run_id")).toString();
    outcome.source = custom;
    if (run.operations.isEmpty()) {
        outcome.kind = RunOutcome::Skipped;
        outcome.notes.append(tr("nothing in the queue waits to be sent"));
        return outcome;
    }
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
    // The fingerprint last: only a run written whole is skipped next time.
    const QJsonObject fingerprint{{QStringLiteral("op"), QStringLiteral("assign")},
                                  {QStringLiteral("path"), QStringLiteral("import/fingerprint")},
                                  {QStringLiteral("type"), QStringLiteral("string")},
                                  {QStringLiteral("value"), m.fingerprint}};
    if (!replay(m, id, stored.value(QStringLiteral("fields")).toObject(), &outcome) ||
        !m_client->post(QStringLiteral("/runs/%1/operations").arg(id),
                        {{QStringLiteral("operations"), QJsonArray{fingerprint}}}, &outcome.error) ||
        !m_client->post(QStringLiteral("/runs/%1/stop").arg(id), {}, &outcome.error))
        outcome.kind = RunOutcome::Failed;
    return outcome;
}

bool NeptuneQueueImporter::replay(const NeptuneMapping &mapping, const QString &runId, const QJsonObject &fields,
                                  RunOutcome *outcome)
{
    // Series points at or below the last step the server holds are there already (batches are all-or-nothing
    // and go in queue order): a resumed import sends only the rest, until the queue deletes the series.
    QHash<QString, double> held;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (it.value().toObject().contains(QStringLiteral("last_step")))
            held.insert(it.key(), it.value()[QStringLiteral("last_step")].toDouble());
    const QString route = QStringLiteral("/runs/%1/operations").arg(runId);
    QJsonArray batch;
    qsizetype points = 0;
    qsizetype bytes = 0; // about what the batch's JSON takes: bodies are at most 64 MiB
    // Neptune logs one point per operation; consecutive appends to one series travel as one operation.
    QJsonObject append;
    QJsonArray appendPoints;
    const auto closeAppend = [&] {
        if (appendPoints.isEmpty())
            return;
        append.insert(QStringLiteral("points"), appendPoints);
        batch.append(append);
        appendPoints = {};
    };
    const auto flush = [&] {
        closeAppend();
        if (batch.isEmpty())
            return true;
        if (!m_client->post(route, {{QStringLiteral("operations"), batch}}, &outcome->error))
            return false;
        outcome->points += points;
        batch = {}, points = 0, bytes = 0;
        return true;
    };
    const QList<bool> skip = deletedLater(mapping.steps);
    for (qsizetype i = 0; i < mapping.steps.size(); ++i) {
        const NeptuneStep &step = mapping.steps.at(i);
        if (skip.at(i) || isHeld(step, held))
            continue;
        if (!step.blobHash.isEmpty() && !m_uploaded.contains(step.blobHash)) {
            if (!upload(step, &outcome->error))
                return false;
            m_uploaded.insert(step.blobHash);
        }
        if (step.operation.isEmpty())
            continue; // a file of a file set: uploaded, and named by the set's operation that follows
        const QJsonObject &op = step.operation;
        const QString kind = op.value(QStringLiteral("op")).toString();
        const QString path = op.value(QStringLiteral("path")).toString();
        if (kind != QLatin1String("append")) {
            if (kind == QLatin1String("delete"))
                for (auto it = held.begin(); it != held.end();)
                    it = NeptuneSeriesSteps::isWithin(it.key(), path) ? held.erase(it) : std::next(it);
            closeAppend();
            batch.append(op);
            bytes += QJsonDocument(op).toJson(QJsonDocument::Compact).size();
        } else {
            const auto known = held.constFind(path);
            if (append.value(QStringLiteral("path")) != op.value(QStringLiteral("path")) ||
                append.value(QStringLiteral("type")) != op.value(QStringLiteral("type"))) {
                closeAppend();
                append = op;
            }
            for (const QJsonValue &point : op.value(QStringLiteral("points")).toArray()) {
                if (known != held.cend() && point[0].toDouble() <= *known)
                    continue;
                appendPoints.append(point);
                ++points;
                bytes += 64 + 3 * point[1].toString().size(); // a string point's UTF-8 is at most 3 bytes a unit
                if ((points >= PointsPerBatch || bytes >= BytesPerBatch) && !flush())
                    return false;
            }
        }
        if ((batch.size() >= OperationsPerBatch || bytes >= BytesPerBatch) && !flush())
            return false;
    }
    return flush();
}

bool NeptuneQueueImporter::upload(const NeptuneStep &step, QString *error)
{
    QFile file(step.blobFile);
    QBuffer buffer;
    buffer.setData(step.blobBytes);
    QIODevice *content = step.blobFile.isEmpty() ? static_cast<QIODevice *>(&buffer) : &file;
    if (!content->open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(step.blobFile, file.errorString());
        return false;
    }
    return m_client->putBlob(m_project, step.blobHash, content, error);
}

} // namespace nereid
