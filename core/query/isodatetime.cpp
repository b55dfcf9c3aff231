#include "isodatetime.h"

#include "domain/fieldvalue.h"

namespace nereid {

namespace {

// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
constexpr qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

constexpr int daysInMonth(int year, int month)
{
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// The number written with `count` digits at `from`, or -1 if one of them is not a digit.
int digitsAt(QStringView text, qsizetype from, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[from + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool separatorsAt(QStringView text)
{
    return text[4] == u'-' && text[7] == u'-' && text[10] == u'T' && text[13] == u':' && text[16] == u':';
}

// "YYYY-MM-DDTHH:MM:SSZ" or "YYYY-MM-DDTHH:MM:SS.mmmZ", nothing else.
std::optional<qint64> fastPath(QStringView text)
{
    const qsizetype length = text.size();
    if ((length != 20 && length != 24) || text.back() != u'Z' || !separatorsAt(text))
        return std::nullopt;
    if (length == 24 && text[19] != u'.')
        return std::nullopt;
    const int year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2), day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2), minute = digitsAt(text, 14, 2), second = digitsAt(text, 17, 2);
    const int millis = length == 24 ? digitsAt(text, 20, 3) : 0;
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0 || hour > 23 ||
        minute < 0 || minute > 59 || second < 0 || second > 59 || millis < 0)
        return std::nullopt;
    const qint64 seconds = daysFromCivil(year, month, day) * 86400 + qint64(hour) * 3600 + qint64(minute) * 60 + second;
    return seconds * 1000 + millis;
}

} // namespace

std::optional<qint64> msecsFromIsoDateTime(QStringView text)
{
    if (const auto msecs = fastPath(text))
        return msecs;
    const auto dateTime = dateTimeFromWire(text.toString());
    if (!dateTime)
        return std::nullopt;
    return dateTime->toMSecsSinceEpoch();
}

} // namespace nereid
