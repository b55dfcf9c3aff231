#include "namespacetreemodel.h"

#include "cache/cache.h"
#include "fieldformat.h"
#include "query/queryfieldfile.h"
#include "queryrunbuilder.h"

namespace nereid {

namespace {

bool sameField(const QueryField &a, const QueryField &b)
{
    return a.type() == b.type() && FieldFormat::display(a) == FieldFormat::display(b) &&
           (a.isAtom() || FieldFormat::seriesSummary(a) == FieldFormat::seriesSummary(b));
}

} // namespace

NamespaceTreeModel::NamespaceTreeModel(Cache *cache, QObject *parent)
    : QAbstractItemModel(parent)
    , m_cache(cache)
    , m_root(std::make_unique<NamespaceNode>())
{
    connect(cache, &Cache::runsChanged, this, &NamespaceTreeModel::onRunsChanged);
    // A project pulled again from scratch (Cache::resetProject) brings the run back as added, maybe changed.
    connect(cache, &Cache::runsAdded, this, &NamespaceTreeModel::onRunsChanged);
}

NamespaceTreeModel::~NamespaceTreeModel() = default;

void NamespaceTreeModel::setRun(const QString &runId)
{
    m_runId = runId;
    reload();
}

void NamespaceTreeModel::reload()
{
    const std::optional<RunRecord> run = m_runId.isEmpty() ? std::nullopt : m_cache->run(m_runId);
    const std::unique_ptr<NamespaceNode> fresh =
        run ? NamespaceNode::build(QueryRunBuilder::fromRecord(*run)) : std::make_unique<NamespaceNode>();
    m_project = run ? run->project : QString();
    merge(m_root.get(), fresh.get());
    // The header says whose fields these are: "CLS-3 · baseline".
    const QString title = !run ? QString()
                          : run->name.isEmpty()
                              ? run->runId
                              : tr("%1 · %2", "tree header: run id · run name").arg(run->runId, run->name);
    if (title != m_title) {
        m_title = title;
        emit headerDataChanged(Qt::Horizontal, NameColumn, NameColumn);
    }
}

void NamespaceTreeModel::onRunsChanged(const QString &, const QStringList &runIds)
{
    if (runIds.contains(m_runId))
        reload();
}

// Makes `shown`'s children those of `fresh`, both in sibling order: removes what fresh lacks, inserts what
// it adds (taking the node from fresh), updates changed values with one dataChanged per parent.
void NamespaceTreeModel::merge(NamespaceNode *shown, NamespaceNode *fresh)
{
    const QModelIndex parentIndex = indexFromNode(shown);
    int j = 0;
    for (int i = 0; i < shown->childCount();) {
        while (j < fresh->childCount() && NamespaceNode::compare(*fresh->child(j), *shown->child(i)) < 0)
            ++j;
        if (j < fresh->childCount() && NamespaceNode::compare(*fresh->child(j), *shown->child(i)) == 0) {
            ++i;
            continue;
        }
        beginRemoveRows(parentIndex, i, i);
        shown->takeChild(i);
        endRemoveRows();
    }
    int firstChanged = -1, lastChanged = -1;
    for (int row = 0; row < fresh->childCount(); ++row) {
        NamespaceNode *next = fresh->child(row);
        NamespaceNode *existing = row < shown->childCount() ? shown->child(row) : nullptr;
        if (existing && NamespaceNode::compare(*existing, *next) == 0) {
            if (existing->isNamespace()) {
                merge(existing, next);
            } else if (!sameField(existing->field(), next->field())) {
                existing->setField(next->field());
                firstChanged = firstChanged < 0 ? row : firstChanged;
                lastChanged = row;
            }
            continue;
        }
        beginInsertRows(parentIndex, row, row);
        shown->insertChild(row, fresh->takeChild(row));
        fresh->insertChild(row, std::make_unique<NamespaceNode>()); // keeps fresh's rows aligned
        endInsertRows();
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, TypeColumn, parentIndex), index(lastChanged, ValueColumn, parentIndex));
}

QModelIndex NamespaceTreeModel::indexOfPath(const QString &path) const
{
    const NamespaceNode *node = m_root.get();
    for (const QString &segment : path.split(QLatin1Char('/'))) {
        const NamespaceNode *found = nullptr;
        for (int row = 0; row < node->childCount() && !found; ++row) {
            if (node->child(row)->name() == segment)
                found = node->child(row);
        }
        if (!found)
            return {};
        node = found;
    }
    return indexFromNode(node);
}

NamespaceNode *NamespaceTreeModel::nodeFromIndex(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<NamespaceNode *>(index.internalPointer()) : m_root.get();
}

QModelIndex NamespaceTreeModel::indexFromNode(const NamespaceNode *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<NamespaceNode *>(node));
}

QModelIndex NamespaceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeFromIndex(parent)->child(row));
}

QModelIndex NamespaceTreeModel::parent(const QModelIndex &child) const
{
    return child.isValid() ? indexFromNode(nodeFromIndex(child)->parent()) : QModelIndex();
}

int NamespaceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return nodeFromIndex(parent)->childCount();
}

int NamespaceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant NamespaceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const NamespaceNode *node = nodeFromIndex(index);
    if (role == PathRole)
        return node->path();
    if (role == IsNamespaceRole)
        return node->isNamespace();
    if (role == FieldTypeRole)
        return node->isNamespace() ? QVariant() : QVariant(int(node->field().type()));
    if (role == FileRole) {
        if (node->isNamespace())
            return {};
        // A file series previews, saves and opens its last image.
        const std::optional<FileRef> file = fileOf(node->field());
        return file ? QVariant(file->toJson()) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return role == Qt::ToolTipRole ? node->path() : node->name();
    case TypeColumn:
        return node->isNamespace() ? tr("Namespace") : fieldTypeDisplayName(node->field().type());
    case ValueColumn:
        if (node->isNamespace())
            return {};
        return isSeries(node->field().type()) ? FieldFormat::seriesSummary(node->field())
                                              : FieldFormat::displayAt(node->path(), node->field());
    default:
        return {};
    }
}

QVariant NamespaceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return m_title.isEmpty() ? tr("Name") : m_title;
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

} // namespace nereid
