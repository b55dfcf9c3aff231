#pragma once

#include "query/query.h"

#include <functional>
#include <QCoreApplication>

namespace nereid {

class QueryRun;

// What the filter box asks for. Text in the query language ("params/lr > 0.01 AND sys/failed = false")
// becomes a Query; plain words ("resnet baseline") match runs whose id, name, description or tags hold
// every word, regardless of case. Text that uses the query language's operators, quotes or parentheses but
// does not parse is an error, with the query's position, rather than a word search.
//
// A query is held against the project's field paths: one that names a field no run has is an error that says
// so and suggests the closest paths ("No run has params/lrr; did you mean params/lr?"), since it could only
// match nothing; a sys path the sys catalogue lacks gets the same suggestion. Except for text that merely looks
// like a query: one condition on a name without a namespace ("lr=0.0", as in a run's name) that no run has is a
// word search, and hint() says so.
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

    // What the filter asks of the project: whether some run has a field (asked for each path a query names), and
    // all the project's paths (asked only to suggest some, when a run has none of a query's).
    struct Fields
    {
        std::function<bool(const QString &path)> has;
        std::function<QStringList()> paths;
    };

    RunFilter() = default;
    static RunFilter parse(const QString &text, const Fields &fields, const QDateTime &now = QDateTime());

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    const QueryError &error() const { return m_error; }
    // Why a query became a word search, for the filter box to show; empty otherwise.
    const QString &hint() const { return m_hint; }
    // Whether another set of project paths could change what this text means (a field no run had).
    bool dependsOnMissingFields() const { return m_missingField; }

    // False for every run when the filter is not valid.
    bool matches(const QueryRun &run) const;

private:
    static bool looksLikeQuery(const QString &text);
    // The first condition's operand whose path is neither in sys nor any run's.
    static const QueryOperand *missingOperand(const Query &query, const Fields &fields);
    static QString didYouMean(const QStringList &suggestions);
    void becomeWords(const QString &text);
    bool matchesWords(const QueryRun &run) const;

    Kind m_kind = Kind::All;
    Query m_query;
    QueryError m_error;
    QString m_hint;
    QStringList m_words;
    bool m_missingField = false;
};

} // namespace nereid
