#pragma once

#include "models/runcolumn.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace nereid {

class ChosenColumnsList;
class FieldPathTreeModel;
class RunTableModel;

// "Choose columns…": every field path of the project in a tree grouped by namespace, searchable, a checkbox per
// field (checked = a column), beside the chosen columns in table order. Nothing changes until OK; the caller
// then applies columns() to the table at once.
class ColumnChooserDialog : public QDialog
{
    Q_OBJECT

public:
    // `shown`: the table's columns in the order the user sees them (the header may have been dragged).
    ColumnChooserDialog(const RunTableModel *runs, const QList<RunColumn> &shown, QWidget *parent = nullptr);

    // The chosen columns, in the order the table is to show them.
    QList<RunColumn> columns() const;

protected:
    // Enter in the search field goes to the first match, not to OK: people press it after typing a search.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setChosen(const QList<RunColumn> &columns);
    void filter(const QString &text);
    // Without a search, the namespaces holding a chosen column are open, the others closed.
    void expandChosen();
    void toggleField(const QModelIndex &proxyIndex);
    void focusFirstMatch();

    const RunTableModel *m_runs;
    FieldPathTreeModel *m_fields;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_tree;
    ChosenColumnsList *m_chosen;
    QDialogButtonBox *m_buttons;
};

} // namespace nereid
