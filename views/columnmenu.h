#pragma once

#include <QMenu>

namespace nereid {

class RunTableModel;

// The experiments table's column chooser, opened from the header: every field path of the project grouped
// by its first namespace, checked when it is a column. Checking adds the column at the end, unchecking
// removes it; "Reset to defaults" brings back the default columns.
class ColumnMenu : public QMenu
{
    Q_OBJECT

public:
    explicit ColumnMenu(RunTableModel *runs, QWidget *parent = nullptr);

    // The action of `path`, for tests and keyboard users; nullptr when the project has no such path.
    QAction *actionFor(const QString &path) const;

private:
    void toggle(const QString &path, bool shown);

    RunTableModel *m_runs;
};

} // namespace nereid
