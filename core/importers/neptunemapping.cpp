#include "neptunemapping.h"

#include "importvalues.h"
#include "mlflowmapping.h"
#include "neptunefile.h"
#include "neptunefileset.h"
#include "neptuneimage.h"
#include "neptunequeueline.h"

#include <cmath>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace nereid {

namespace {

// Bump this when the mapping changes, so runs imported the old way are written again.
constexpr auto NeptuneMappingVersion = "neptune-queue-2"; // 2: LogImages, ClearImageLog, UploadFileSet with patterns

QJsonObject wireOp(const QString &op, const QString &path)
{
    return {{QStringLiteral("op"), op}, {QStringLiteral("path"), path}};
}

QJsonObject assign(const QString &path, const QString &type, const QJsonValue &value)
{
    QJsonObject op = wireOp(QStringLiteral("assign"), path);
    op.insert(QStringLiteral("type"), type);
    op.insert(QStringLiteral("value"), value);
    return op;
}

bool isFiniteNumber(const QJsonValue &v)
{
    return v.isDouble() && std::isfinite(v.toDouble());
}

} // namespace

NeptuneMapping NeptuneMapping::map(const NeptuneQueueRun &run)
{
    NeptuneMapping m;
    m.name = run.containerId;
    m.createBody.insert(QStringLiteral("custom_run_id"), QString(QStringLiteral("neptune:") + run.containerId));
    for (const QJsonObject &op : run.operations)
        m.mapOperation(op);
    if (m.name.isEmpty())
        m.name = run.containerId;
    m.createBody.insert(QStringLiteral("name"), m.name);
    for (auto it = m.m_notMapped.begin(); it != m.m_notMapped.end(); ++it)
        m.notes.append(tr("%1 (%n operation(s))", nullptr, it.value()).arg(it.key()));
    if (m.droppedPoints > 0)
        m.notes.append(tr("%n point(s) not imported: their step was not above the previous step of their series, "
                          "which Neptune refuses too",
                          nullptr, int(m.droppedPoints)));

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(NeptuneMappingVersion);
    hash.addData(QJsonDocument(m.createBody).toJson(QJsonDocument::Compact));
    for (const NeptuneStep &step : m.steps)
        hash.addData(QJsonDocument(step.operation).toJson(QJsonDocument::Compact));
    m.fingerprint = QString::fromLatin1(hash.result().toHex());
    return m;
}

void NeptuneMapping::addStep(const QJsonObject &operation)
{
    NeptuneStep step;
    step.operation = operation;
    steps.append(step);
}

void NeptuneMapping::notMapped(const QString &type, const QString &path, const QString &reason)
{
    ++m_notMapped[tr("%1 %2 not imported: %3").arg(type, path, reason)];
}

QString NeptuneMapping::fieldPath(const QString &neptunePath)
{
    QString path = MlflowMapping::validPath(neptunePath);
    if (path != neptunePath && !renames.contains(neptunePath + QStringLiteral(" -> ") + path))
        renames.append(neptunePath + QStringLiteral(" -> ") + path);
    return path;
}

void NeptuneMapping::mapOperation(const QJsonObject &op)
{
    const QString type = op.value(QStringLiteral("type")).toString();
    const QString neptunePath = NeptuneQueueLine::path(op);
    if (neptunePath == QLatin1String("sys") || neptunePath.startsWith(QLatin1String("sys/")))
        return mapSys(type, neptunePath, op);
    const QJsonValue value = op.value(QStringLiteral("value"));
    const auto assignIf = [&](bool ok, const QString &wireType, const QJsonValue &wireValue, const QString &why) {
        if (ok)
            addStep(assign(fieldPath(neptunePath), wireType, wireValue));
        else
            notMapped(type, neptunePath, why);
    };
    if (type == QLatin1String("AssignFloat"))
        assignIf(isFiniteNumber(value), QStringLiteral("float"), value,
                 tr("Nereid's float fields hold finite numbers"));
    else if (type == QLatin1String("AssignInt"))
        assignIf(isFiniteNumber(value) && value.toDouble() == std::trunc(value.toDouble()) &&
                     std::abs(value.toDouble()) <= 9007199254740992.0,
                 QStringLiteral("int"), value, tr("the value is no whole number within ±2^53"));
    else if (type == QLatin1String("AssignBool"))
        assignIf(value.isBool(), QStringLiteral("bool"), value, tr("the value is no boolean"));
    else if (type == QLatin1String("AssignString"))
        assignIf(value.isString(), QStringLiteral("string"), ImportValues::truncated(value.toString()),
                 tr("the value is no string"));
    else if (type == QLatin1String("AssignDatetime"))
        assignIf(isFiniteNumber(value) && std::abs(value.toDouble()) < 8.64e15, QStringLiteral("datetime"),
                 ImportValues::datetime(qint64(value.toDouble())), tr("the value is no time in milliseconds"));
    else if (type == QLatin1String("LogFloats") || type == QLatin1String("LogStrings"))
        mapSeries(type, neptunePath, op);
    else if (type == QLatin1String("AddStrings") || type == QLatin1String("RemoveStrings") ||
             type == QLatin1String("ClearStringSet"))
        addStep(stringSetOperation(type, fieldPath(neptunePath), op));
    else if (type == QLatin1String("LogImages"))
        mapImages(neptunePath, op);
    else if (type == QLatin1String("DeleteAttribute") || type == QLatin1String("ClearFloatLog") ||
             type == QLatin1String("ClearStringLog") || type == QLatin1String("ClearImageLog")) {
        // A cleared series is deleted: Nereid keeps no empty series, and the next point creates it again.
        m_steps.forget(fieldPath(neptunePath));
        addStep(wireOp(QStringLiteral("delete"), fieldPath(neptunePath)));
    } else if (type == QLatin1String("UploadFile") || type == QLatin1String("UploadFileContent"))
        mapFile(neptunePath, op);
    else if (type == QLatin1String("UploadFileSet")) {
        if (!op.value(QStringLiteral("file_globs")).toArray().isEmpty())
            mapFileSet(neptunePath, op);
    } else if (type == QLatin1String("ConfigFloatSeries"))
        notMapped(type, neptunePath, tr("Nereid's float series have no minimum, maximum or unit"));
    else if (type == QLatin1String("DeleteFiles"))
        notMapped(type, neptunePath, tr("Nereid's API removes no single files from a file set"));
    else if (type == QLatin1String("AssignArtifact") || type == QLatin1String("TrackFilesToArtifact") ||
             type == QLatin1String("ClearArtifact"))
        notMapped(type, neptunePath,
                  tr("artifacts are not imported from queues (the queue holds the paths or URLs the client tracked, "
                     "not the files)"));
    else if (type == QLatin1String("CopyAttribute"))
        notMapped(type, neptunePath, tr("it copies from another Neptune run or project, which is not in the queue"));
    else
        notMapped(type, neptunePath, tr("an operation this importer does not know"));
}

QJsonObject NeptuneMapping::stringSetOperation(const QString &type, const QString &path, const QJsonObject &op)
{
    if (type == QLatin1String("ClearStringSet"))
        return wireOp(QStringLiteral("clear_strings"), path);
    QJsonArray values;
    for (const QJsonValue &v : op.value(QStringLiteral("values")).toArray())
        if (v.isString())
            values.append(ImportValues::truncated(v.toString()));
    QJsonObject wire = wireOp(
        type == QLatin1String("AddStrings") ? QStringLiteral("add_strings") : QStringLiteral("remove_strings"), path);
    wire.insert(QStringLiteral("values"), values);
    return wire;
}

void NeptuneMapping::mapSys(const QString &type, const QString &path, const QJsonObject &op)
{
    const QJsonValue value = op.value(QStringLiteral("value"));
    const bool isString = type == QLatin1String("AssignString") && value.isString();
    if (isString && (path == QLatin1String("sys/name") || path == QLatin1String("sys/description"))) {
        if (path == QLatin1String("sys/name"))
            name = ImportValues::truncated(value.toString());
        addStep(assign(path, QStringLiteral("string"), ImportValues::truncated(value.toString())));
    } else if (isString && path == QLatin1String("sys/custom_run_id")) {
        createBody.insert(QStringLiteral("custom_run_id"), value.toString());
    } else if (isString && path == QLatin1String("sys/hostname")) {
        createBody.insert(QStringLiteral("hostname"), value.toString());
    } else if (type == QLatin1String("AssignBool") && value.isBool() && path == QLatin1String("sys/failed")) {
        addStep(assign(path, QStringLiteral("bool"), value));
    } else if ((path == QLatin1String("sys/tags") || path == QLatin1String("sys/group_tags")) &&
               (type == QLatin1String("AddStrings") || type == QLatin1String("RemoveStrings") ||
                type == QLatin1String("ClearStringSet"))) {
        addStep(stringSetOperation(type, path, op));
    } else {
        notMapped(type, path, tr("Nereid's server keeps this sys field itself"));
    }
}

void NeptuneMapping::mapSeries(const QString &type, const QString &neptunePath, const QJsonObject &op)
{
    const bool floats = type == QLatin1String("LogFloats");
    const QString path = fieldPath(neptunePath);
    QJsonArray points;
    bool wrongType = false;
    for (const QJsonValue &entry : op.value(QStringLiteral("values")).toArray()) {
        const QJsonObject point = entry.toObject();
        QJsonValue value = point.value(QStringLiteral("value"));
        const QString text = value.toString();
        const bool valueOk = floats ? (isFiniteNumber(value) || text == QLatin1String("NaN") ||
                                       text == QLatin1String("Infinity") || text == QLatin1String("-Infinity"))
                                    : value.isString();
        const QJsonValue given = point.value(QStringLiteral("step"));
        if (!valueOk || !(given.isNull() || given.isUndefined() || isFiniteNumber(given))) {
            wrongType = true;
            continue;
        }
        const std::optional<double> step = m_steps.take(path, given);
        if (!step) {
            ++droppedPoints;
            continue;
        }
        if (!floats)
            value = ImportValues::truncated(text);
        const QJsonValue ts = point.value(QStringLiteral("ts"));
        points.append(QJsonArray{*step, value, isFiniteNumber(ts) ? ts : QJsonValue(QJsonValue::Null)});
    }
    if (wrongType)
        notMapped(type, neptunePath, tr("points whose value or step is of the wrong type"));
    if (points.isEmpty())
        return;
    QJsonObject wire = wireOp(QStringLiteral("append"), path);
    wire.insert(QStringLiteral("type"), floats ? QStringLiteral("floatSeries") : QStringLiteral("stringSeries"));
    wire.insert(QStringLiteral("points"), points);
    addStep(wire);
}

void NeptuneMapping::mapFile(const QString &neptunePath, const QJsonObject &op)
{
    NeptuneStep step;
    QJsonObject file;
    QString why;
    if (!NeptuneFile::read(op, &step, &file, &why))
        return notMapped(op.value(QStringLiteral("type")).toString(), neptunePath, why);
    step.operation = assign(fieldPath(neptunePath), QStringLiteral("file"), file);
    steps.append(step);
}

void NeptuneMapping::mapFileSet(const QString &neptunePath, const QJsonObject &op)
{
    QList<NeptuneStep> found;
    QString why;
    if (!NeptuneFileSet::map(op, fieldPath(neptunePath), &found, &why, &notes))
        return notMapped(QStringLiteral("UploadFileSet"), neptunePath, why);
    steps.append(found);
}

// Each image is an append of its own, with its blob; the replay joins consecutive ones into one operation.
void NeptuneMapping::mapImages(const QString &neptunePath, const QJsonObject &op)
{
    const QString path = fieldPath(neptunePath);
    for (const QJsonValue &entry : op.value(QStringLiteral("values")).toArray()) {
        const QJsonObject point = entry.toObject();
        const QJsonValue given = point.value(QStringLiteral("step"));
        if (!(given.isNull() || given.isUndefined() || isFiniteNumber(given))) {
            notMapped(QStringLiteral("LogImages"), neptunePath, tr("points whose value or step is of the wrong type"));
            continue;
        }
        // The step first: an image the client sent without its bytes still took its step on Neptune's server.
        const std::optional<double> stepNumber = m_steps.take(path, given);
        NeptuneStep step;
        QJsonObject file;
        QString why;
        if (!NeptuneImage::read(point.value(QStringLiteral("value")), &step, &file, &why)) {
            notMapped(QStringLiteral("LogImages"), neptunePath, why);
            continue;
        }
        if (!stepNumber) {
            ++droppedPoints;
            continue;
        }
        const QJsonValue ts = point.value(QStringLiteral("ts"));
        step.operation = wireOp(QStringLiteral("append"), path);
        step.operation.insert(QStringLiteral("type"), QStringLiteral("fileSeries"));
        // QJsonArray{QJsonArray{...}} would be a copy of the inner array under clang (one point read as three),
        // the outer array of one point under GCC: the QJsonValue says which (found by fuzz_neptunequeue).
        step.operation.insert(
            QStringLiteral("points"),
            QJsonArray{QJsonValue(QJsonArray{*stepNumber, file, isFiniteNumber(ts) ? ts : QJsonValue()})});
        steps.append(step);
    }
}

} // namespace nereid
