#pragma once

#include "querycondition.h"

#include <memory>
#include <vector>

namespace nereid {

class QueryRun;

// A node of a parsed query: AND or OR over any number of children (so a long chain of clauses is one
// node, not a deep tree), NOT over one, or a condition. Nodes never change once built, so queries copy
// by sharing them and several threads may evaluate one query at once.
class QueryNode
{
public:
    using Ptr = std::shared_ptr<const QueryNode>;

    enum class Kind
    {
        All, // AND; with no children it matches every run (the empty query)
        Any, // OR
        Not,
        Condition,
    };

    static Ptr all(std::vector<Ptr> children);
    static Ptr any(std::vector<Ptr> children);
    static Ptr negation(Ptr child);
    static Ptr condition(QueryCondition condition);

    Kind kind() const { return m_kind; }
    const std::vector<Ptr> &children() const { return m_children; }
    const QueryCondition *conditionOrNull() const { return m_condition ? &*m_condition : nullptr; }

    bool matches(const QueryRun &run) const;

    // Calls `visit` for every condition in the tree, left to right.
    template<typename Visit> void forEachCondition(const Visit &visit) const
    {
        if (m_condition)
            visit(*m_condition);
        for (const Ptr &child : m_children)
            child->forEachCondition(visit);
    }

private:
    QueryNode(Kind kind, std::vector<Ptr> children, std::optional<QueryCondition> condition)
        : m_kind(kind)
        , m_children(std::move(children))
        , m_condition(std::move(condition))
    {
    }

    Kind m_kind;
    std::vector<Ptr> m_children;
    std::optional<QueryCondition> m_condition;
};

} // namespace nereid
