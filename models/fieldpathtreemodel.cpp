#include "fieldpathtreemodel.h"

#include "domain/syscatalogue.h"
#include "runtablemodel.h"

#include <QFont>

namespace nereid {

FieldPathTreeModel::FieldPathTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<FieldPathNode>())
{
}

FieldPathTreeModel::~FieldPathTreeModel() = default;

QList<FieldPathTreeModel::Field> FieldPathTreeModel::fieldsOf(const RunTableModel &runs)
{
    const QStringList paths = runs.fieldPaths();
    QHash<QString, FieldType> types;
    for (const SysField &sys : SysCatalogue::fields())
        types.insert(sys.path(), sys.type);
    const qsizetype wanted = types.size() + std::count_if(paths.cbegin(), paths.cend(), [](const QString &path) {
                                 return !path.startsWith(QLatin1String("sys/"));
                             });
    // Most paths are in the first runs: stop reading runs once every path has its type.
    for (int row = 0; row < runs.rowCount() && types.size() < wanted; ++row) {
        const QueryRun &run = runs.queryRun(row);
        for (const QString &path : run.paths()) {
            if (!path.startsWith(QLatin1String("sys/")) && !types.contains(path))
                types.insert(path, run.field(path)->type());
        }
    }
    QList<Field> fields;
    fields.reserve(paths.size());
    for (const QString &path : paths)
        fields.append({path, types.value(path, FieldType::String)});
    return fields;
}

void FieldPathTreeModel::setFields(const QList<Field> &fields)
{
    beginResetModel();
    m_root = std::make_unique<FieldPathNode>();
    m_fields.clear();
    for (const Field &field : fields) {
        if (!m_fields.contains(field.path))
            m_fields.insert(field.path, m_root->addField(field.path, field.type));
    }
    m_root->sortChildren();
    for (auto it = m_checked.begin(); it != m_checked.end();)
        it = m_fields.contains(*it) ? std::next(it) : m_checked.erase(it);
    endResetModel();
}

std::optional<FieldType> FieldPathTreeModel::typeOf(const QString &path) const
{
    const FieldPathNode *node = m_fields.value(path);
    return node ? node->type() : std::nullopt;
}

void FieldPathTreeModel::setChecked(const QString &path, bool checked)
{
    if (!m_fields.contains(path) || m_checked.contains(path) == checked)
        return;
    if (checked)
        m_checked.insert(path);
    else
        m_checked.remove(path);
    const QModelIndex index = indexOfPath(path);
    emit dataChanged(index, index, {Qt::CheckStateRole});
}

QModelIndex FieldPathTreeModel::indexOfPath(const QString &path) const
{
    const FieldPathNode *node = m_fields.value(path);
    return node ? indexFromNode(node) : QModelIndex();
}

FieldPathNode *FieldPathTreeModel::nodeFromIndex(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<FieldPathNode *>(index.internalPointer()) : m_root.get();
}

QModelIndex FieldPathTreeModel::indexFromNode(const FieldPathNode *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<FieldPathNode *>(node));
}

QModelIndex FieldPathTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return indexFromNode(nodeFromIndex(parent)->child(row), column);
}

QModelIndex FieldPathTreeModel::parent(const QModelIndex &child) const
{
    return child.isValid() ? indexFromNode(nodeFromIndex(child)->parent()) : QModelIndex();
}

int FieldPathTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    return nodeFromIndex(parent)->childCount();
}

int FieldPathTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FieldPathTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const FieldPathNode *node = nodeFromIndex(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TypeColumn)
            return node->type() ? fieldTypeDisplayName(*node->type()) : QString();
        return node->name();
    case Qt::ToolTipRole:
        return node->path();
    case Qt::FontRole: {
        if (node->isField())
            return {};
        QFont bold; // namespaces stand out from the fields they group
        bold.setBold(true);
        return bold;
    }
    case Qt::CheckStateRole:
        if (index.column() != NameColumn || !node->isField())
            return {};
        return m_checked.contains(node->path()) ? Qt::Checked : Qt::Unchecked;
    case PathRole:
        return node->path();
    case IsFieldRole:
        return node->isField();
    case TypeRole:
        return node->type() ? QVariant(int(*node->type())) : QVariant();
    default:
        return {};
    }
}

bool FieldPathTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || !checkIndex(index) || index.column() != NameColumn ||
        !nodeFromIndex(index)->isField())
        return false;
    const QString &path = nodeFromIndex(index)->path();
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (m_checked.contains(path) == checked)
        return true;
    setChecked(path, checked);
    emit checkToggled(path, checked);
    return true;
}

Qt::ItemFlags FieldPathTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeFromIndex(index)->isField() && index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant FieldPathTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Field") : section == TypeColumn ? tr("Type") : QVariant();
}

} // namespace nereid
