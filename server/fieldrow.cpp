#include "fieldrow.h"

#include "domain/jsonnumbers.h"

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
    }
    return json;
}

} // namespace nereid
