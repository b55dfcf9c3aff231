#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace nereid {

// "Group by…": the fields to group runs by, checked in a list of the project's field paths that the line above
// filters; the order they were checked in is the order of grouping. Keyboard: type to filter, Tab to the list,
// arrows and Space.
class GroupByDialog : public QDialog
{
    Q_OBJECT

public:
    GroupByDialog(const QStringList &paths, const QStringList &chosen, QWidget *parent = nullptr);

    // The checked paths, in the order they were checked.
    QStringList fields() const { return m_chosen; }

private:
    void filter(const QString &text);

    QLineEdit *m_filter;
    QListWidget *m_list;
    QStringList m_chosen;
};

} // namespace nereid
