#include "namespacenode.h"

#include "query/naturalcompare.h"
#include "query/queryrun.h"

#include <algorithm>

namespace nereid {

std::unique_ptr<NamespaceNode> NamespaceNode::build(const QueryRun &run)
{
    auto root = std::make_unique<NamespaceNode>();
    for (const QString &path : run.paths()) {
        const QStringList segments = path.split(QLatin1Char('/'));
        NamespaceNode *parent = root.get();
        for (qsizetype i = 0; i + 1 < segments.size(); ++i)
            parent = parent->namespaceChild(segments[i], QStringList(segments.mid(0, i + 1)).join(QLatin1Char('/')));
        auto leaf = std::make_unique<NamespaceNode>(segments.last(), path, *run.field(path));
        const int row = parent->insertionRow(*leaf); // before the move below
        parent->insertChild(row, std::move(leaf));
    }
    return root;
}

NamespaceNode *NamespaceNode::namespaceChild(const QString &name, const QString &path)
{
    for (const auto &child : m_children) {
        if (child->isNamespace() && child->m_name == name)
            return child.get();
    }
    auto node = std::make_unique<NamespaceNode>(name, path, std::nullopt);
    NamespaceNode *result = node.get();
    const int row = insertionRow(*node); // before the move below
    insertChild(row, std::move(node));
    return result;
}

int NamespaceNode::row() const
{
    if (!m_parent)
        return 0;
    const auto &siblings = m_parent->m_children;
    const auto it = std::find_if(siblings.cbegin(), siblings.cend(), [this](const auto &c) { return c.get() == this; });
    return int(it - siblings.cbegin());
}

int NamespaceNode::compare(const NamespaceNode &a, const NamespaceNode &b)
{
    if (a.isNamespace() != b.isNamespace())
        return a.isNamespace() ? -1 : 1;
    return naturalCompare(a.m_name, b.m_name);
}

int NamespaceNode::insertionRow(const NamespaceNode &child) const
{
    const auto it =
        std::lower_bound(m_children.cbegin(), m_children.cend(), child,
                         [](const auto &existing, const NamespaceNode &c) { return compare(*existing, c) < 0; });
    return int(it - m_children.cbegin());
}

void NamespaceNode::insertChild(int row, std::unique_ptr<NamespaceNode> child)
{
    child->m_parent = this;
    m_children.insert(m_children.begin() + row, std::move(child));
}

std::unique_ptr<NamespaceNode> NamespaceNode::takeChild(int row)
{
    std::unique_ptr<NamespaceNode> child = std::move(m_children[std::size_t(row)]);
    m_children.erase(m_children.begin() + row);
    child->m_parent = nullptr;
    return child;
}

} // namespace nereid
