#include "runid.h"

#include "projectkey.h"

namespace nereid {

std::optional<RunId> RunId::parse(QStringView text)
{
    const qsizetype dash = text.lastIndexOf(QLatin1Char('-'));
    if (dash <= 0)
        return std::nullopt;
    const QStringView key = text.left(dash);
    const QStringView digits = text.mid(dash + 1);
    if (!ProjectKey::isValid(key) || digits.isEmpty() || digits.front() == QLatin1Char('0'))
        return std::nullopt;
    for (const QChar c : digits) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return RunId{key.toString(), number};
}

} // namespace nereid
