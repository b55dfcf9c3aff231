#include "fieldrow.h"

#include "domain/jsonnumbers.h"
#include "filefieldjson.h"
#include "jsontext.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>

namespace nereid {

namespace {

// NaN means "no number" in a summary; infinities travel as the strings of docs/api.md.
QJsonValue orNull(double value)
{
    return std::isnan(value) ? QJsonValue() : jsonFromDouble(value);
}

} // namespace

QJsonObject FieldRow::toJson() const
{
    QJsonObject json{{QStringLiteral("type"), fieldTypeName(type)}};
    const QString valueKey = QStringLiteral("value");
    switch (type) {
    case FieldType::Float:
        json.insert(valueKey, num);
        break;
    case FieldType::Int:
        json.insert(valueKey, qint64(num));
        break;
    case FieldType::Bool:
        json.insert(valueKey, num != 0);
        break;
    case FieldType::String:
    case FieldType::Datetime:
        json.insert(valueKey, text);
        break;
    case FieldType::StringSet:
        json.insert(valueKey, QJsonDocument::fromJson(text.toUtf8()).array());
        break;
    case FieldType::FloatSeries:
        json.insert(QStringLiteral("count"), count);
        json.insert(QStringLiteral("last"), count > 0 ? jsonFromDouble(num) : QJsonValue());
        json.insert(QStringLiteral("last_step"), orNull(lastStep));
        json.insert(QStringLiteral("min"), orNull(minValue));
        json.insert(QStringLiteral("max"), orNull(maxValue));
        if (valueCount > 0) {
            const double mean = valueSum / double(valueCount);
            json.insert(QStringLiteral("average"), mean);
            json.insert(QStringLiteral("variance"), std::max(0.0, valueSquares / double(valueCount) - mean * mean));
        }
        break;
    case FieldType::StringSeries:
        json.insert(QStringLiteral("count"), count);
        json.insert(QStringLiteral("last"), count > 0 ? QJsonValue(text) : QJsonValue());
        json.insert(QStringLiteral("last_step"), orNull(lastStep));
        break;
    case FieldType::FileSeries:
        json.insert(QStringLiteral("count"), count);
        json.insert(QStringLiteral("last"), count > 0 ? QJsonValue(QJsonDocument::fromJson(text.toUtf8()).object())
                                                      : QJsonValue());
        json.insert(QStringLiteral("last_step"), orNull(lastStep));
        break;
    case FieldType::File:
    case FieldType::FileSet:
    case FieldType::Artifact:
        json.insert(valueKey, FileFieldJson::value(*this));
        break;
    }
    return json;
}

} // namespace nereid

namespace nereid {

namespace {

// A summary number of docs/api.md: null for "no number" (NaN), the infinities as strings.
void appendOrNull(QByteArray &out, double value)
{
    if (std::isnan(value))
        out.append("null", 4);
    else
        jsontext::appendSeriesNumber(out, value);
}

} // namespace

void FieldRow::appendJson(QByteArray &out) const
{
    out.append("{\"type\":", 8);
    jsontext::appendString(out, fieldTypeName(type));
    switch (type) {
    case FieldType::Float:
        out.append(",\"value\":", 9);
        jsontext::appendNumber(out, num);
        break;
    case FieldType::Int:
        out.append(",\"value\":", 9);
        jsontext::appendInteger(out, qint64(num));
        break;
    case FieldType::Bool:
        out.append(num != 0 ? QByteArrayLiteral(",\"value\":true") : QByteArrayLiteral(",\"value\":false"));
        break;
    case FieldType::String:
    case FieldType::Datetime:
        out.append(",\"value\":", 9);
        jsontext::appendString(out, text);
        break;
    case FieldType::StringSet:
        // Stored as the JSON array the server itself wrote: it goes out as it is.
        out.append(",\"value\":", 9);
        out.append(text.startsWith(QLatin1Char('[')) ? text.toUtf8() : QByteArrayLiteral("[]"));
        break;
    case FieldType::FloatSeries:
        out.append(",\"count\":", 9);
        jsontext::appendInteger(out, count);
        out.append(",\"last\":", 8);
        if (count > 0)
            jsontext::appendSeriesNumber(out, num);
        else
            out.append("null", 4);
        out.append(",\"last_step\":", 13);
        appendOrNull(out, lastStep);
        out.append(",\"min\":", 7);
        appendOrNull(out, minValue);
        out.append(",\"max\":", 7);
        appendOrNull(out, maxValue);
        if (valueCount > 0) {
            const double mean = valueSum / double(valueCount);
            out.append(",\"average\":", 11);
            jsontext::appendNumber(out, mean);
            out.append(",\"variance\":", 12);
            jsontext::appendNumber(out, std::max(0.0, valueSquares / double(valueCount) - mean * mean));
        }
        break;
    case FieldType::StringSeries:
        out.append(",\"count\":", 9);
        jsontext::appendInteger(out, count);
        out.append(",\"last\":", 8);
        if (count > 0)
            jsontext::appendString(out, text);
        else
            out.append("null", 4);
        out.append(",\"last_step\":", 13);
        appendOrNull(out, lastStep);
        break;
    case FieldType::FileSeries:
        out.append(",\"count\":", 9);
        jsontext::appendInteger(out, count);
        out.append(",\"last\":", 8);
        // The point's file object as the server wrote it: it goes out as it is.
        out.append(count > 0 && text.startsWith(QLatin1Char('{')) ? text.toUtf8() : QByteArrayLiteral("null"));
        out.append(",\"last_step\":", 13);
        appendOrNull(out, lastStep);
        break;
    case FieldType::File:
    case FieldType::FileSet:
    case FieldType::Artifact:
        out.append(",\"value\":", 9);
        out.append(FileFieldJson::valueText(*this));
        break;
    }
    out.append('}');
}

void FieldRow::appendObject(QByteArray &out, const QList<FieldRow> &fields)
{
    out.append('{');
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(',');
        jsontext::appendString(out, fields[i].path);
        out.append(':');
        fields[i].appendJson(out);
    }
    out.append('}');
}

} // namespace nereid
