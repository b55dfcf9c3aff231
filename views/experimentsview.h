#pragma once

#include "models/runcolumn.h"
#include "models/rungrouping.h"

#include <QSet>
#include <QWidget>

class QAction;
class QCheckBox;
class QMenu;
class QBoxLayout;
class QTableView;
class QTreeView;

namespace nereid {

class FilterBox;
class ObjectKindSwitcher;
class RunCounts;
class RunFilterProxyModel;
class RunGroupModel;
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
    // Runs | Models | Versions of a model (issue 21): what the table lists.
    ObjectKindSwitcher *kindSwitcher() const { return m_kinds; }
    // Shows the eye column (which runs the charts draw) and adds "Hide in charts" (H) on the selected runs.
    void setVisibility(RunVisibility *visibility);
    void toggleSelectedInCharts();
    // How many runs the table shows of how many (the status bar says "N of M runs").
    RunCounts *runCounts() const { return m_counts; }

    // Group by (issue 17, item 3; experimentsviewgroups.cpp): with grouping on, a tree of groups of runs
    // (RunGroupModel) takes the table's place; selecting a group selects its runs.
    const RunGrouping &grouping() const { return m_grouping; }
    void setGrouping(const RunGrouping &grouping);
    // "Groups" (Ctrl+G, checkable) and "Group by…" (Ctrl+Shift+G), for the menus.
    QAction *groupsAction() const { return m_groupsAction; }
    QAction *groupByAction() const { return m_groupByAction; }
    // "Group by…": the GroupByDialog (window-modal, this returns at once); its OK groups by the fields checked.
    void chooseGrouping();
    QTreeView *groupTree() const { return m_groupTree; }
    RunGroupModel *groupModel() const { return m_groupModel; }
    // The selected runs by group (each group's label and its selected runs), for charts in groups mode;
    // empty when not grouped.
    QList<std::pair<QString, QStringList>> selectedGroups() const;

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
    // "Stage" on the selected model versions: "none", "staging", "production" or "archived".
    void stageRequested(const QStringList &versionIds, const QString &stage);
    // A column was moved or resized, the sort changed, or the columns were replaced (chooser, Reset to defaults).
    void layoutEdited();
    // The grouping changed (fields, on or off, an aggregate): to remember per project.
    void groupingChanged(const nereid::RunGrouping &grouping);

protected:
    // Enter on a group row of the tree opens or closes it (on a run it asks for the run's information).
    bool eventFilter(QObject *watched, QEvent *event) override;
    // A wider table shows columns applyColumns() left unfitted.
    void resizeEvent(QResizeEvent *event) override;

private:
    void showContextMenu(const QPoint &position);
    void ensureCurrentRun();
    void fitColumn(int column);
    // Fits the columns applyColumns() left at their header's width once they scroll into sight.
    void fitColumnsInSight();
    void selectRuns(const QString &current, const QStringList &selected);
    void setUpGrouping(QBoxLayout *layout);
    void showGroupHeaderMenu(const QPoint &at);
    void showGroupTreeMenu(const QPoint &at);
    QStringList groupedSelectedRunIds() const;
    // Delete (trash), Ctrl+C (copy the ids) and Enter (run information) on the selected runs, in either view.
    void setUpRunKeys();
    // Trash for selected runs not in the trash, Restore for those in it: only what would change something.
    void addTrashActions(QMenu *menu);
    // Groups mode: the tree's selection and the hidden table's are the same runs, whichever changed (the scatter
    // plot selects in the table). The tree's current run follows the table's, its group opened and in sight.
    void followTableSelection();
    void followTableCurrent();
    void selectRunsOfTreeInTable();

    void addStageMenu(QMenu *menu);
    // A model was opened (Enter, double-click, "Show versions"): the table lists its versions.
    void openModel(const QString &modelId);

    RunTableModel *m_runs;
    ObjectKindSwitcher *m_kinds;
    RunFilterProxyModel *m_proxy;
    RunCounts *m_counts;
    FilterBox *m_filter;
    QCheckBox *m_showTrashed;
    QTableView *m_table;
    RunVisibility *m_visibility = nullptr;
    QAction *m_hideInCharts = nullptr;
    QAction *m_trash = nullptr;   // Delete: trash the selection
    QAction *m_copyIds = nullptr; // Ctrl+C: the selected runs' ids, a line each
    RunGrouping m_grouping;
    RunGroupModel *m_groupModel = nullptr;
    QTreeView *m_groupTree = nullptr;
    QAction *m_groupsAction = nullptr;
    QAction *m_groupByAction = nullptr;
    bool m_syncingSelection = false; // the table and the tree are being made to agree
    QSet<QString> m_unfitted;        // keys of columns not yet fitted to their rows (out of sight when chosen)
};

} // namespace nereid
