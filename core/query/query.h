#pragma once

#include "queryerror.h"
#include "querynode.h"

#include <QDateTime>
#include <QStringList>

namespace nereid {

class QueryRun;

// A parsed run query, in Neptune's NQL form or the short form of the filter box:
//   `params/lr`:float > 0.01 AND `sys/tags`:stringSet CONTAINS "best"
//   params/lr > 0.01 AND sys/tags CONTAINS best AND last(train/loss) < 0.2
// Parse once, then call matches() for each run; copies share the parsed tree, and one query may be
// evaluated from several threads at once.
class Query
{
public:
    // The empty query: matches every run.
    Query();

    // Parses `text`; a blank text gives the empty query. Relative datetimes ("-3d") count back from `now`
    // (the current time when `now` is invalid); parse again to move them on.
    static Query parse(const QString &text, const QDateTime &now = QDateTime());

    bool isValid() const { return m_error.isNull(); }
    const QueryError &error() const { return m_error; }
    bool isEmpty() const;

    // False for every run when the query is not valid.
    bool matches(const QueryRun &run) const { return m_root && m_root->matches(run); }

    // The paths of the fields the query reads, each once, in the order they appear.
    QStringList paths() const;
    const QueryNode::Ptr &root() const { return m_root; }

    // `text` as a quoted value of the query language: build "sys/owner = " + Query::quote(name) safely.
    static QString quote(const QString &text);

    // Runs that match both; an invalid operand makes the result invalid with the first error.
    friend Query operator&&(const Query &a, const Query &b);

private:
    QueryNode::Ptr m_root;
    QueryError m_error;
};

} // namespace nereid
