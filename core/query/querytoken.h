#pragma once

#include <QString>

namespace nereid {

// One token of a query. Keywords, paths, numbers and bare values are all Words: what a word means
// depends on where it stands, so the parser decides.
struct QueryToken
{
    enum class Kind
    {
        Word,       // params/lr, AND, 0.01, -3d, best
        String,     // "quoted text" or 'quoted text', without the quotes and escapes
        Path,       // `a backticked path`, without the backticks
        OpenParen,  // (
        CloseParen, // )
        Colon,      // :
        Equal,      // =
        NotEqual,   // !=
        Greater,    // >
        GreaterOrEqual,
        Less,
        LessOrEqual,
        End, // after the last token
    };

    Kind kind = Kind::End;
    QString text;           // as it stands in the query (words, operators) or its content (strings, paths)
    qsizetype position = 0; // 0-based offset of its first character

    bool isWord(QLatin1StringView keyword) const
    {
        return kind == Kind::Word && text.compare(keyword, Qt::CaseInsensitive) == 0;
    }
};

} // namespace nereid
