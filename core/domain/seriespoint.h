#pragma once

#include <QJsonArray>
#include <QString>

namespace nereid {

// One point of a float series. On the wire a point is the array [step, value, timestamp]:
// step and timestamp (Unix time in seconds, fractions allowed) are finite numbers; the value may also be
// "NaN", "Infinity" or "-Infinity" (a diverging loss is worth keeping). Within a series steps increase strictly.
struct FloatPoint
{
    double step = 0;
    double value = 0;
    double timestamp = 0;

    QJsonArray toJson() const;
    friend bool operator==(const FloatPoint &, const FloatPoint &) = default;
};

// One point of a string series: [step, "text", timestamp], the text at most 64 KiB of UTF-8.
struct StringPoint
{
    double step = 0;
    QString value;
    double timestamp = 0;

    QJsonArray toJson() const;
    friend bool operator==(const StringPoint &, const StringPoint &) = default;
};

} // namespace nereid
