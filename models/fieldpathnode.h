#pragma once

#include "domain/fieldtype.h"

#include <memory>
#include <optional>
#include <QHash>
#include <QString>
#include <vector>

namespace nereid {

// One node of FieldPathTreeModel: a namespace (no type) or a field. Parents own their children; each node keeps
// its row, so the model's parent() is O(1) on trees of thousands of paths.
class FieldPathNode
{
public:
    FieldPathNode() = default; // the invisible root

    const QString &name() const { return m_name; }
    const QString &path() const { return m_path; }
    const std::optional<FieldType> &type() const { return m_type; }
    bool isField() const { return m_type.has_value(); }
    FieldPathNode *parent() const { return m_parent; }
    int row() const { return m_row; }
    int childCount() const { return int(m_children.size()); }
    FieldPathNode *child(int row) const { return m_children[std::size_t(row)].get(); }

    // Adds the field `path` under this root, with the namespaces that lead to it where they are missing.
    FieldPathNode *addField(const QString &path, FieldType type);
    // Once every field is added: namespaces first, then by name in natural order; sys comes first and keeps the
    // catalogue's order (the order its fields were added in).
    void sortChildren();

private:
    FieldPathNode *addChild(const QString &name, std::optional<FieldType> type);

    QString m_name;
    QString m_path;
    std::optional<FieldType> m_type;
    FieldPathNode *m_parent = nullptr;
    int m_row = 0;
    std::vector<std::unique_ptr<FieldPathNode>> m_children;
    QHash<QString, FieldPathNode *> m_namespaces; // child namespaces by name, while adding
};

} // namespace nereid
