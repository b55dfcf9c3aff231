#pragma once

#include "domain/fieldtype.h"
#include "runcolumn.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace nereid {

class RunFilterProxyModel;

// What a plot draws: one row per run the experiments table shows (the rows of its RunFilterProxyModel, in their
// order) and one column per chosen RunColumn, each cell a number (Int and Float fields, a float series' summary) or a
// category (String and Bool fields, ordered naturally). Follows the table: a filter, a sync or a live run changes
// the rows here a moment later, once per burst of changes.
class PlotTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        ValueRole = Qt::UserRole, // double: the number, or the category's index; NaN when the run has no value
        RunIdRole,
    };

    explicit PlotTableModel(RunFilterProxyModel *runs, QObject *parent = nullptr);

    void setPlotColumns(const QList<RunColumn> &columns);
    const QList<RunColumn> &plotColumns() const { return m_columns; }
    // Reads the rows again now rather than after the burst of changes.
    void refresh();

    bool isCategorical(int column) const { return m_kinds.value(column) != Kind::Numeric; }
    bool isBoolean(int column) const { return m_kinds.value(column) == Kind::Boolean; }
    const QStringList &categories(int column) const { return m_categories[column]; }
    // The column's cells, row by row: what the plots read, without a QVariant per cell.
    const QList<double> &values(int column) const { return m_values[column]; }
    QString runId(int row) const { return m_runIds.value(row); }
    // "SWP-3 · SGD lr=0.1": how a plot names a run.
    QString runLabel(int row) const;
    // The run's row in the experiments table's proxy (column 0), for its selection model.
    QModelIndex tableIndex(int row) const;
    int rowOfTableIndex(const QModelIndex &index) const;
    RunFilterProxyModel *runs() const { return m_runs; }

    // The columns a plot can take from the project's runs: Int and Float fields, each float series' last, min and
    // max, String and Bool fields; in path order, sys fields first.
    static QList<RunColumn> plottableColumns(const RunFilterProxyModel &runs);
    static bool isPlottable(FieldType type);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class Kind
    {
        Numeric,
        Categorical,
        Boolean,
    };

    void read();
    Kind kindOf(const RunColumn &column) const;

    RunFilterProxyModel *m_runs;
    QList<RunColumn> m_columns;
    QList<Kind> m_kinds;
    QList<QList<double>> m_values;
    QList<QStringList> m_categories;
    QStringList m_runIds;
    QStringList m_runNames;
    QTimer m_refresh;
};

} // namespace nereid
