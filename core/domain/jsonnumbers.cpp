#include "jsonnumbers.h"

#include <cmath>
#include <limits>

namespace nereid {

QJsonValue jsonFromDouble(double value)
{
    if (const char *name = nonFiniteName(value))
        return QLatin1String(name);
    return value;
}

const char *nonFiniteName(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "Infinity" : "-Infinity";
    return nullptr;
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
