#include "queryliteral.h"

#include "domain/fieldvalue.h"

#include <algorithm>
#include <cmath>

namespace nereid {

namespace {

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

std::optional<bool> parseBoolean(const QString &text)
{
    if (text.compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(u"false", Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

// "-30m", "-12h", "-3d", "-2w", "-3M", "-1y": that long before `now`.
std::optional<qint64> parseRelative(const QString &text, const QDateTime &now)
{
    constexpr qsizetype MaxDigits = 6; // a million years back is plenty, and keeps the arithmetic in range
    if (text.size() < 3 || text.size() > MaxDigits + 2 || text.front() != u'-')
        return std::nullopt;
    const QStringView digits = QStringView(text).sliced(1, text.size() - 2);
    if (!std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    const int amount = digits.toInt();
    switch (text.back().unicode()) {
    case u'm':
        return now.addSecs(-60LL * amount).toMSecsSinceEpoch();
    case u'h':
        return now.addSecs(-3600LL * amount).toMSecsSinceEpoch();
    case u'd':
        return now.addDays(-amount).toMSecsSinceEpoch();
    case u'w':
        return now.addDays(-7LL * amount).toMSecsSinceEpoch();
    case u'M':
        return now.addMonths(-amount).toMSecsSinceEpoch();
    case u'y':
        return now.addYears(-amount).toMSecsSinceEpoch();
    default:
        return std::nullopt;
    }
}

} // namespace

QueryLiteral QueryLiteral::fromToken(const QueryToken &token, const QDateTime &now)
{
    QueryLiteral literal;
    literal.m_text = token.text;
    literal.m_position = token.position;
    literal.m_quoted = token.kind == QueryToken::Kind::String;
    literal.m_number = parseNumber(token.text);
    literal.m_boolean = parseBoolean(token.text);
    literal.m_dateTime = parseDateTime(token.text, now);
    return literal;
}

std::optional<qint64> QueryLiteral::parseDateTime(const QString &text, const QDateTime &now)
{
    if (const auto relative = parseRelative(text, now.toUTC()))
        return relative;
    if (const auto absolute = dateTimeFromWire(text))
        return absolute->toMSecsSinceEpoch();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    return std::nullopt;
}

QString QueryLiteral::kindName() const
{
    if (!m_quoted && m_number)
        return tr("number");
    if (!m_quoted && m_boolean)
        return tr("boolean");
    if (!m_quoted && m_dateTime)
        return tr("datetime");
    return tr("string");
}

} // namespace nereid
