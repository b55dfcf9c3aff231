#include "floatappendreader.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace nereid {

std::optional<QList<Operation>> FloatAppendReader::read(QByteArrayView text)
{
    FloatAppendReader reader(text);
    QList<Operation> operations;
    if (!reader.batch(operations))
        return std::nullopt;
    return operations;
}

bool FloatAppendReader::batch(QList<Operation> &operations)
{
    QByteArrayView key;
    if (!take('{') || !string(key) || key != "operations" || !take(':') || !take('['))
        return false;
    if (take(']'))
        return take('}') && atEnd();
    do {
        operations.emplaceBack();
        if (!operation(operations.back()))
            return false;
    } while (take(','));
    return take(']') && take('}') && atEnd();
}

bool FloatAppendReader::operation(Operation &op)
{
    if (!take('{'))
        return false;
    bool seen[4] = {};
    do {
        QByteArrayView key, text;
        if (!string(key) || !take(':'))
            return false;
        const int member = key == "op" ? 0 : key == "path" ? 1 : key == "type" ? 2 : key == "points" ? 3 : -1;
        if (member < 0 || seen[member])
            return false;
        seen[member] = true;
        if (member == 3) {
            if (!points(op.floatPoints))
                return false;
            continue;
        }
        if (!string(text))
            return false;
        if (member == 1) {
            // parseUtf8 refuses bytes that are not UTF-8, as the strict parser does; fromUtf8 would have made
            // them U+FFFD and stored another path than the one sent (found by tests/fuzz/fuzz_operations).
            const Result<FieldPath> path = FieldPath::parseUtf8(text);
            if (!path || path->isSys())
                return false;
            op.path = *path;
        } else if (text != (member == 0 ? QByteArrayView("append") : QByteArrayView("floatSeries"))) {
            return false;
        }
    } while (take(','));
    op.kind = Operation::Kind::Append;
    op.type = FieldType::FloatSeries;
    return take('}') && seen[0] && seen[1] && seen[2] && seen[3];
}

// As OperationParser::parsePoints: [step, value, timestamp], steps that are given increasing.
bool FloatAppendReader::points(SeriesBlock &points)
{
    if (!take('['))
        return false;
    if (take(']'))
        return true;
    double previousStep = -std::numeric_limits<double>::infinity();
    do {
        double step, value, timestamp;
        if (!take('[') || !stepOrTime(step) || !take(',') || !this->value(value) || !take(',') ||
            !stepOrTime(timestamp) || !take(']'))
            return false;
        if (!std::isnan(step)) {
            if (step <= previousStep)
                return false;
            previousStep = step;
        }
        points.append(step, value, timestamp);
    } while (take(','));
    return take(']');
}

namespace {

// JSON's number grammar, -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, which std::from_chars is looser than: it
// takes ".3", "1." and "007", texts the strict parser refuses (found by fuzz_operations).
bool isJsonNumber(const char *p, const char *end)
{
    const auto digits = [&p, end] {
        const char *start = p;
        while (p != end && *p >= '0' && *p <= '9')
            ++p;
        return p != start;
    };
    if (p != end && *p == '-')
        ++p;
    if (p != end && *p == '0')
        ++p;
    else if (!digits())
        return false;
    if (p != end && *p == '.' && (++p, !digits()))
        return false;
    if (p != end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p != end && (*p == '+' || *p == '-'))
            ++p;
        if (!digits())
            return false;
    }
    return p == end;
}

} // namespace

// The double Qt's JSON parser makes of a number: correctly rounded, as QByteArray::toDouble reads it, and -0 as 0
// (QJsonValue keeps a whole number as an integer). Numbers beyond a double's range and subnormal ones are left to
// Qt, which may refuse them.
bool FloatAppendReader::number(double &value)
{
    const char *start = m_p;
    while (m_p != m_end &&
           ((*m_p >= '0' && *m_p <= '9') || *m_p == '-' || *m_p == '+' || *m_p == '.' || *m_p == 'e' || *m_p == 'E'))
        ++m_p;
    if (!isJsonNumber(start, m_p))
        return false;
    const auto [end, error] = std::from_chars(start, m_p, value);
    if (error != std::errc() || end != m_p)
        return false;
    if (value == 0)
        value = 0; // not -0
    return value == 0 || std::isnormal(value);
}

bool FloatAppendReader::stepOrTime(double &value)
{
    if (at('n')) {
        if (m_end - m_p < 4 || QByteArrayView(m_p, 4) != "null")
            return false;
        m_p += 4;
        value = NAN;
        return true;
    }
    return number(value);
}

bool FloatAppendReader::value(double &value)
{
    if (!at('"'))
        return number(value);
    QByteArrayView text;
    if (!string(text))
        return false;
    if (text == "NaN")
        value = std::numeric_limits<double>::quiet_NaN();
    else if (text == "Infinity")
        value = std::numeric_limits<double>::infinity();
    else if (text == "-Infinity")
        value = -std::numeric_limits<double>::infinity();
    else
        return false;
    return true;
}

// A string without escapes (one with them is left to Qt, which decodes them).
bool FloatAppendReader::string(QByteArrayView &text)
{
    if (!take('"'))
        return false;
    const char *start = m_p;
    while (m_p != m_end && *m_p != '"' && *m_p != '\\')
        ++m_p;
    if (m_p == m_end || *m_p != '"')
        return false;
    text = QByteArrayView(start, m_p - start);
    ++m_p;
    return true;
}

// Skips whitespace, then takes `c` when it comes next.
bool FloatAppendReader::take(char c)
{
    if (!at(c))
        return false;
    ++m_p;
    return true;
}

// Skips whitespace; true when the text ends there.
bool FloatAppendReader::atEnd()
{
    at(' ');
    return m_p == m_end;
}

// Skips whitespace; true when `c` comes next.
bool FloatAppendReader::at(char c)
{
    while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
    return m_p != m_end && *m_p == c;
}

} // namespace nereid
