#pragma once

#include "rungrouping.h"

#include <memory>
#include <QAbstractItemModel>
#include <QPersistentModelIndex>
#include <vector>

namespace nereid {

class QueryRun;
class RunFilterProxyModel;

// The experiments table grouped: a tree over the filtered table (RunFilterProxyModel) with one parent row per
// group of runs that share the grouped fields' values, and the runs as its children, in the table's order and
// with the table's columns. A group row's first column names the value and the count; numeric columns show the
// chosen aggregate (mean, min or max) of its runs, computed when first shown and kept until a run of the group
// changes; other columns show the value when every run of the group has the same one.
// Live: runs added, removed or changed in the table move between groups by rows inserted and removed, not a reset.
class RunGroupModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        IsGroupRole = Qt::UserRole + 64,
        GroupRunIdsRole, // the run ids of a group (of a run row, its own id)
        GroupLabelRole,  // the group's values, without the count
        GroupSizeRole,
    };

    explicit RunGroupModel(RunFilterProxyModel *table, QObject *parent = nullptr);
    ~RunGroupModel() override;

    // Groups by grouping.fields (even when not enabled: the view decides what it shows) with its aggregates.
    void setGrouping(const RunGrouping &grouping);
    const RunGrouping &grouping() const { return m_grouping; }

    // The table's row of a run row; -1 for a group row.
    int tableRow(const QModelIndex &index) const;
    // The run row of the table's row `row`.
    QModelIndex indexOfTableRow(int row, int column = 0) const;
    int groupCount() const { return int(m_groups.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Cell
    {
        QVariant display;
        bool numeric = false;
    };
    struct Group
    {
        QString key;
        QString label;
        QVariantList sortValues;
        std::vector<int> rows;          // table rows, ascending
        int row = 0;                    // this group's row in the model
        mutable QHash<int, Cell> cells; // by column, all filled when the first is shown
    };

    QString keyOfRow(int tableRow) const;
    const QueryRun &runOfRow(int tableRow) const;
    // Groups every row of the table again (no signals: the caller resets or changes the layout).
    void regroup();
    Group *findOrInsertGroup(const QString &key, int tableRow);
    void removeGroupIfEmpty(Group *group);
    void renumberGroups(int from);
    QModelIndex groupIndex(const Group *group, int column = 0) const;
    void groupChanged(Group *group);
    const Cell &cell(const Group &group, int column) const;
    void computeCells(const Group &group) const;
    QString title(const Group &group) const;
    QVariant groupData(const Group &group, int column, int role) const;

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onLayoutAboutToBeChanged();
    void onLayoutChanged();
    // Moves one table row from its group to the group of `key`.
    void moveToGroup(int tableRow, const QString &key);

    RunFilterProxyModel *m_table;
    RunGrouping m_grouping;
    std::vector<std::unique_ptr<Group>> m_groups; // in display order
    QHash<QString, Group *> m_groupOfKey;
    std::vector<Group *> m_groupOfRow; // table row -> its group
    // Across a layout change: our persistent indexes as the table's persistent indexes or group keys.
    struct Saved
    {
        QPersistentModelIndex tableIndex;
        QString groupKey;
        bool isGroup = false;
        int column = 0;
    };
    QList<Saved> m_saved;
    QModelIndexList m_savedFrom;
};

} // namespace nereid
