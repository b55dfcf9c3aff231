#include "jsontext.h"

#include <cmath>
#include <QLocale>

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

void appendNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out.append("null", 4);
        return;
    }
    out.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

void appendSeriesNumber(QByteArray &out, double value)
{
    if (std::isnan(value))
        out.append("\"NaN\"", 5);
    else if (std::isinf(value))
        out.append(value > 0 ? QByteArrayLiteral("\"Infinity\"") : QByteArrayLiteral("\"-Infinity\""));
    else
        appendNumber(out, value);
}

void appendInteger(QByteArray &out, qint64 value)
{
    out.append(QByteArray::number(value));
}

} // namespace nereid::jsontext
