#include "fieldvalue.h"

#include "fileref.h"

#include <cmath>
#include <QJsonArray>
#include <QRegularExpression>

namespace nereid {

namespace {

constexpr double MaxExactInteger = 9007199254740992.0; // 2^53: larger integers lose digits in JSON readers

QString jsonKind(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

ValidationError valueError(const QString &message)
{
    return {ErrorCode::InvalidValue, message};
}

std::optional<ValidationError> checkString(const QString &text, const QString &path)
{
    const qsizetype bytes = text.toUtf8().size();
    if (bytes > FieldValue::MaxStringBytes)
        return valueError(FieldValue::tr("The string for %1 is %2 bytes long; at most %3 are allowed.")
                              .arg(path)
                              .arg(bytes)
                              .arg(FieldValue::MaxStringBytes));
    return std::nullopt;
}

bool isCount(const QJsonValue &json)
{
    const double number = json.toDouble(-1);
    return json.isDouble() && number >= 0 && number == std::trunc(number) && number <= MaxExactInteger;
}

} // namespace

// What the run object says of a file set or an artifact (their entries come from GET /runs/{id}/files).
Result<FieldValue> FieldValue::fileListSummary(FieldType type, const QJsonValue &json, const QString &path)
{
    const QJsonObject object = json.toObject();
    const bool isArtifact = type == FieldType::Artifact;
    if (!json.isObject() || !isCount(object.value(QStringLiteral("count"))) ||
        !isCount(object.value(QStringLiteral("size"))) ||
        (isArtifact && !FileRef::isHash(object.value(QStringLiteral("hash")).toString())))
        return valueError(isArtifact
                              ? tr("The value of the artifact %1 must be {\"hash\", \"count\", \"size\"}.").arg(path)
                              : tr("The value of the file set %1 must be {\"count\", \"size\"}.").arg(path));
    QJsonObject summary{{QStringLiteral("count"), object.value(QStringLiteral("count")).toInteger()},
                        {QStringLiteral("size"), object.value(QStringLiteral("size")).toInteger()}};
    if (isArtifact)
        summary.insert(QStringLiteral("hash"), object.value(QStringLiteral("hash")));
    return fromObject(type, std::move(summary));
}

FieldValue FieldValue::fromStringSet(QStringList values)
{
    values.sort();
    values.removeDuplicates();
    return FieldValue(FieldType::StringSet, std::move(values));
}

Result<FieldValue> FieldValue::fromJson(FieldType type, const QJsonValue &json, const QString &path)
{
    const auto wrongKind = [&](const QString &expected) {
        return valueError(tr("The value for %1 must be %2, not %3.").arg(path, expected, jsonKind(json)));
    };
    switch (type) {
    case FieldType::Float:
        if (!json.isDouble())
            return wrongKind(tr("a number"));
        if (!std::isfinite(json.toDouble()))
            return valueError(tr("The value for %1 must be a finite number.").arg(path));
        return fromFloat(json.toDouble());
    case FieldType::Int: {
        const double number = json.toDouble();
        if (!json.isDouble() || number != std::trunc(number))
            return wrongKind(tr("an integer"));
        const auto outOfRange = [&] { return valueError(tr("The integer for %1 is outside ±2^53.").arg(path)); };
        if (std::abs(number) > MaxExactInteger)
            return outOfRange();
        // JSON text such as 9007199254740993 is held as an integer whose double rounds to 2^53: check it exactly.
        const qint64 integer = json.toInteger(qint64(number));
        if (std::abs(integer) > qint64(MaxExactInteger))
            return outOfRange();
        return fromInt(integer);
    }
    case FieldType::Bool:
        if (!json.isBool())
            return wrongKind(tr("true or false"));
        return fromBool(json.toBool());
    case FieldType::String:
        if (!json.isString())
            return wrongKind(tr("a string"));
        if (auto error = checkString(json.toString(), path))
            return *error;
        return fromString(json.toString());
    case FieldType::Datetime: {
        const auto dateTime = json.isString() ? dateTimeFromWire(json.toString()) : std::nullopt;
        if (!dateTime)
            return wrongKind(tr("an ISO 8601 date and time"));
        return fromDateTime(*dateTime);
    }
    case FieldType::StringSet: {
        if (!json.isArray())
            return wrongKind(tr("an array of strings"));
        QStringList values;
        for (const QJsonValue &item : json.toArray()) {
            if (!item.isString())
                return valueError(tr("Every item of %1 must be a string, not %2.").arg(path, jsonKind(item)));
            if (auto error = checkString(item.toString(), path))
                return *error;
            values.append(item.toString());
        }
        return fromStringSet(std::move(values));
    }
    case FieldType::File: {
        const Result<FileRef> file = FileRef::fromJson(json, path);
        if (!file)
            return file.error();
        return fromObject(FieldType::File, file->toJson());
    }
    case FieldType::FileSet:
    case FieldType::Artifact:
        return fileListSummary(type, json, path);
    case FieldType::FloatSeries:
    case FieldType::StringSeries:
    case FieldType::FileSeries:
        break;
    }
    return ValidationError{ErrorCode::InvalidType,
                           tr("%1 is a series: append points to it instead of assigning a value.").arg(path)};
}

QJsonValue FieldValue::toJson() const
{
    switch (m_type) {
    case FieldType::Float:
        return toFloat();
    case FieldType::Int:
        return toInt();
    case FieldType::Bool:
        return toBool();
    case FieldType::String:
        return toString();
    case FieldType::Datetime:
        return dateTimeToWire(toDateTime());
    case FieldType::StringSet:
        return QJsonArray::fromStringList(toStringSet());
    case FieldType::File:
    case FieldType::FileSet:
    case FieldType::Artifact:
        return toObject();
    case FieldType::FloatSeries:
    case FieldType::StringSeries:
    case FieldType::FileSeries:
        break;
    }
    return {};
}

QString dateTimeToWire(const QDateTime &value)
{
    return value.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> dateTimeFromWire(const QString &text)
{
    static const QRegularExpression hasOffset(QStringLiteral("(Z|[+-]\\d\\d(:?\\d\\d)?)$"));
    // Without an offset the text is read as UTC directly: read as local time first, a wall-clock time in the
    // machine's daylight-saving gap would be moved by an hour before it could be declared UTC.
    const bool offsetGiven = hasOffset.match(text).hasMatch();
    const QDateTime dateTime = QDateTime::fromString(offsetGiven ? text : text + QLatin1Char('Z'), Qt::ISODateWithMs);
    if (!dateTime.isValid() || !text.contains(QLatin1Char('T')))
        return std::nullopt;
    return dateTime.toUTC();
}

} // namespace nereid
