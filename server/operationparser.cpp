#include "operationparser.h"

#include "apierror.h"
#include "domain/fileref.h"
#include "domain/jsonnumbers.h"
#include "domain/syscatalogue.h"
#include "objectkind.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nereid {

namespace {

using Kind = Operation::Kind;

const QHash<QString, Kind> kindsByName{
    {QStringLiteral("assign"), Kind::Assign},
    {QStringLiteral("append"), Kind::Append},
    {QStringLiteral("add_strings"), Kind::AddStrings},
    {QStringLiteral("remove_strings"), Kind::RemoveStrings},
    {QStringLiteral("clear_strings"), Kind::ClearStrings},
    {QStringLiteral("add_files"), Kind::AddFiles},
    {QStringLiteral("delete"), Kind::Delete},
};

[[noreturn]] void fail(const QString &code, const QString &message, int index, const QString &path = {})
{
    QJsonObject extra{{QStringLiteral("operation"), index}};
    if (!path.isEmpty())
        extra.insert(QStringLiteral("path"), path);
    throw ApiError{400, code, message, extra};
}

// A member the operation cannot do without; a missing one is a malformed request, not a bad value.
QJsonValue required(const QJsonObject &json, const QString &key, int index, const QString &path)
{
    QJsonValue value = json.value(key);
    if (value.isUndefined())
        fail(QStringLiteral("invalid_request"),
             OperationParser::tr("Operation %1 on %2 needs a \"%3\" member.").arg(index).arg(path, key), index, path);
    return value;
}

// A step or timestamp: a finite number, or null for "not given" (kept as NaN until applied).
bool readOptionalNumber(const QJsonValue &json, double &out)
{
    if (json.isNull()) {
        out = NAN;
        return true;
    }
    out = json.toDouble(NAN);
    return json.isDouble() && std::isfinite(out);
}

} // namespace

QList<Operation> OperationParser::parseBatch(const QJsonObject &body)
{
    const QJsonValue operations = body.value(QStringLiteral("operations"));
    if (!operations.isArray())
        throw ApiError{400, QStringLiteral("invalid_request"), tr("The body needs an \"operations\" array.")};
    QList<Operation> parsed;
    const QJsonArray array = operations.toArray();
    parsed.reserve(array.size());
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            fail(QStringLiteral("invalid_request"), tr("Operation %1 is not a JSON object.").arg(i), i);
        parsed.append(parseOne(array.at(i).toObject(), i));
    }
    return parsed;
}

Operation OperationParser::parseOne(const QJsonObject &json, int index)
{
    Operation op;
    const QString opName = json.value(QStringLiteral("op")).toString();
    if (!kindsByName.contains(opName))
        fail(QStringLiteral("invalid_request"),
             tr("Operation %1 has an unknown \"op\" \"%2\"; expected assign, append, add_strings, remove_strings, "
                "clear_strings, add_files or delete.")
                 .arg(index)
                 .arg(opName),
             index);
    op.kind = kindsByName.value(opName);
    const QJsonValue pathJson = json.value(QStringLiteral("path"));
    if (!pathJson.isString())
        fail(QStringLiteral("invalid_request"), tr("Operation %1 needs a \"path\" string.").arg(index), index);
    const Result<FieldPath> path = FieldPath::parse(pathJson.toString());
    if (!path)
        fail(path.error().code, path.error().message, index, pathJson.toString());
    op.path = *path;
    const QString pathText = op.path.toString();

    if (op.kind == Kind::Assign || op.kind == Kind::Append || op.kind == Kind::AddFiles) {
        const QJsonValue typeJson = required(json, QStringLiteral("type"), index, pathText);
        if (!typeJson.isString())
            fail(QStringLiteral("invalid_request"),
                 tr("Operation %1 on %2 needs its \"type\" as a string.").arg(index).arg(pathText), index, pathText);
        const QString typeName = typeJson.toString();
        const auto type = fieldTypeFromName(typeName);
        if (!type)
            fail(ErrorCode::InvalidType,
                 tr("Operation %1 on %2 has an unknown type \"%3\".").arg(index).arg(pathText, typeName), index,
                 pathText);
        op.type = *type;
    } else if (op.kind != Kind::Delete) {
        op.type = FieldType::StringSet;
    }

    const bool fileList = op.type == FieldType::FileSet || op.type == FieldType::Artifact;
    switch (op.kind) {
    case Kind::Assign: {
        if (fileList) {
            parseFiles(op, required(json, QStringLiteral("files"), index, pathText), index);
            break;
        }
        const Result<FieldValue> value =
            FieldValue::fromJson(op.type, required(json, QStringLiteral("value"), index, pathText), pathText);
        if (!value)
            fail(value.error().code, value.error().message, index, pathText);
        op.value = *value;
        if (op.type == FieldType::File)
            op.blobs.append(op.value.toObject().value(QStringLiteral("hash")).toString());
        break;
    }
    case Kind::Append:
        if (!isSeries(op.type))
            fail(ErrorCode::InvalidType,
                 tr("%1: append needs a floatSeries, stringSeries or fileSeries type, not %2.")
                     .arg(pathText, fieldTypeName(op.type)),
                 index, pathText);
        parsePoints(op, required(json, QStringLiteral("points"), index, pathText), index);
        break;
    case Kind::AddFiles:
        if (!fileList)
            fail(ErrorCode::InvalidType,
                 tr("%1: add_files needs a fileSet or artifact type, not %2.").arg(pathText, fieldTypeName(op.type)),
                 index, pathText);
        parseFiles(op, required(json, QStringLiteral("files"), index, pathText), index);
        break;
    case Kind::AddStrings:
    case Kind::RemoveStrings: {
        const Result<FieldValue> values = FieldValue::fromJson(
            FieldType::StringSet, required(json, QStringLiteral("values"), index, pathText), pathText);
        if (!values)
            fail(values.error().code, values.error().message, index, pathText);
        op.strings = values->toStringSet();
        break;
    }
    case Kind::ClearStrings:
    case Kind::Delete:
        break;
    }
    checkSys(op, index);
    return op;
}

void OperationParser::parsePoints(Operation &op, const QJsonValue &pointsJson, int index)
{
    const QString path = op.path.toString();
    if (!pointsJson.isArray())
        fail(QStringLiteral("invalid_request"), tr("Operation %1 on %2 needs a \"points\" array.").arg(index).arg(path),
             index, path);
    const QJsonArray points = pointsJson.toArray();
    const bool isFloat = op.type == FieldType::FloatSeries;
    double previousStep = -INFINITY;
    for (const QJsonValue &pointJson : points) {
        const QJsonArray point = pointJson.toArray();
        double step = NAN, timestamp = NAN;
        if (!pointJson.isArray() || point.size() != 3 || !readOptionalNumber(point.at(0), step) ||
            !readOptionalNumber(point.at(2), timestamp))
            fail(ErrorCode::InvalidValue,
                 tr("A point of %1 must be [step, value, timestamp] with finite numbers or null for step and "
                    "timestamp.")
                     .arg(path),
                 index, path);
        if (!std::isnan(step)) {
            if (step <= previousStep)
                fail(ErrorCode::StepNotIncreasing,
                     tr("The steps of %1 must increase: %2 follows %3.").arg(path).arg(step).arg(previousStep), index,
                     path);
            previousStep = step;
        }
        if (op.type == FieldType::FileSeries) {
            const Result<FileRef> file = FileRef::fromJson(point.at(1), path, FileRef::Kind::Point);
            if (!file)
                fail(file.error().code, file.error().message, index, path);
            op.blobs.append(file->hash);
            op.stringPoints.append(
                {step, QString::fromUtf8(QJsonDocument(file->toJson()).toJson(QJsonDocument::Compact)), timestamp});
        } else if (isFloat) {
            const auto value = doubleFromJson(point.at(1));
            if (!value)
                fail(ErrorCode::InvalidValue,
                     tr("A value of the float series %1 must be a number, \"NaN\", "
                        "\"Infinity\" or \"-Infinity\".")
                         .arg(path),
                     index, path);
            op.floatPoints.append(step, *value, timestamp);
        } else {
            const Result<FieldValue> text = FieldValue::fromJson(FieldType::String, point.at(1), path);
            if (!text)
                fail(text.error().code, text.error().message, index, path);
            op.stringPoints.append({step, text->toString(), timestamp});
        }
    }
}

void OperationParser::parseFiles(Operation &op, const QJsonValue &filesJson, int index)
{
    const QString path = op.path.toString();
    if (!filesJson.isArray())
        fail(QStringLiteral("invalid_request"), tr("Operation %1 on %2 needs a \"files\" array.").arg(index).arg(path),
             index, path);
    const QJsonArray files = filesJson.toArray();
    if (files.size() > FileEntry::MaxEntries)
        fail(ErrorCode::InvalidValue,
             tr("Operation %1 on %2 has %3 files; at most %4 are allowed.")
                 .arg(index)
                 .arg(path)
                 .arg(files.size())
                 .arg(FileEntry::MaxEntries),
             index, path);
    for (const QJsonValue &fileJson : files) {
        const Result<FileEntry> entry = FileEntry::fromJson(fileJson, op.type, path);
        if (!entry)
            fail(entry.error().code, entry.error().message, index, path);
        if (op.type == FieldType::FileSet)
            op.blobs.append(entry->hash);
        op.files.append(*entry);
    }
}

void OperationParser::checkSys(const Operation &op, int index)
{
    if (!op.path.isSys())
        return;
    const QString path = op.path.toString();
    const SysField *field = SysCatalogue::findPath(op.path);
    // A model version's stage is assigned (change_stage); whether the object is a version, the applier checks.
    const bool stage = op.path.name() == QLatin1String("stage") && op.kind == Kind::Assign;
    if (stage && op.type == FieldType::String && !isValidStage(op.value.toString()))
        fail(ErrorCode::InvalidValue,
             tr("sys/stage takes none, staging, production or archived, not \"%1\".").arg(op.value.toString()), index,
             path);
    if (!field || !(field->editable || stage) || op.kind == Kind::Delete || op.kind == Kind::Append)
        fail(ErrorCode::ReadOnlyField,
             tr("%1 cannot be written: only sys/name, sys/description, sys/failed, sys/tags and sys/group_tags "
                "may be changed (and sys/stage of a model version).")
                 .arg(path),
             index, path);
    if (op.type != field->type)
        throw ApiError{409,
                       ErrorCode::TypeConflict,
                       tr("%1 is a %2 field; a %3 cannot be written to it.")
                           .arg(path, fieldTypeName(field->type), fieldTypeName(op.type)),
                       {{QStringLiteral("operation"), index}, {QStringLiteral("path"), path}}};
}

} // namespace nereid
