#include "jsonnumbers.h"

#include <cmath>
#include <limits>

namespace nereid {

QJsonValue jsonFromDouble(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    return value;
}

std::optional<double> doubleFromJson(const QJsonValue &json)
{
    if (json.isDouble())
        return json.toDouble();
    if (!json.isString())
        return std::nullopt;
    const QString text = json.toString();
    if (text == QLatin1String("NaN"))
        return std::numeric_limits<double>::quiet_NaN();
    if (text == QLatin1String("Infinity"))
        return std::numeric_limits<double>::infinity();
    if (text == QLatin1String("-Infinity"))
        return -std::numeric_limits<double>::infinity();
    return std::nullopt;
}

} // namespace nereid
