#pragma once

#include <optional>
#include <QString>

namespace nereid {

// A run's sys/id: its project's key and its number in creation order, "CLS-3". Numbers start at 1
// and are never reused.
struct RunId
{
    QString key;
    qint64 number = 0;

    static std::optional<RunId> parse(QStringView text);
    QString toString() const { return key + QLatin1Char('-') + QString::number(number); }

    friend bool operator==(const RunId &, const RunId &) = default;
};

} // namespace nereid
