#include "jsonscanner.h"

namespace nereid {

namespace {

// What a byte inside a string asks for. Plain bytes (printable ASCII) are skipped in a tight loop.
enum StringByte : uchar
{
    Plain,
    Quote,
    Backslash,
    Control,
    NonAscii
};

constexpr std::array<uchar, 256> stringBytes()
{
    std::array<uchar, 256> table{};
    for (int c = 0; c < 0x20; ++c)
        table[c] = Control;
    for (int c = 0x80; c < 0x100; ++c)
        table[c] = NonAscii;
    table['"'] = Quote;
    table['\\'] = Backslash;
    return table;
}

constexpr std::array<uchar, 256> StringBytes = stringBytes();

bool isDigit(uchar c)
{
    return unsigned(c - '0') < 10u;
}

int hexValue(uchar c)
{
    if (isDigit(c))
        return c - '0';
    const unsigned letter = unsigned((c | 0x20) - 'a');
    return letter < 6u ? int(letter) + 10 : -1;
}

} // namespace

JsonScanner::JsonScanner(QByteArrayView text)
    : m_begin(reinterpret_cast<const uchar *>(text.data()))
    , m_p(m_begin)
    , m_end(m_begin + text.size())
{
}

bool JsonScanner::scan()
{
    // value() reads a value, or opens arrays and objects down to their first member; nextMember() closes what
    // ends after it and steps to the next member.
    do {
        if (!value() || !nextMember())
            return false;
    } while (m_depth > 0);
    skipWhitespace();
    return m_p == m_end || fail(Problem::TrailingData);
}

bool JsonScanner::value()
{
    for (;;) {
        skipWhitespace();
        if (m_p == m_end)
            return fail(Problem::UnexpectedEnd);
        switch (*m_p) {
        case '{':
        case '[': {
            if (m_depth == MaxDepth)
                return fail(Problem::TooDeep);
            const uchar closer = *m_p == '{' ? '}' : ']';
            m_closers[m_depth++] = closer;
            ++m_p;
            skipWhitespace();
            if (m_p != m_end && *m_p == closer) {
                ++m_p;
                --m_depth;
                return true;
            }
            if (closer == '}' && !key())
                return false;
            continue;
        }
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        case 'N':
        case 'I':
            return fail(Problem::NotFinite);
        case '+':
        case '.':
            return fail(Problem::InvalidNumber);
        default:
            return *m_p == '-' || isDigit(*m_p) ? number() : fail(Problem::UnexpectedByte);
        }
    }
}

bool JsonScanner::nextMember()
{
    while (m_depth > 0) {
        skipWhitespace();
        if (m_p == m_end)
            return fail(Problem::UnexpectedEnd);
        const uchar closer = m_closers[m_depth - 1];
        if (*m_p == ',') {
            ++m_p;
            return closer != '}' || key();
        }
        if (*m_p != closer)
            return fail(Problem::UnexpectedByte);
        ++m_p;
        --m_depth;
    }
    return true;
}

bool JsonScanner::key()
{
    skipWhitespace();
    if (m_p == m_end || *m_p != '"')
        return fail(m_p == m_end ? Problem::UnexpectedEnd : Problem::UnexpectedByte);
    if (!string())
        return false;
    skipWhitespace();
    if (m_p == m_end || *m_p != ':')
        return fail(m_p == m_end ? Problem::UnexpectedEnd : Problem::UnexpectedByte);
    ++m_p;
    return true;
}

bool JsonScanner::string()
{
    ++m_p; // the opening quote
    for (;;) {
        const uchar *p = m_p;
        while (p != m_end && StringBytes[*p] == Plain)
            ++p;
        m_p = p;
        if (m_p == m_end)
            return fail(Problem::UnexpectedEnd);
        switch (StringBytes[*m_p]) {
        case Quote:
            ++m_p;
            return true;
        case Backslash:
            if (!escape())
                return false;
            break;
        case Control:
            return fail(Problem::ControlCharacter);
        default:
            if (!utf8())
                return false;
        }
    }
}

bool JsonScanner::escape()
{
    ++m_p; // the backslash
    if (m_p == m_end)
        return fail(Problem::UnexpectedEnd);
    switch (*m_p) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
        ++m_p;
        return true;
    case 'u':
        ++m_p;
        break;
    default:
        return fail(Problem::InvalidEscape);
    }
    int unit = 0;
    if (!hexDigits(4, unit))
        return false;
    if (unit >= 0xDC00 && unit <= 0xDFFF) {
        m_p -= 3; // "\uD" may still begin a high surrogate; its second digit makes it a low one
        return fail(Problem::LoneSurrogate);
    }
    return unit < 0xD800 || unit > 0xDBFF || lowSurrogate();
}

bool JsonScanner::lowSurrogate()
{
    // After a high surrogate only "\uDC00" to "\uDFFF" may come; each byte is checked as it comes, so the offset
    // is that of the first one that breaks the pair.
    for (const char expected : {'\\', 'u', 'd'}) {
        if (m_p == m_end)
            return fail(Problem::UnexpectedEnd);
        if ((expected == 'd' ? *m_p | 0x20 : *m_p) != expected)
            return fail(Problem::LoneSurrogate);
        ++m_p;
    }
    if (m_p == m_end)
        return fail(Problem::UnexpectedEnd);
    const int second = hexValue(*m_p);
    if (second < 0xC)
        return fail(Problem::LoneSurrogate);
    ++m_p;
    int rest = 0;
    return hexDigits(2, rest);
}

bool JsonScanner::hexDigits(int count, int &value)
{
    for (int i = 0; i < count; ++i, ++m_p) {
        if (m_p == m_end)
            return fail(Problem::UnexpectedEnd);
        const int digit = hexValue(*m_p);
        if (digit < 0)
            return fail(Problem::InvalidEscape);
        value = value * 16 + digit;
    }
    return true;
}

bool JsonScanner::utf8()
{
    // The well-formed sequences of Unicode's table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF.
    // Only the second byte's range depends on the first.
    const uchar lead = *m_p;
    int continuations = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        continuations = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        continuations = 2;
        low = lead == 0xE0 ? 0xA0 : low;
        high = lead == 0xED ? 0x9F : high;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        continuations = 3;
        low = lead == 0xF0 ? 0x90 : low;
        high = lead == 0xF4 ? 0x8F : high;
    } else {
        return fail(Problem::InvalidUtf8);
    }
    ++m_p;
    for (int i = 0; i < continuations; ++i, ++m_p) {
        if (m_p == m_end)
            return fail(Problem::UnexpectedEnd);
        if (*m_p < low || *m_p > high)
            return fail(Problem::InvalidUtf8);
        low = 0x80;
        high = 0xBF;
    }
    return true;
}

bool JsonScanner::number()
{
    // On a local pointer: a store to m_p before every byte read (a uchar may alias it) cost a third of the scan.
    const uchar *p = m_p;
    const auto refuse = [&](Problem problem) {
        m_p = p;
        return fail(problem);
    };
    const auto digits = [&] {
        const uchar *start = p;
        while (p != m_end && isDigit(*p))
            ++p;
        return p != start;
    };
    if (*p == '-') {
        ++p;
        if (p != m_end && *p == 'I')
            return refuse(Problem::NotFinite);
    }
    if (p != m_end && *p == '0') {
        ++p;
        if (p != m_end && isDigit(*p))
            return refuse(Problem::InvalidNumber);
    } else if (!digits()) {
        return refuse(Problem::InvalidNumber);
    }
    if (p != m_end && *p == '.') {
        ++p;
        if (!digits())
            return refuse(Problem::InvalidNumber);
    }
    if (p != m_end && (*p | 0x20) == 'e') {
        ++p;
        if (p != m_end && (*p == '+' || *p == '-'))
            ++p;
        if (!digits())
            return refuse(Problem::InvalidNumber);
    }
    m_p = p;
    return true;
}

bool JsonScanner::literal(QByteArrayView word)
{
    for (const char c : word) {
        if (m_p == m_end)
            return fail(Problem::UnexpectedEnd);
        if (*m_p != uchar(c))
            return fail(Problem::UnexpectedByte);
        ++m_p;
    }
    return true;
}

void JsonScanner::skipWhitespace()
{
    const uchar *p = m_p;
    while (p != m_end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        ++p;
    m_p = p;
}

bool JsonScanner::fail(Problem problem)
{
    m_problem = problem;
    return false;
}

} // namespace nereid
