#include "jsonlimporter.h"

#include "importclient.h"
#include "runwriter.h"

#include <cmath>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace nereid {

namespace {

QJsonObject operation(const QString &op, const QString &path, const QString &member = {}, const QJsonValue &value = {},
                      const QJsonValue &type = {})
{
    QJsonObject o{{QStringLiteral("op"), op}, {QStringLiteral("path"), path}};
    if (!member.isEmpty())
        o.insert(member, value);
    if (!type.isUndefined())
        o.insert(QStringLiteral("type"), type);
    return o;
}

// The sys fields people may edit (a resumed run's are set again, tags replaced), a version's stage, then every atom as
// it was typed.
QJsonArray assignments(const QJsonObject &sys, const QJsonObject &fields)
{
    const QString assign = QStringLiteral("assign"), value = QStringLiteral("value");
    QJsonArray atoms{operation(assign, QStringLiteral("sys/name"), value, sys.value(QStringLiteral("name")),
                               QStringLiteral("string")),
                     operation(assign, QStringLiteral("sys/description"), value,
                               sys.value(QStringLiteral("description")), QStringLiteral("string")),
                     operation(assign, QStringLiteral("sys/failed"), value,
                               sys.value(QStringLiteral("failed")).toBool(), QStringLiteral("bool"))};
    for (const QString &set : {QStringLiteral("sys/tags"), QStringLiteral("sys/group_tags")}) {
        atoms.append(operation(QStringLiteral("clear_strings"), set));
        const QJsonArray values = sys.value(set.mid(4)).toArray();
        if (!values.isEmpty())
            atoms.append(operation(QStringLiteral("add_strings"), set, QStringLiteral("values"), values));
    }
    if (sys.contains(QStringLiteral("stage")))
        atoms.append(operation(assign, QStringLiteral("sys/stage"), value, sys.value(QStringLiteral("stage")),
                               QStringLiteral("string")));
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonObject field = it.value().toObject();
        if (!field.contains(QStringLiteral("steps")) &&
            !JsonlFiles::isFileType(field.value(QStringLiteral("type")).toString()))
            atoms.append(operation(assign, it.key(), value, field.value(value), field.value(QStringLiteral("type"))));
    }
    return atoms;
}

} // namespace

JsonlImporter::JsonlImporter(ImportClient *client, QString project)
    : m_client(client)
    , m_project(std::move(project))
    , m_models(client, m_project)
{
}

bool JsonlImporter::import(const QString &file, const std::function<void(const RunOutcome &)> &report, QString *error)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(file, input.errorString());
        return false;
    }
    if (!m_client->ensureProject(m_project, error) || !m_client->listRuns(m_project, &m_existing, error))
        return false;
    m_files = std::make_unique<JsonlFiles>(m_client, m_project, QFileInfo(file).absolutePath());
    for (int lineNumber = 1; !input.atEnd(); ++lineNumber) {
        const QByteArray line = input.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(line, &parseError);
        if (!json.isObject()) {
            RunOutcome outcome;
            outcome.name = tr("line %1").arg(lineNumber);
            outcome.error = tr("%1, line %2 is not a JSON object: %3")
                                .arg(file)
                                .arg(lineNumber)
                                .arg(json.isNull() ? parseError.errorString() : tr("another JSON value"));
            report(outcome);
            continue;
        }
        report(importRun(json.object()));
    }
    return true;
}

qsizetype JsonlImporter::countRuns(const QString &file)
{
    QFile input(file);
    qsizetype lines = 0;
    QByteArray chunk;
    while (input.isOpen() || input.open(QIODevice::ReadOnly)) {
        chunk = input.read(1 << 20);
        if (chunk.isEmpty())
            break;
        lines += chunk.count('\n');
    }
    return lines;
}

RunOutcome JsonlImporter::importRun(const QJsonObject &line)
{
    RunOutcome outcome;
    QJsonObject stored;
    if (!open(line, &stored, &outcome) || !writeObject(line, stored, &outcome))
        outcome.kind = RunOutcome::Failed;
    return outcome;
}

bool JsonlImporter::open(const QJsonObject &line, QJsonObject *stored, RunOutcome *outcome)
{
    const QJsonObject sys = line.value(QStringLiteral("sys")).toObject();
    outcome->name = sys.value(QStringLiteral("name")).toString();
    const QString kind = line.value(QStringLiteral("kind")).toString(QStringLiteral("run"));
    if (kind == QLatin1String("model") || kind == QLatin1String("model_version")) {
        outcome->uuid = line.value(QStringLiteral("id")).toString(); // the model's or version's id in the export
        bool created = false;
        if (!m_models.open(line, stored, &created, &outcome->error))
            return false;
        outcome->kind = created ? RunOutcome::Created : RunOutcome::Updated;
        return true;
    }
    if (kind != QLatin1String("run")) {
        outcome->error = tr("an object of the kind \"%1\", which Nereid does not import").arg(kind);
        return false;
    }
    outcome->uuid = sys.value(QStringLiteral("custom_run_id")).toString();
    if (outcome->uuid.isEmpty())
        outcome->uuid = line.value(QStringLiteral("project")).toString() + QLatin1Char('/') +
                        line.value(QStringLiteral("id")).toString();
    const QJsonObject create{{QStringLiteral("custom_run_id"), outcome->uuid},
                             {QStringLiteral("name"), outcome->name},
                             {QStringLiteral("description"), sys.value(QStringLiteral("description"))},
                             {QStringLiteral("tags"), sys.value(QStringLiteral("tags"))},
                             {QStringLiteral("group_tags"), sys.value(QStringLiteral("group_tags"))}};
    if (!m_client->createOrResume(m_project, create, stored, &outcome->error))
        return false;
    outcome->kind = m_existing.contains(outcome->uuid) ? RunOutcome::Updated : RunOutcome::Created;
    return true;
}

bool JsonlImporter::writeObject(const QJsonObject &line, const QJsonObject &stored, RunOutcome *outcome)
{
    const QJsonObject sys = line.value(QStringLiteral("sys")).toObject();
    const QString id = stored.value(QStringLiteral("id")).toString();
    const QString operations = QStringLiteral("/runs/%1/operations").arg(id);
    const QJsonObject fields = line.value(QStringLiteral("fields")).toObject();
    // The files first: a field may refer only to blobs the project has.
    QJsonArray atoms = assignments(sys, fields);
    for (const QJsonValue &op : JsonlFiles::assignments(fields))
        atoms.append(op);
    if (!m_files->upload(fields, &outcome->error) ||
        !m_client->post(operations, {{QStringLiteral("operations"), atoms}}, &outcome->error))
        return false;

    const QJsonObject storedFields = stored.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonObject summary = storedFields.value(it.key()).toObject();
        const double lastStep = summary.contains(QStringLiteral("last_step"))
                                    ? summary.value(QStringLiteral("last_step")).toDouble()
                                    : -HUGE_VAL;
        QJsonObject series = it.value().toObject();
        if (series.value(QStringLiteral("type")).toString() == QLatin1String("fileSeries"))
            series = JsonlFiles::forAppend(series);
        if (series.contains(QStringLiteral("steps")) && !appendPoints(operations, it.key(), series, lastStep, outcome))
            return false;
    }
    const bool trashed = sys.value(QStringLiteral("trashed")).toBool();
    return (trashed == stored.value(QStringLiteral("sys")).toObject().value(QStringLiteral("trashed")).toBool() ||
            m_client->post(
                QStringLiteral("/runs/%1/%2").arg(id, trashed ? QStringLiteral("trash") : QStringLiteral("restore")),
                {}, &outcome->error)) &&
           m_client->post(QStringLiteral("/runs/%1/stop").arg(id), {}, &outcome->error);
}

bool JsonlImporter::appendPoints(const QString &operations, const QString &path, const QJsonObject &series,
                                 double lastStep, RunOutcome *outcome)
{
    const QJsonArray steps = series.value(QStringLiteral("steps")).toArray();
    const QJsonArray values = series.value(QStringLiteral("values")).toArray();
    const QJsonArray timestamps = series.value(QStringLiteral("timestamps")).toArray();
    if (values.size() != steps.size() || timestamps.size() != steps.size()) {
        outcome->error = tr("%1: the steps, values and timestamps are not of the same length").arg(path);
        return false;
    }
    QJsonArray points;
    for (qsizetype i = 0; i <= steps.size(); ++i) {
        if (i < steps.size() && steps.at(i).toDouble() > lastStep)
            points.append(QJsonArray{steps.at(i), values.at(i), timestamps.at(i)});
        if (points.size() == RunWriter::PointsPerBatch || (i == steps.size() && !points.isEmpty())) {
            const QJsonObject append{{QStringLiteral("op"), QStringLiteral("append")},
                                     {QStringLiteral("path"), path},
                                     {QStringLiteral("type"), series.value(QStringLiteral("type"))},
                                     {QStringLiteral("points"), points}};
            if (!m_client->post(operations, {{QStringLiteral("operations"), QJsonArray{append}}}, &outcome->error))
                return false;
            outcome->points += points.size();
            points = {};
        }
    }
    return true;
}

} // namespace nereid
