// RunGroupModel following the table live: rows inserted and removed move runs into and out of groups (groups
// appear and vanish as rows of their own), a changed run whose key changed moves to its new group, and the
// table's sort reorders the runs inside each group as a layout change. Nothing is regrouped from scratch.
#include "runfilterproxymodel.h"
#include "rungroupmodel.h"
#include "rungroupvalues.h"

#include <algorithm>

namespace nereid {

RunGroupModel::Group *RunGroupModel::findOrInsertGroup(const QString &key, int tableRow)
{
    if (Group *group = m_groupOfKey.value(key))
        return group;
    auto made = std::make_unique<Group>();
    const QueryRun &run = runOfRow(tableRow);
    made->key = key;
    made->label = RunGroupValues::label(run, m_grouping.fields);
    made->sortValues = RunGroupValues::sortValues(run, m_grouping.fields);
    const auto at = std::upper_bound(m_groups.begin(), m_groups.end(), made, [](const auto &a, const auto &b) {
        return RunGroupValues::lessThan(a->sortValues, b->sortValues);
    });
    const int row = int(at - m_groups.begin());
    Group *group = made.get();
    beginInsertRows({}, row, row);
    m_groups.insert(at, std::move(made));
    m_groupOfKey.insert(key, group);
    renumberGroups(row);
    endInsertRows();
    return group;
}

void RunGroupModel::removeGroupIfEmpty(Group *group)
{
    if (!group->rows.empty())
        return;
    const int row = group->row;
    beginRemoveRows({}, row, row);
    m_groupOfKey.remove(group->key);
    m_groups.erase(m_groups.begin() + row);
    renumberGroups(row);
    endRemoveRows();
}

void RunGroupModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (const auto &group : m_groups) {
        for (int &row : group->rows)
            row += row >= first ? count : 0;
    }
    m_groupOfRow.insert(m_groupOfRow.begin() + first, size_t(count), nullptr);
    if (m_grouping.fields.isEmpty())
        return;
    // The new rows by group, in order: each group takes its share in one insertion.
    QList<QString> keys;
    QHash<QString, std::vector<int>> rowsOfKey;
    for (int row = first; row <= last; ++row) {
        const QString key = keyOfRow(row);
        auto &rows = rowsOfKey[key];
        if (rows.empty())
            keys.append(key);
        rows.push_back(row);
    }
    for (const QString &key : keys) {
        const std::vector<int> &rows = rowsOfKey[key];
        Group *group = findOrInsertGroup(key, rows.front());
        const auto at = std::lower_bound(group->rows.begin(), group->rows.end(), rows.front());
        const int position = int(at - group->rows.begin());
        beginInsertRows(groupIndex(group), position, position + int(rows.size()) - 1);
        group->rows.insert(at, rows.cbegin(), rows.cend());
        for (const int row : rows)
            m_groupOfRow[size_t(row)] = group;
        endInsertRows();
        groupChanged(group);
    }
}

void RunGroupModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_grouping.fields.isEmpty())
        return;
    // The rows of one group in [first, last] are side by side among its rows: one removal per group.
    int row = first;
    while (row <= last) {
        Group *group = m_groupOfRow[size_t(row)];
        const auto from = std::lower_bound(group->rows.begin(), group->rows.end(), row);
        const auto to = std::upper_bound(from, group->rows.end(), last);
        beginRemoveRows(groupIndex(group), int(from - group->rows.begin()), int(to - group->rows.begin()) - 1);
        for (auto it = from; it != to; ++it)
            m_groupOfRow[size_t(*it)] = nullptr;
        group->rows.erase(from, to);
        endRemoveRows();
        if (group->rows.empty())
            removeGroupIfEmpty(group);
        else
            groupChanged(group);
        while (row <= last && !m_groupOfRow[size_t(row)])
            ++row;
    }
}

void RunGroupModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    m_groupOfRow.erase(m_groupOfRow.begin() + first, m_groupOfRow.begin() + last + 1);
    for (const auto &group : m_groups) {
        for (int &row : group->rows)
            row -= row > last ? count : 0;
    }
}

void RunGroupModel::moveToGroup(int tableRow, const QString &key)
{
    Group *from = m_groupOfRow[size_t(tableRow)];
    const auto at = std::lower_bound(from->rows.begin(), from->rows.end(), tableRow);
    const int position = int(at - from->rows.begin());
    beginRemoveRows(groupIndex(from), position, position);
    from->rows.erase(at);
    m_groupOfRow[size_t(tableRow)] = nullptr;
    endRemoveRows();
    if (from->rows.empty())
        removeGroupIfEmpty(from);
    else
        groupChanged(from);
    Group *to = findOrInsertGroup(key, tableRow);
    const auto place = std::lower_bound(to->rows.begin(), to->rows.end(), tableRow);
    const int toPosition = int(place - to->rows.begin());
    beginInsertRows(groupIndex(to), toPosition, toPosition);
    to->rows.insert(place, tableRow);
    m_groupOfRow[size_t(tableRow)] = to;
    endInsertRows();
    groupChanged(to);
}

void RunGroupModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (topLeft.parent().isValid() || m_grouping.fields.isEmpty())
        return;
    // Runs whose key changed move first; then the others get one dataChanged per group over their span.
    std::vector<bool> moved(size_t(bottomRight.row() - topLeft.row() + 1), false);
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QString key = keyOfRow(row);
        if (m_groupOfRow[size_t(row)]->key != key) {
            moveToGroup(row, key);
            moved[size_t(row - topLeft.row())] = true;
        }
    }
    QHash<Group *, std::pair<int, int>> spans;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (moved[size_t(row - topLeft.row())])
            continue;
        Group *group = m_groupOfRow[size_t(row)];
        const int position = int(std::lower_bound(group->rows.begin(), group->rows.end(), row) - group->rows.begin());
        auto span = spans.find(group);
        if (span == spans.end())
            spans.insert(group, {position, position});
        else
            *span = {qMin(span->first, position), qMax(span->second, position)};
    }
    for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
        Group *group = it.key();
        const QModelIndex parent = groupIndex(group);
        emit dataChanged(index(it->first, topLeft.column(), parent), index(it->second, bottomRight.column(), parent));
        groupChanged(group);
    }
}

void RunGroupModel::onLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged();
    m_savedFrom = persistentIndexList();
    m_saved.clear();
    m_saved.reserve(m_savedFrom.size());
    for (const QModelIndex &index : m_savedFrom) {
        const int row = tableRow(index);
        Saved saved;
        saved.column = index.column();
        if (row >= 0)
            saved.tableIndex = m_table->index(row, 0);
        else
            saved.groupKey = m_groups[size_t(index.row())]->key;
        saved.isGroup = row < 0;
        m_saved.append(saved);
    }
}

void RunGroupModel::onLayoutChanged()
{
    regroup();
    QModelIndexList to;
    to.reserve(m_saved.size());
    for (const Saved &saved : std::as_const(m_saved)) {
        if (!saved.isGroup)
            to.append(saved.tableIndex.isValid() ? indexOfTableRow(saved.tableIndex.row(), saved.column)
                                                 : QModelIndex());
        else if (const Group *group = m_groupOfKey.value(saved.groupKey))
            to.append(groupIndex(group, saved.column));
        else
            to.append(QModelIndex());
    }
    changePersistentIndexList(m_savedFrom, to);
    m_saved.clear();
    m_savedFrom.clear();
    emit layoutChanged();
}

} // namespace nereid
