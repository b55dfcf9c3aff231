#pragma once

#include "queryerror.h"
#include "querytoken.h"

#include <QList>

namespace nereid {

// Splits a query into tokens. Strings take "double" or 'single' quotes; inside them a backslash before the
// quote or before another backslash escapes it, and any other backslash stays, so regular expressions such
// as "run\d+" need no doubling. A word runs until white space or one of ( ) = ! < > : ` ".
class QueryLexer
{
public:
    // The tokens of `text`, the last one of kind End; nullopt (and *error set) if a string or a backticked
    // path is not closed or a '!' is not followed by '='.
    static std::optional<QList<QueryToken>> tokenize(const QString &text, QueryError *error);

private:
    explicit QueryLexer(const QString &text)
        : m_text(text)
    {
    }

    bool next(QueryToken *token);
    bool readOperator(QueryToken *token);
    bool readQuoted(QueryToken *token);
    void readWord(QueryToken *token);

    const QString &m_text;
    qsizetype m_pos = 0;
    QueryError m_error;
};

} // namespace nereid
