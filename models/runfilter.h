#pragma once

#include "query/query.h"

#include <QCoreApplication>

namespace nereid {

class QueryRun;

// What the filter box asks for. Text in the query language ("params/lr > 0.01 AND sys/failed = false")
// becomes a Query; plain words ("resnet baseline") match runs whose id, name, description or tags hold
// every word, regardless of case. Text that uses the query language's operators, quotes or parentheses but
// does not parse is an error, with the query's position, rather than a word search.
class RunFilter
{
    Q_DECLARE_TR_FUNCTIONS(RunFilter)

public:
    enum class Kind
    {
        All,
        Query,
        Words,
        Invalid,
    };

    RunFilter() = default;
    static RunFilter parse(const QString &text, const QDateTime &now = QDateTime());

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    const QueryError &error() const { return m_query.error(); }

    // False for every run when the filter is not valid.
    bool matches(const QueryRun &run) const;

private:
    static bool looksLikeQuery(const QString &text);
    bool matchesWords(const QueryRun &run) const;

    Kind m_kind = Kind::All;
    Query m_query;
    QStringList m_words;
};

} // namespace nereid
