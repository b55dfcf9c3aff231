#pragma once

#include "query/queryfield.h"

#include <memory>
#include <optional>
#include <vector>

namespace nereid {

class QueryRun;

// One node of a run's namespace tree: a namespace (with children) or a field (with its value). Parents own
// their children; children are kept namespaces first, then by name in natural order ("layer2" before
// "layer10"), so the model can merge a fresh tree into the shown one child by child.
class NamespaceNode
{
public:
    NamespaceNode() = default; // the invisible root
    NamespaceNode(QString name, QString path, std::optional<QueryField> field)
        : m_name(std::move(name))
        , m_path(std::move(path))
        , m_field(std::move(field))
    {
    }

    // The tree of every field of `run`, sys included.
    static std::unique_ptr<NamespaceNode> build(const QueryRun &run);

    const QString &name() const { return m_name; }
    const QString &path() const { return m_path; }
    bool isNamespace() const { return !m_field.has_value(); }
    const QueryField &field() const { return *m_field; }
    void setField(QueryField field) { m_field = std::move(field); }

    NamespaceNode *parent() const { return m_parent; }
    // The node's row among its siblings, kept current on every insert and take (views ask for it often).
    int row() const { return m_row; }
    int childCount() const { return int(m_children.size()); }
    NamespaceNode *child(int row) const { return m_children[std::size_t(row)].get(); }
    void insertChild(int row, std::unique_ptr<NamespaceNode> child);
    std::unique_ptr<NamespaceNode> takeChild(int row);

    // Negative when `a` goes before `b` among siblings.
    static int compare(const NamespaceNode &a, const NamespaceNode &b);

private:
    NamespaceNode *appendChild(std::unique_ptr<NamespaceNode> child);
    void sortChildren();
    void renumber(int from);

    QString m_name;
    QString m_path;
    std::optional<QueryField> m_field;
    NamespaceNode *m_parent = nullptr;
    int m_row = 0;
    std::vector<std::unique_ptr<NamespaceNode>> m_children;
};

} // namespace nereid
