#pragma once

#include <QMenu>

namespace nereid {

class RunTableModel;

// The experiments table's header menu: first "Choose columns…" (the ColumnChooserDialog, which the view opens),
// then every field path of the project grouped by its first namespace, checked when it is a column. Checking
// adds the column at the end, unchecking removes it; on a float series' header, which summary it shows;
// "Reset to defaults" brings back the default columns.
class ColumnMenu : public QMenu
{
    Q_OBJECT

public:
    // `column`: the column whose header was clicked; a float series offers its summaries (last, min, max,
    // mean) to show instead, or beside it as a new column.
    explicit ColumnMenu(RunTableModel *runs, int column = -1, QWidget *parent = nullptr);

    // The action of `path`, for tests and keyboard users; nullptr when the project has no such path.
    QAction *actionFor(const QString &path) const;

signals:
    // "Choose columns…" was picked.
    void chooserRequested();
    // "Reset to defaults" replaced the columns: the header's layout is new, to be saved (else the one saved before,
    // with its dragged order, would come back when the project opens again).
    void columnsReset();

private:
    void toggle(const QString &path, bool shown);
    void addAggregateActions(int column);

    RunTableModel *m_runs;
};

} // namespace nereid
