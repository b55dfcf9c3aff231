#include "rungroupmodel.h"

#include "fieldformat.h"
#include "runfilterproxymodel.h"
#include "rungroupvalues.h"
#include "runtablemodel.h"

#include <algorithm>

namespace nereid {

RunGroupModel::RunGroupModel(RunFilterProxyModel *table, QObject *parent)
    : QAbstractItemModel(parent)
    , m_table(table)
{
    connect(table, &QAbstractItemModel::modelAboutToBeReset, this, &RunGroupModel::beginResetModel);
    connect(table, &QAbstractItemModel::modelReset, this, [this] {
        regroup();
        endResetModel();
    });
    // Columns are the table's: a change of them is rare (the column chooser) and resets the tree.
    for (auto about : {&QAbstractItemModel::columnsAboutToBeInserted, &QAbstractItemModel::columnsAboutToBeRemoved})
        connect(table, about, this, &RunGroupModel::beginResetModel);
    for (auto done : {&QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved}) {
        connect(table, done, this, [this] {
            regroup();
            endResetModel();
        });
    }
    connect(table, &QAbstractItemModel::columnsAboutToBeMoved, this, &RunGroupModel::beginResetModel);
    connect(table, &QAbstractItemModel::columnsMoved, this, [this] {
        regroup();
        endResetModel();
    });
    connect(table, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    connect(table, &QAbstractItemModel::rowsInserted, this, &RunGroupModel::onRowsInserted);
    connect(table, &QAbstractItemModel::rowsAboutToBeRemoved, this, &RunGroupModel::onRowsAboutToBeRemoved);
    connect(table, &QAbstractItemModel::rowsRemoved, this, &RunGroupModel::onRowsRemoved);
    connect(table, &QAbstractItemModel::dataChanged, this, &RunGroupModel::onDataChanged);
    connect(table, &QAbstractItemModel::layoutAboutToBeChanged, this, &RunGroupModel::onLayoutAboutToBeChanged);
    connect(table, &QAbstractItemModel::layoutChanged, this, &RunGroupModel::onLayoutChanged);
    connect(table, &QAbstractItemModel::rowsAboutToBeMoved, this, &RunGroupModel::onLayoutAboutToBeChanged);
    connect(table, &QAbstractItemModel::rowsMoved, this, &RunGroupModel::onLayoutChanged);
    regroup();
}

RunGroupModel::~RunGroupModel() = default;

void RunGroupModel::setGrouping(const RunGrouping &grouping)
{
    if (grouping.fields != m_grouping.fields) {
        beginResetModel();
        m_grouping = grouping;
        regroup();
        endResetModel();
        return;
    }
    const bool aggregatesChanged = grouping.aggregates != m_grouping.aggregates;
    m_grouping = grouping;
    if (aggregatesChanged && !m_groups.empty()) {
        for (const auto &group : m_groups)
            group->cells.clear();
        emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, columnCount() - 1));
    }
}

const QueryRun &RunGroupModel::runOfRow(int tableRow) const
{
    return m_table->runModel()->queryRun(m_table->mapToSource(m_table->index(tableRow, 0)).row());
}

QString RunGroupModel::keyOfRow(int tableRow) const
{
    return RunGroupValues::key(runOfRow(tableRow), m_grouping.fields);
}

void RunGroupModel::regroup()
{
    m_groups.clear();
    m_groupOfKey.clear();
    const int rows = m_table->rowCount();
    m_groupOfRow.assign(size_t(rows), nullptr);
    if (m_grouping.fields.isEmpty())
        return;
    for (int row = 0; row < rows; ++row) {
        const QueryRun &run = runOfRow(row);
        Group *&group = m_groupOfKey[RunGroupValues::key(run, m_grouping.fields)];
        if (!group) {
            auto made = std::make_unique<Group>();
            made->label = RunGroupValues::label(run, m_grouping.fields);
            made->sortValues = RunGroupValues::sortValues(run, m_grouping.fields);
            group = made.get();
            m_groups.push_back(std::move(made));
        }
        group->rows.push_back(row);
        m_groupOfRow[size_t(row)] = group;
    }
    for (auto it = m_groupOfKey.begin(); it != m_groupOfKey.end(); ++it)
        it.value()->key = it.key();
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const auto &a, const auto &b) {
        return RunGroupValues::lessThan(a->sortValues, b->sortValues);
    });
    renumberGroups(0);
}

void RunGroupModel::renumberGroups(int from)
{
    for (size_t row = size_t(from); row < m_groups.size(); ++row)
        m_groups[row]->row = int(row);
}

int RunGroupModel::tableRow(const QModelIndex &index) const
{
    const auto *group = static_cast<const Group *>(index.internalPointer());
    return index.isValid() && group ? group->rows[size_t(index.row())] : -1;
}

QModelIndex RunGroupModel::indexOfTableRow(int row, int column) const
{
    if (row < 0 || size_t(row) >= m_groupOfRow.size() || !m_groupOfRow[size_t(row)])
        return {};
    const Group *group = m_groupOfRow[size_t(row)];
    const auto at = std::lower_bound(group->rows.cbegin(), group->rows.cend(), row);
    return createIndex(int(at - group->rows.cbegin()), column, group);
}

QModelIndex RunGroupModel::groupIndex(const Group *group, int column) const
{
    return createIndex(group->row, column, nullptr);
}

QModelIndex RunGroupModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount())
        return {};
    if (!parent.isValid())
        return size_t(row) < m_groups.size() ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.column() != 0)
        return {};
    const Group *group = m_groups[size_t(parent.row())].get();
    return size_t(row) < group->rows.size() ? createIndex(row, column, group) : QModelIndex();
}

QModelIndex RunGroupModel::parent(const QModelIndex &child) const
{
    const auto *group = static_cast<const Group *>(child.internalPointer());
    return child.isValid() && group ? groupIndex(group) : QModelIndex();
}

int RunGroupModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalPointer() || parent.column() != 0)
        return 0;
    return int(m_groups[size_t(parent.row())]->rows.size());
}

int RunGroupModel::columnCount(const QModelIndex &) const
{
    return m_table->columnCount();
}

bool RunGroupModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant RunGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_table->headerData(section, orientation, role);
}

Qt::ItemFlags RunGroupModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable |
           (index.internalPointer() ? Qt::ItemNeverHasChildren : Qt::NoItemFlags);
}

void RunGroupModel::sort(int column, Qt::SortOrder order)
{
    m_table->sort(column, order); // the table sorts; its layout change reorders every group's runs
}

QVariant RunGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const auto *group = static_cast<const Group *>(index.internalPointer())) {
        const QModelIndex run = m_table->index(group->rows[size_t(index.row())], index.column());
        switch (role) {
        case IsGroupRole:
            return false;
        case GroupRunIdsRole:
            return QStringList{run.data(RunTableModel::RunIdRole).toString()};
        default:
            return run.data(role);
        }
    }
    return groupData(*m_groups[size_t(index.row())], index.column(), role);
}

} // namespace nereid
