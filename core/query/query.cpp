#include "query.h"

#include "queryparser.h"

namespace nereid {

Query::Query()
    : m_root(QueryNode::all({}))
{
}

Query Query::parse(const QString &text, const QDateTime &now)
{
    Query query;
    query.m_root = QueryParser::parseQuery(text, now, &query.m_error);
    return query;
}

bool Query::isEmpty() const
{
    return isValid() && m_root->kind() == QueryNode::Kind::All && m_root->children().empty();
}

QStringList Query::paths() const
{
    QStringList paths;
    if (m_root) {
        m_root->forEachCondition([&paths](const QueryCondition &condition) {
            if (!paths.contains(condition.operand().path))
                paths.append(condition.operand().path);
        });
    }
    return paths;
}

QString Query::quote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + quoted + u'"';
}

Query operator&&(const Query &a, const Query &b)
{
    if (!a.isValid() || b.isEmpty())
        return a;
    if (!b.isValid() || a.isEmpty())
        return b;
    Query both;
    both.m_root = QueryNode::all({a.m_root, b.m_root});
    return both;
}

} // namespace nereid
