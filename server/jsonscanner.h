#pragma once

#include <array>
#include <QByteArrayView>

namespace nereid {

// One pass over a JSON text that checks RFC 8259's grammar and builds nothing: what the strict parse runs before
// QJsonDocument, which accepts invalid escapes, raw control bytes and lone surrogates. It stops at the first byte
// that no JSON text could continue with. Iterative, with at most MaxDepth arrays and objects open, so a body of a
// million '[' is refused instead of overflowing a stack.
class JsonScanner
{
public:
    enum class Problem
    {
        None,
        UnexpectedEnd,
        UnexpectedByte,
        InvalidEscape,
        ControlCharacter,
        LoneSurrogate,
        InvalidUtf8,
        InvalidNumber,
        NotFinite,
        TooDeep,
        TrailingData
    };
    static constexpr int MaxDepth = 512;

    explicit JsonScanner(QByteArrayView text);

    // True when the whole text is one JSON value with optional whitespace around it.
    bool scan();
    Problem problem() const { return m_problem; }
    // The first bad byte, or the text's size when it ended too early.
    qsizetype offset() const { return m_p - m_begin; }

private:
    bool value();
    bool nextMember();
    bool key();
    bool string();
    bool escape();
    bool lowSurrogate();
    bool hexDigits(int count, int &value);
    bool utf8();
    bool number();
    bool literal(QByteArrayView word);
    void skipWhitespace();
    bool fail(Problem problem);

    const uchar *m_begin;
    const uchar *m_p;
    const uchar *m_end;
    Problem m_problem = Problem::None;
    int m_depth = 0;
    std::array<uchar, MaxDepth> m_closers{}; // ']' or '}' for each open container
};

} // namespace nereid
