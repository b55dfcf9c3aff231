#include "querynode.h"

#include <algorithm>

namespace nereid {

QueryNode::Ptr QueryNode::all(std::vector<Ptr> children)
{
    if (children.size() == 1)
        return children.front();
    return Ptr(new QueryNode(Kind::All, std::move(children), std::nullopt));
}

QueryNode::Ptr QueryNode::any(std::vector<Ptr> children)
{
    if (children.size() == 1)
        return children.front();
    return Ptr(new QueryNode(Kind::Any, std::move(children), std::nullopt));
}

QueryNode::Ptr QueryNode::negation(Ptr child)
{
    return Ptr(new QueryNode(Kind::Not, {std::move(child)}, std::nullopt));
}

QueryNode::Ptr QueryNode::condition(QueryCondition condition)
{
    return Ptr(new QueryNode(Kind::Condition, {}, std::move(condition)));
}

bool QueryNode::matches(const QueryRun &run) const
{
    const auto childMatches = [&run](const Ptr &child) { return child->matches(run); };
    switch (m_kind) {
    case Kind::All:
        return std::all_of(m_children.cbegin(), m_children.cend(), childMatches);
    case Kind::Any:
        return std::any_of(m_children.cbegin(), m_children.cend(), childMatches);
    case Kind::Not:
        return !m_children.front()->matches(run);
    case Kind::Condition:
        return m_condition->matches(run);
    }
    return false;
}

} // namespace nereid
