#pragma once

#include <optional>
#include <QJsonValue>

namespace nereid {

// JSON has no NaN or Infinity. Where Nereid allows them (values of float series), they travel as the
// strings "NaN", "Infinity" and "-Infinity"; everywhere else a number must be finite.
QJsonValue jsonFromDouble(double value);

// The string above for a value that is not finite; nullptr for a finite one.
const char *nonFiniteName(double value);

// The number `json` holds, also when it is one of the three strings above; nullopt for anything else.
std::optional<double> doubleFromJson(const QJsonValue &json);

} // namespace nereid
