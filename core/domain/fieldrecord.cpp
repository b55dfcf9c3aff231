#include "fieldrecord.h"

#include "domain/jsonnumbers.h"
#include "domain/sqlatom.h"

#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>

namespace nereid {

namespace {

QVariant optionalNumber(const QJsonValue &json)
{
    // SQLite stores NaN as NULL: say so at once, so that a re-read run compares equal.
    const std::optional<double> number = doubleFromJson(json);
    return number && !std::isnan(*number) ? QVariant(*number) : QVariant();
}

ValidationError fieldError(const QString &path, const QString &why)
{
    return {ErrorCode::InvalidValue,
            FieldRecord::tr("The server sent field %1 in a form the cache cannot read: %2").arg(path, why)};
}

} // namespace

Result<FieldRecord> FieldRecord::fromJson(const QString &path, const QJsonObject &json)
{
    FieldRecord record;
    record.path = path;
    const QString typeName = json.value(QStringLiteral("type")).toString();
    const std::optional<FieldType> type = fieldTypeFromName(typeName);
    if (!type)
        return fieldError(path, tr("unknown type \"%1\".").arg(typeName));
    record.type = *type;
    if (!isSeries(*type)) {
        const Result<FieldValue> value = FieldValue::fromJson(*type, json.value(QStringLiteral("value")), path);
        if (!value)
            return fieldError(path, value.error().message);
        record.value = toSql(*value);
        return record;
    }
    const QJsonValue count = json.value(QStringLiteral("count"));
    if (!count.isDouble() || count.toDouble() < 0)
        return fieldError(path, tr("the point count is missing."));
    record.count = count.toInteger();
    record.lastStep = optionalNumber(json.value(QStringLiteral("last_step")));
    const QJsonValue last = json.value(QStringLiteral("last"));
    if (*type == FieldType::StringSeries)
        record.last = last.isString() ? QVariant(last.toString()) : QVariant();
    else if (*type == FieldType::FileSeries) // the last point's file object, kept as JSON text
        record.last = last.isObject() ? QVariant(QString::fromUtf8(QJsonDocument(last.toObject()).toJson(
                                            QJsonDocument::Compact)))
                                      : QVariant();
    else
        record.last = optionalNumber(last);
    record.min = optionalNumber(json.value(QStringLiteral("min")));
    record.max = optionalNumber(json.value(QStringLiteral("max")));
    record.average = optionalNumber(json.value(QStringLiteral("average")));
    record.variance = optionalNumber(json.value(QStringLiteral("variance")));
    return record;
}

QVariant FieldRecord::toSql(const FieldValue &value)
{
    switch (value.type()) {
    case FieldType::Float:
        return value.toFloat();
    case FieldType::Int:
        return value.toInt();
    case FieldType::Bool:
        return int(value.toBool());
    case FieldType::String:
        return value.toString();
    case FieldType::Datetime:
        return value.toDateTime().toMSecsSinceEpoch();
    case FieldType::StringSet:
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(value.toStringSet())).toJson(QJsonDocument::Compact));
    case FieldType::File:
    case FieldType::FileSet:
    case FieldType::Artifact:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case FieldType::FloatSeries:
    case FieldType::StringSeries:
    case FieldType::FileSeries:
        break;
    }
    return {};
}

FieldValue FieldRecord::atomValue() const
{
    return atomFromSql(type, value);
}

} // namespace nereid
