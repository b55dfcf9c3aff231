#pragma once

#include "domain/fieldtype.h"
#include "queryliteral.h"
#include "seriessummary.h"

#include <QRegularExpression>

namespace nereid {

class QueryRun;

enum class QueryOperator
{
    Equal,
    NotEqual,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
    Contains,
    NotContains,
    Matches,
    NotMatches,
    Exists,
};

// As the query language spells it: "=", ">=", "CONTAINS", "NOT MATCHES", ...
QString queryOperatorName(QueryOperator op);

// The field a condition reads: `params/lr`, `params/lr`:float, last(`train/loss`:floatSeries).
struct QueryOperand
{
    QString path;
    std::optional<FieldType> type; // given by the query or the sys catalogue; nullopt: each run's own type
    std::optional<SeriesAggregate> aggregate;
    qsizetype position = 0;
};

// One comparison of a query, e.g. `params/lr`:float > 0.01. A run that lacks the field, or whose field
// has another type than the query names, never matches (so `!=` also needs the field); NOT (...) is the
// way to ask for runs without it. Float and int fields compare with each other as numbers.
class QueryCondition
{
public:
    // `literal` is ignored for Exists; the regular expression of Matches is compiled here, once.
    QueryCondition(QueryOperand operand, QueryOperator op, QueryLiteral literal);

    bool matches(const QueryRun &run) const;

    const QueryOperand &operand() const { return m_operand; }
    QueryOperator op() const { return m_operator; }
    const QueryLiteral &literal() const { return m_literal; }

private:
    bool matchesNumber(double value) const;
    bool matchesDateTime(qint64 msecs) const;
    bool matchesBool(bool value) const;
    bool matchesString(const QString &value) const;
    bool matchesStringSet(const QStringList &values) const;

    QueryOperand m_operand;
    QueryOperator m_operator;
    QueryLiteral m_literal;
    QRegularExpression m_regex;
};

} // namespace nereid
