#include "operationapplier.h"

#include "apierror.h"
#include "fieldstore.h"
#include "filefieldjson.h"
#include "runrow.h"
#include "seriesstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace nereid {

namespace {

[[noreturn]] void fail(int status, const QString &code, const QString &message, int index, const QString &path)
{
    throw ApiError{status, code, message, {{QStringLiteral("operation"), index}, {QStringLiteral("path"), path}}};
}

} // namespace

QStringList changedStringSet(QStringList values, const Operation &op)
{
    switch (op.kind) {
    case Operation::Kind::Assign:
        return op.value.toStringSet();
    case Operation::Kind::AddStrings:
        values.append(op.strings);
        values.sort();
        values.removeDuplicates();
        return values;
    case Operation::Kind::RemoveStrings:
        values.removeIf([&](const QString &value) { return op.strings.contains(value); });
        return values;
    default:
        return {};
    }
}

OperationApplier::OperationApplier(FieldStore &fields, SeriesStore &series, RunRow &run, qint64 now)
    : m_fields(fields)
    , m_series(series)
    , m_run(run)
    , m_now(now)
{
}

void OperationApplier::prefetch(const QList<Operation> &operations)
{
    QStringList paths;
    for (const Operation &op : operations) {
        if (op.kind == Operation::Kind::Append && op.type == FieldType::FloatSeries)
            paths.append(op.path.toString());
    }
    paths.removeDuplicates();
    if (paths.size() > 1)
        m_prefetched = m_fields.findMany(m_run.id, paths);
}

void OperationApplier::stampSysEdits(qint64 revision)
{
    if (m_nameEdited)
        m_run.nameRevision = revision;
    if (m_descriptionEdited)
        m_run.descriptionRevision = revision;
    if (m_failedEdited)
        m_run.failedRevision = revision;
    if (m_stageEdited)
        m_run.stageRevision = revision;
}

void OperationApplier::apply(const Operation &op, int index)
{
    const bool floatAppend = op.kind == Operation::Kind::Append && op.type == FieldType::FloatSeries;
    if (floatAppend) {
        if (const auto held = m_heldByPath.constFind(op.path.toString()); held != m_heldByPath.cend()) {
            HeldAppend &append = m_held[*held];
            const qint64 bytesBefore = append.field.bytes;
            appendFloat(append.field, op.floatPoints, index, append.points);
            m_run.size += append.field.bytes - bytesBefore;
            return;
        }
    } else {
        writeHeldAppends();
        if (!op.path.isSys())
            m_prefetched.clear();
    }
    if (op.path.isSys())
        return applySys(op, index);
    if (op.kind == Operation::Kind::Delete) {
        for (const FieldRow &removed : m_fields.removeWithin(m_run.id, op.path.toString())) {
            m_run.size -= removed.bytes;
            --m_run.fieldCount;
        }
        return;
    }
    checkBlobs(op, index);
    FieldRow field = fieldFor(op, index);
    const qint64 bytesBefore = field.bytes;
    if (floatAppend) {
        m_heldByPath.insert(field.path, m_held.size());
        HeldAppend &append = m_held.emplace_back(HeldAppend{std::move(field), {}});
        appendFloat(append.field, op.floatPoints, index, append.points);
        m_run.size += append.field.bytes - bytesBefore;
        return;
    }
    switch (op.kind) {
    case Operation::Kind::Assign:
        if (op.type == FieldType::FileSet || op.type == FieldType::Artifact)
            assignFiles(field, op);
        else
            assign(field, op.value);
        break;
    case Operation::Kind::AddFiles:
        assignFiles(field, op);
        break;
    case Operation::Kind::Append:
        appendStrings(field, op.stringPoints, index);
        break;
    default:
        changeStrings(field, op);
        break;
    }
    m_run.size += field.bytes - bytesBefore;
    m_fields.save(field);
}

void OperationApplier::applySys(const Operation &op, int index)
{
    const QString name = op.path.name();
    if (name == QLatin1String("stage")) { // OperationParser let only an assign of a valid stage through
        if (m_run.kind != ObjectKind::ModelVersion)
            fail(400, ErrorCode::ReadOnlyField,
                 tr("sys/stage belongs to model versions: %1 is a %2.").arg(m_run.runId(), objectKindName(m_run.kind)),
                 index, op.path.toString());
        m_run.stage = op.value.toString();
        m_stageEdited = true;
    } else if (name == QLatin1String("name")) {
        m_run.name = op.value.toString();
        m_nameEdited = true;
    } else if (name == QLatin1String("description")) {
        m_run.description = op.value.toString();
        m_descriptionEdited = true;
    } else if (name == QLatin1String("failed")) {
        m_run.failed = op.value.toBool();
        m_failedEdited = true;
    } else {
        QStringList &set = name == QLatin1String("tags") ? m_run.tags : m_run.groupTags;
        set = changedStringSet(set, op);
    }
}

FieldRow OperationApplier::fieldFor(const Operation &op, int index)
{
    const QString path = op.path.toString();
    const auto prefetched = m_prefetched.constFind(path);
    if (auto existing =
            prefetched != m_prefetched.cend() ? std::optional(*prefetched) : m_fields.find(m_run.id, path)) {
        if (existing->type != op.type)
            fail(409, ErrorCode::TypeConflict,
                 tr("%1 is a %2 field; a %3 cannot be written to it.")
                     .arg(path, fieldTypeName(existing->type), fieldTypeName(op.type)),
                 index, path);
        return *existing;
    }
    if (auto clash = m_fields.clashingPath(m_run.id, path))
        fail(409, ErrorCode::TypeConflict,
             tr("%1 cannot be created: %2 is in the way (a field cannot also be a namespace).").arg(path, *clash),
             index, path);
    if (m_run.fieldCount >= MaxFields)
        fail(400, ErrorCode::FieldLimit,
             tr("%1 cannot be created: the run %2 has %3 fields, the most a run may hold.")
                 .arg(path, m_run.runId())
                 .arg(MaxFields),
             index, path);
    ++m_run.fieldCount;
    // The new row's bytes (its path) count towards sys/size, as a delete takes them off again.
    FieldRow created = m_fields.create(m_run.id, path, op.type);
    m_run.size += created.bytes;
    return created;
}

void OperationApplier::assign(FieldRow &field, const FieldValue &value)
{
    const qint64 pathBytes = field.path.toUtf8().size();
    switch (value.type()) {
    case FieldType::Float:
        field.num = value.toFloat();
        break;
    case FieldType::Int:
        field.num = double(value.toInt());
        break;
    case FieldType::Bool:
        field.num = value.toBool() ? 1 : 0;
        break;
    case FieldType::StringSet:
        field.text = QString::fromUtf8(QJsonDocument(value.toJson().toArray()).toJson(QJsonDocument::Compact));
        break;
    case FieldType::File:
        field.text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        break;
    default:
        field.text = value.toJson().toString();
        break;
    }
    field.bytes = pathBytes + (field.text.isNull() ? qint64(sizeof(double)) : field.text.toUtf8().size());
}

double OperationApplier::resolveStep(double given, const FieldRow &field, double previous, int index)
{
    const double last = std::isnan(previous) ? field.lastStep : previous;
    const double step = std::isnan(given) ? (std::isnan(last) ? 0 : last + 1) : given;
    if (!std::isnan(last) && step <= last)
        fail(400, ErrorCode::StepNotIncreasing,
             tr("The steps of %1 must increase: step %2 does not follow step %3.").arg(field.path).arg(step).arg(last),
             index, field.path);
    return step;
}

void OperationApplier::writeHeldAppends()
{
    std::vector<FloatAppend> appends;
    std::vector<FieldRow> fields;
    for (HeldAppend &append : m_held) {
        if (append.points.size() > 0)
            appends.push_back({append.field.id, std::move(append.points)});
        // A later append to the field in this batch (after a sys edit, which keeps m_prefetched) sees it as saved.
        if (!m_prefetched.isEmpty())
            m_prefetched.insert(append.field.path, append.field);
        fields.push_back(std::move(append.field));
    }
    m_series.appendFloats(appends);
    m_fields.saveAll(fields);
    m_held.clear();
    m_heldByPath.clear();
}

void OperationApplier::appendFloat(FieldRow &field, const SeriesBlock &given, int index, SeriesBlock &points)
{
    double previous = NAN;
    for (int i = 0; i < given.size(); ++i) {
        const double step = resolveStep(given.steps[i], field, previous, index);
        const double value = given.values[i];
        const double timestamp = std::isnan(given.timestamps[i]) ? double(m_now) / 1000.0 : given.timestamps[i];
        points.append(step, value, timestamp);
        previous = step;
        field.num = value;
        if (!std::isnan(value)) {
            field.minValue = std::isnan(field.minValue) ? value : std::min(field.minValue, value);
            field.maxValue = std::isnan(field.maxValue) ? value : std::max(field.maxValue, value);
        }
        // An infinity would make the sums NaN (which SQLite stores as NULL); average and variance are over finite
        // values.
        if (std::isfinite(value)) {
            field.valueSum += value;
            field.valueSquares += value * value;
            ++field.valueCount;
        }
    }
    if (given.size() == 0)
        return;
    field.count += given.size();
    field.lastStep = previous;
    field.bytes += qint64(given.size()) * 24;
}

void OperationApplier::appendStrings(FieldRow &field, QList<StringPoint> points, int index)
{
    double previous = NAN;
    for (StringPoint &point : points) {
        point.step = resolveStep(point.step, field, previous, index);
        if (std::isnan(point.timestamp))
            point.timestamp = double(m_now) / 1000.0;
        previous = point.step;
        field.bytes += point.value.toUtf8().size() + 16;
    }
    if (points.isEmpty())
        return;
    m_series.appendStrings(field.id, points);
    field.count += points.size();
    field.lastStep = previous;
    field.text = points.back().value;
}

void OperationApplier::checkBlobs(const Operation &op, int index)
{
    for (const QString &hash : op.blobs) {
        if (!m_fields.projectHasBlob(m_run.projectId, hash))
            throw ApiError{400,
                           QStringLiteral("unknown_blob"),
                           tr("%1 refers to the blob %2, which the project %3 has not uploaded.")
                               .arg(op.path.toString(), hash, m_run.projectName),
                           {{QStringLiteral("operation"), index},
                            {QStringLiteral("path"), op.path.toString()},
                            {QStringLiteral("hash"), hash}}};
    }
}

void OperationApplier::assignFiles(FieldRow &field, const Operation &op)
{
    // By path, so that add_files replaces an entry of the same path and the stored listing is in path order.
    QMap<QString, QJsonObject> entries;
    if (op.kind == Operation::Kind::AddFiles) {
        const QByteArray stored = FileFieldJson::entriesText(field.type, field.text);
        for (const QJsonValue &entry : QJsonDocument::fromJson(stored).array())
            entries.insert(entry.toObject().value(QStringLiteral("path")).toString(), entry.toObject());
    }
    for (const FileEntry &entry : op.files)
        entries.insert(entry.path, entry.toJson());
    if (entries.size() > FileEntry::MaxEntries)
        throw ApiError{400,
                       ErrorCode::InvalidValue,
                       tr("%1 would have %2 files; at most %3 are allowed.")
                           .arg(field.path)
                           .arg(entries.size())
                           .arg(FileEntry::MaxEntries),
                       {{QStringLiteral("path"), field.path}}};
    QJsonArray list;
    QByteArray listing; // what an artifact's hash is taken over: "path\thash\tsize\n" per entry
    qint64 size = 0;
    for (const QJsonObject &entry : std::as_const(entries)) {
        list.append(entry);
        const qint64 bytes = entry.value(QStringLiteral("size")).toInteger();
        size += bytes;
        listing += entry.value(QStringLiteral("path")).toString().toUtf8() + '\t' +
                   entry.value(QStringLiteral("hash")).toString().toLatin1() + '\t' + QByteArray::number(bytes) + '\n';
    }
    const QByteArray json = QJsonDocument(list).toJson(QJsonDocument::Compact);
    field.text =
        field.type == FieldType::Artifact
            ? FileFieldJson::artifactText(
                  QString::fromLatin1(QCryptographicHash::hash(listing, QCryptographicHash::Sha256).toHex()), json)
            : QString::fromUtf8(json);
    field.count = entries.size();
    field.num = double(size);
    field.bytes = field.path.toUtf8().size() + field.text.toUtf8().size();
}

void OperationApplier::changeStrings(FieldRow &field, const Operation &op)
{
    QStringList values;
    for (const QJsonValue &value : QJsonDocument::fromJson(field.text.toUtf8()).array())
        values.append(value.toString());
    values = changedStringSet(values, op);
    assign(field, FieldValue::fromStringSet(values));
}

} // namespace nereid
