#include "objectid.h"

#include "projectkey.h"
#include "runid.h"

#include <QStringList>

namespace nereid {

namespace {

// A model's key: an upper-case letter, then upper-case letters and digits, at most 10 in all (the server's rule).
bool isModelKey(QStringView key)
{
    if (key.isEmpty() || key.size() > 10 || key.front() < QLatin1Char('A') || key.front() > QLatin1Char('Z'))
        return false;
    return std::all_of(key.begin(), key.end(), [](QChar c) {
        return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    });
}

} // namespace

std::optional<ObjectId> ObjectId::parse(QStringView text, QStringView kind)
{
    const QList<QStringView> parts = text.split(QLatin1Char('-'));
    if (parts.isEmpty() || !ProjectKey::isValid(parts.front()))
        return std::nullopt;
    if (kind == QLatin1String("project") && parts.size() == 1)
        return ObjectId{kind.toString(), parts[0].toString(), {}, 0};
    if (kind == QLatin1String("model") && parts.size() == 2 && isModelKey(parts[1]))
        return ObjectId{kind.toString(), parts[0].toString(), parts[1].toString(), 0};
    if (kind == QLatin1String("model_version") && parts.size() == 3 && isModelKey(parts[1])) {
        // The version's number follows a run number's rules: digits without a leading zero.
        const std::optional<RunId> number = RunId::parse(QString(parts[0] + QLatin1Char('-') + parts[2]));
        if (number)
            return ObjectId{kind.toString(), parts[0].toString(), parts[1].toString(), number->number};
    }
    return std::nullopt;
}

} // namespace nereid
