#pragma once

#include "columnsorter.h"
#include "domain/runrecord.h"
#include "query/queryrun.h"
#include "runcolumn.h"
#include "runloader.h"

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

    // Loads the project's runs from the cache (a model reset: the whole table changes). The first
    // FirstScreenful runs are read at once; a larger project's others arrive from a RunLoader as inserted
    // rows, with loadProgress after each chunk and loadFinished at the end.
    // With a scope, the table shows the project's objects of that kind instead (its models, or a model's
    // versions: issue 21), with the same columns, sorting and filtering.
    void setProject(const QString &project, const ObjectScope &scope = {});
    const ObjectScope &scope() const { return m_scope; }
    bool isLoading() const { return m_loader.isLoading(); }
    static constexpr int FirstScreenful = 1000;
    // The same with runs already read (each with its fields); the model keeps their sys fields and a
    // QueryRun of each, not the FieldRecords, so 100,000 runs of 200 fields fit in memory once.
    void setRuns(const QString &project, QList<RunRecord> runs);
    // Appends runs this model does not have yet (rows inserted, then the chosen order kept); `views` are
    // their QueryRuns when the caller built them already.
    void addRuns(QList<RunRecord> runs, QList<QueryRun> views = {});
    // Replaces runs this model has (by id) with newer versions: their rows change in place and, when the table
    // is sorted, move to where their new values belong. What the cache's runsChanged leads to.
    void updateRuns(QList<RunRecord> runs);
    const QString &project() const { return m_project; }

    const QList<RunColumn> &columns() const { return m_columns; }
    void setColumns(const QList<RunColumn> &columns);
    void insertRunColumn(int position, const RunColumn &column);
    void removeRunColumn(int position);
    // Shows another summary of the float series in `position` (the header and cells change in place).
    void setColumnAggregate(int position, SeriesAggregate aggregate);
    // The type of the column's field in the first run that has it; nullopt when no run has it.
    std::optional<FieldType> columnType(int position) const;

    // Every field path the project's runs have, sys fields first in catalogue order, then the others sorted:
    // what the column chooser offers.
    QStringList fieldPaths() const;
    // RunColumn::defaults() and the most recently modified run's latest float series.
    QList<RunColumn> defaultColumns(int metrics = 4) const;
    int columnOf(const RunColumn &column) const { return int(m_columns.indexOf(column)); }

    // A run's sys fields (its other fields are in queryRun()).
    const RunRecord &record(int row) const { return m_records[m_order[row]]; }
    const QueryRun &queryRun(int row) const { return m_views[m_order[row]]; }
    // -1 when the project has no such run.
    int rowOf(const QString &runId) const
    {
        const qsizetype stored = m_storedAt.value(runId, -1);
        return stored < 0 ? -1 : m_rowOfStored[stored];
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }

signals:
    void loadProgress(qsizetype loaded, qsizetype total);
    // The whole project is in the table; `error` is empty or says why some runs could not be read.
    void loadFinished(const QString &error);

private:
    void onChunkLoaded(const QString &project, const RunLoader::Chunk &chunk);
    void onLoadFinished(const QString &project, const QString &error);
    void onRunsAdded(const QString &project, const QStringList &runIds);
    void onRunsChanged(const QString &project, const QStringList &runIds);
    QVariant cellData(qsizetype stored, const RunColumn &column, int role) const;
    // The stored positions of the runs in sorted order; empty when unsorted.
    QList<qsizetype> sortedOrder() const;
    // Shows the runs in `order` (stored positions; an empty order leaves them); answers the new row of each
    // old row. The runs themselves stay where they are stored: a sort moves ints, not runs.
    QList<int> reorder(const QList<qsizetype> &order);
    void applySort();
    void applyOrder(const QList<qsizetype> &order);
    // Moves the runs at these stored positions, which changed, to their places in the sorted order.
    void placeChanged(const QList<qsizetype> &positions);
    // Keeps the record without its fields, and its QueryRun (built here unless given).
    void store(qsizetype stored, RunRecord run, std::optional<QueryRun> view = std::nullopt);

    QPointer<Cache> m_cache;
    QString m_project;
    ObjectScope m_scope; // what setProject() loaded: runs, models or a model's versions
    QList<RunColumn> m_columns;
    // The runs in the order they were loaded ("stored positions"), as parallel lists (RunOrder sorts a
    // QList<QueryRun>); rows show them in m_order.
    QList<RunRecord> m_records;
    QList<QueryRun> m_views;
    QHash<QString, qsizetype> m_storedAt;
    QList<qsizetype> m_order; // row -> stored position
    QList<int> m_rowOfStored; // stored position -> row
    mutable ColumnSorter m_sorter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    RunLoader m_loader;
    qsizetype m_loadTotal = 0;
};

} // namespace nereid
