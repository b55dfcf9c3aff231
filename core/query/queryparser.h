#pragma once

#include "queryerror.h"
#include "querynode.h"
#include "querytoken.h"

#include <QList>

namespace nereid {

// A recursive-descent parser for both forms of the query language:
//
//   query     := [or] END
//   or        := and { OR and }
//   and       := unary { AND unary }
//   unary     := NOT unary | "(" or ")" | condition
//   condition := operand ( EXISTS | NOT EXISTS | compare value | [NOT] CONTAINS value | [NOT] MATCHES value )
//   compare   := "=" | "!=" | ">" | ">=" | "<" | "<="
//   operand   := field | aggregate "(" field ")"          aggregate := last | min | max | average | variance
//   field     := ( `backticked path` | bare/path ) [ ":" type ]
//   value     := "string" | 'string' | word                (numbers, true/false, -3d, bare words)
//
// Keywords are case-insensitive; NOT binds tighter than AND, AND tighter than OR.
class QueryParser
{
    Q_DECLARE_TR_FUNCTIONS(QueryParser)

public:
    static constexpr int MaxDepth = 100; // nested parentheses and NOTs: a server must not recurse without end

    // The query's tree (an empty All node for a blank text), or nullptr with *error set.
    static QueryNode::Ptr parseQuery(const QString &text, const QDateTime &now, QueryError *error);
    // A sort key: one operand, e.g. "params/lr", "`sys/creation_time`", "min(train/loss)".
    static std::optional<QueryOperand> parseSortKey(const QString &text, QueryError *error);

private:
    QueryParser(QList<QueryToken> tokens, QDateTime now)
        : m_tokens(std::move(tokens))
        , m_now(std::move(now))
    {
    }

    QueryNode::Ptr parseOr(int depth);
    QueryNode::Ptr parseAnd(int depth);
    QueryNode::Ptr parseUnary(int depth);
    QueryNode::Ptr parseCondition();
    std::optional<QueryOperator> parseOperator(bool *negated);
    std::optional<QueryOperand> parseOperand();
    std::optional<QueryOperand> parseField();
    bool parseType(QueryOperand *operand);

    const QueryToken &peek(qsizetype ahead = 0) const;
    const QueryToken &take() { return m_tokens[m_next++]; }
    bool isKeyword(const QueryToken &token) const;
    // Records a syntax error at the next token and returns nullptr (for chaining).
    std::nullptr_t unexpected(const QString &expected);
    std::nullptr_t fail(QueryError error);

    QList<QueryToken> m_tokens;
    qsizetype m_next = 0;
    QDateTime m_now;
    QueryError m_error;
};

} // namespace nereid
