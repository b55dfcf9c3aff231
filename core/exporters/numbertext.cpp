#include "numbertext.h"

#include <charconv>
#include <cmath>

namespace nereid {

namespace {

void appendFinite(QByteArray &out, double value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

} // namespace

void NumberText::append(QByteArray &out, double value, bool quoted)
{
    if (std::isfinite(value)) {
        appendFinite(out, value);
        return;
    }
    if (quoted)
        out.append('"');
    out.append(std::isnan(value) ? "NaN" : (value > 0 ? "Infinity" : "-Infinity"));
    if (quoted)
        out.append('"');
}

void NumberText::appendPython(QByteArray &out, double value)
{
    if (std::isfinite(value))
        appendFinite(out, value);
    else
        out.append(std::isnan(value) ? "nan" : (value > 0 ? "inf" : "-inf"));
}

} // namespace nereid
