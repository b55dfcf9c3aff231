#include "jsontext.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace nereid::jsontext {

void appendString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '"' || byte == '\\') {
            out.append('\\');
            out.append(c);
        } else if (byte < 0x20) {
            // Control characters are the only ones JSON forbids raw; \u00XX covers them all.
            out.append("\\u00", 4);
            out.append(hex[byte >> 4]);
            out.append(hex[byte & 0xf]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

char *writeNumber(char *out, double value)
{
    if (!std::isfinite(value))
        return std::copy_n("null", 4, out);
    // Whole numbers as integers, as QJsonDocument writes them (a step 1000000, where QByteArray::number writes
    // 1e+06); any other in the shortest form that reads back exactly. std::to_chars allocates nothing.
    constexpr double Exact = 9007199254740992.0; // 2^53
    if (value > -Exact && value < Exact && value == std::trunc(value))
        return std::to_chars(out, out + MaxNumberChars, qint64(value)).ptr;
    return std::to_chars(out, out + MaxNumberChars, value).ptr;
}

char *writeSeriesNumber(char *out, double value)
{
    if (std::isnan(value))
        return std::copy_n("\"NaN\"", 5, out);
    if (value == std::numeric_limits<double>::infinity())
        return std::copy_n("\"Infinity\"", 10, out);
    if (value == -std::numeric_limits<double>::infinity())
        return std::copy_n("\"-Infinity\"", 11, out);
    return writeNumber(out, value);
}

void appendNumber(QByteArray &out, double value)
{
    char text[MaxNumberChars];
    out.append(text, writeNumber(text, value) - text);
}

void appendSeriesNumber(QByteArray &out, double value)
{
    char text[MaxNumberChars];
    out.append(text, writeSeriesNumber(text, value) - text);
}

void appendInteger(QByteArray &out, qint64 value)
{
    out.append(QByteArray::number(value));
}

} // namespace nereid::jsontext
