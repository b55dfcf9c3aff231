#pragma once

#include "models/runcolumn.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QTableView;

namespace nereid {

class FilterBox;
class RunCounts;
class RunFilterProxyModel;
class RunVisibility;
class RunTableModel;

// The experiments table with its filter box and the "Show trashed" switch. Sorting goes to the
// RunTableModel (typed values); rows are of fixed height so large projects scroll fast.
class ExperimentsView : public QWidget
{
    Q_OBJECT

public:
    explicit ExperimentsView(RunTableModel *runs, QWidget *parent = nullptr);

    QString currentRunId() const;
    QStringList selectedRunIds() const;
    void selectRun(const QString &runId);
    // Sizes the columns to the rows in sight (at most about 40 characters each), after a project opens.
    void fitColumns();
    // The header's layout (column order, widths, sort column and order), to remember per project.
    QByteArray saveLayout() const;
    // False (and nothing changed) when `layout` does not fit the columns shown.
    bool restoreLayout(const QByteArray &layout);
    QTableView *table() const { return m_table; }
    // "Choose columns…": opens the ColumnChooserDialog (window-modal, this returns at once); its OK applies.
    void chooseColumns();
    // Shows `columns`, in this order, in one model change: the header's visual order becomes this order (columns
    // dragged before are put back in place), columns kept keep their width and the sort, new ones are fitted.
    // The layout is then reported as edited, to be saved.
    void applyColumns(const QList<RunColumn> &columns);
    // The table as CSV: the rows shown, in their order, the visible columns in the header's order (RunTableCsv).
    QByteArray tableCsv() const;
    // The filter box's text; a new one is applied at once (the plots' brushes add their clauses to it).
    QString filterText() const;
    void setFilterText(const QString &text);
    // Find (Ctrl+F): the filter line takes the keyboard, its text selected.
    void focusFilter();
    void setShowTrashed(bool show);
    RunFilterProxyModel *proxy() const { return m_proxy; }
    // Shows the eye column (which runs the charts draw) and adds "Hide in charts" (H) on the selected runs.
    void setVisibility(RunVisibility *visibility);
    void toggleSelectedInCharts();
    // How many runs the table shows of how many (the status bar says "N of M runs").
    RunCounts *runCounts() const { return m_counts; }

signals:
    void currentRunChanged(const QString &runId);
    // The selected runs changed (the charts compare them).
    void selectedRunsChanged(const QStringList &runIds);
    // Double-click or Enter on a run, or "Run information…" from its context menu.
    void runInformationRequested(const QString &runId);
    // "Chart colour…" on a run.
    void colorRequested(const QString &runId);
    // "Trash" (true; also the Delete key) or "Restore" (false) on the selected runs.
    void trashRequested(const QStringList &runIds, bool trash);
    // "Add tag…" (true) or "Remove tag…" (false) on the selected runs.
    void tagRequested(const QStringList &runIds, bool add);
    void showTrashedChanged(bool shown);
    // A column was moved or resized, the sort changed, or the columns were replaced (chooser, Reset to defaults).
    void layoutEdited();

private:
    void showContextMenu(const QPoint &position);
    void ensureCurrentRun();
    void fitColumn(int column);
    void selectRuns(const QString &current, const QStringList &selected);

    RunTableModel *m_runs;
    RunFilterProxyModel *m_proxy;
    RunCounts *m_counts;
    FilterBox *m_filter;
    QCheckBox *m_showTrashed;
    QTableView *m_table;
    RunVisibility *m_visibility = nullptr;
    QAction *m_hideInCharts = nullptr;
    QAction *m_trash; // Delete: trash the selection
};

} // namespace nereid
