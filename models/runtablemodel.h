#pragma once

#include "cache/runrecord.h"
#include "query/queryrun.h"
#include "runcolumn.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace nereid {

class Cache;

// The experiments table: one row per run of a project, read from the Cache; one column per RunColumn.
// Sync changes arrive as the cache's signals and update rows in place (rowsInserted, dataChanged batched by
// row range), so selections and the scroll position survive. Sorting reorders the model's own rows by
// typed value through RunOrder (numbers as numbers, datetimes as datetimes, empty cells last) and keeps
// persistent indexes; it is faster than sorting through a proxy's display text.
class RunTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        SortRole = Qt::UserRole, // the typed value: double, qint64, bool, QDateTime, QString; null when empty
        RunIdRole,
        FailedRole,
        ActiveRole,
        TrashedRole,
        PathRole, // headerData: the column's field path
    };

    explicit RunTableModel(Cache *cache, QObject *parent = nullptr);

    // Loads the project's runs (a model reset: the whole table changes).
    void setProject(const QString &project);
    const QString &project() const { return m_project; }

    const QList<RunColumn> &columns() const { return m_columns; }
    void setColumns(const QList<RunColumn> &columns);
    void insertRunColumn(int position, const RunColumn &column);
    void removeRunColumn(int position);

    // Every field path the project's runs have, sys fields first in catalogue order, then the others sorted:
    // what the column chooser offers.
    QStringList fieldPaths() const;
    int columnOf(const RunColumn &column) const { return int(m_columns.indexOf(column)); }

    const RunRecord &record(int row) const { return m_records[row]; }
    const QList<RunRecord> &records() const { return m_records; }
    const QueryRun &queryRun(int row) const { return m_views[row]; }
    // -1 when the project has no such run.
    int rowOf(const QString &runId) const { return m_rowOfId.value(runId, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }

private:
    void onRunsAdded(const QString &project, const QStringList &runIds);
    void onRunsChanged(const QString &project, const QStringList &runIds);
    QVariant cellData(int row, const RunColumn &column, int role) const;
    // The sorted positions of the rows for the current sort column; empty when unsorted.
    QList<qsizetype> sortedOrder() const;
    // Puts the rows in `order` (an empty order leaves them); answers the new row of each old row.
    QList<int> reorder(const QList<qsizetype> &order);
    void applySort();
    void reindex();

    QPointer<Cache> m_cache;
    QString m_project;
    QList<RunColumn> m_columns;
    QList<RunRecord> m_records; // parallel lists: RunOrder sorts a QList<QueryRun>
    QList<QueryRun> m_views;
    QHash<QString, int> m_rowOfId;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace nereid
