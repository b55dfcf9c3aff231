#include "namespacenode.h"

#include "query/naturalcompare.h"
#include "query/queryrun.h"

#include <algorithm>
#include <QHash>

namespace nereid {

std::unique_ptr<NamespaceNode> NamespaceNode::build(const QueryRun &run)
{
    // Children are appended, then sorted once: inserting each in order would cost O(n²) for a namespace of
    // 9,000 fields.
    auto root = std::make_unique<NamespaceNode>();
    QHash<QString, NamespaceNode *> namespaces;
    for (const QString &path : run.paths()) {
        const QStringList segments = path.split(QLatin1Char('/'));
        NamespaceNode *parent = root.get();
        for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
            const QString prefix = QStringList(segments.mid(0, i + 1)).join(QLatin1Char('/'));
            NamespaceNode *&node = namespaces[prefix];
            if (!node)
                node = parent->appendChild(std::make_unique<NamespaceNode>(segments[i], prefix, std::nullopt));
            parent = node;
        }
        parent->appendChild(std::make_unique<NamespaceNode>(segments.last(), path, *run.field(path)));
    }
    root->sortChildren();
    return root;
}

NamespaceNode *NamespaceNode::appendChild(std::unique_ptr<NamespaceNode> child)
{
    child->m_parent = this;
    m_children.push_back(std::move(child));
    return m_children.back().get();
}

void NamespaceNode::sortChildren()
{
    std::sort(m_children.begin(), m_children.end(), [](const auto &a, const auto &b) { return compare(*a, *b) < 0; });
    renumber(0);
    for (const auto &child : m_children)
        child->sortChildren();
}

void NamespaceNode::renumber(int from)
{
    for (std::size_t row = std::size_t(from); row < m_children.size(); ++row)
        m_children[row]->m_row = int(row);
}

int NamespaceNode::compare(const NamespaceNode &a, const NamespaceNode &b)
{
    if (a.isNamespace() != b.isNamespace())
        return a.isNamespace() ? -1 : 1;
    return naturalCompare(a.m_name, b.m_name);
}

void NamespaceNode::insertChild(int row, std::unique_ptr<NamespaceNode> child)
{
    child->m_parent = this;
    m_children.insert(m_children.begin() + row, std::move(child));
    renumber(row);
}

std::unique_ptr<NamespaceNode> NamespaceNode::takeChild(int row)
{
    std::unique_ptr<NamespaceNode> child = std::move(m_children[std::size_t(row)]);
    m_children.erase(m_children.begin() + row);
    renumber(row);
    child->m_parent = nullptr;
    return child;
}

} // namespace nereid
