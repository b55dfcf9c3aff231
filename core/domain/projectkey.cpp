#include "projectkey.h"

namespace nereid::ProjectKey {

namespace {

bool isKeyChar(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

} // namespace

bool isValid(QStringView key)
{
    if (key.isEmpty() || key.size() > MaxLength)
        return false;
    bool hasLetter = false;
    for (const QChar c : key) {
        if (!isKeyChar(c))
            return false;
        hasLetter = hasLetter || c.isLetter();
    }
    return hasLetter;
}

QString suggestFor(QStringView projectName)
{
    QString key;
    for (const QChar c : projectName) {
        const QChar upper = c.toUpper();
        if (key.isEmpty() && !(upper >= QLatin1Char('A') && upper <= QLatin1Char('Z')))
            continue;
        if (isKeyChar(upper))
            key.append(upper);
        if (key.size() == 3)
            break;
    }
    return key.isEmpty() ? QStringLiteral("RUN") : key;
}

} // namespace nereid::ProjectKey
