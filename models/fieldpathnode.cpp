#include "fieldpathnode.h"

#include "query/naturalcompare.h"

#include <algorithm>
#include <QStringList>

namespace nereid {

FieldPathNode *FieldPathNode::addField(const QString &path, FieldType type)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    FieldPathNode *node = this;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        FieldPathNode *existing = node->m_namespaces.value(parts[i]);
        node = existing ? existing : node->addChild(parts[i], std::nullopt);
    }
    return node->addChild(parts.last(), type);
}

FieldPathNode *FieldPathNode::addChild(const QString &name, std::optional<FieldType> type)
{
    auto node = std::make_unique<FieldPathNode>();
    node->m_name = name;
    node->m_path = m_path.isEmpty() ? name : m_path + QLatin1Char('/') + name;
    node->m_type = type;
    node->m_parent = this;
    // A field and a namespace of the same name can both exist: one run logged "a/b", another "a/b/c".
    if (!type)
        m_namespaces.insert(name, node.get());
    m_children.push_back(std::move(node));
    return m_children.back().get();
}

void FieldPathNode::sortChildren()
{
    const auto isSys = [](const auto &node) {
        return !node->isField() && node->m_name == QLatin1String("sys") && !node->m_parent->m_parent;
    };
    if (!(m_parent && isSys(this))) {
        std::stable_sort(m_children.begin(), m_children.end(), [&isSys](const auto &a, const auto &b) {
            if (isSys(a) != isSys(b))
                return isSys(a);
            if (a->isField() != b->isField())
                return !a->isField();
            return naturalCompare(a->m_name, b->m_name) < 0;
        });
    }
    for (std::size_t i = 0; i < m_children.size(); ++i) {
        m_children[i]->m_row = int(i);
        m_children[i]->sortChildren();
    }
    m_namespaces.clear();
}

} // namespace nereid
