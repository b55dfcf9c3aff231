#pragma once

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStringListModel;

namespace nereid {

// Picks a series path to chart: the series paths of the selected runs in a list, narrowed as the user types
// (any part of the path, any case). Enter or a double-click takes the current one.
class ChartPathPicker : public QDialog
{
    Q_OBJECT

public:
    ChartPathPicker(const QStringList &paths, QWidget *parent = nullptr);

    QString selectedPath() const;
    QLineEdit *filter() const { return m_filter; }
    QListView *list() const { return m_list; }
    int shownCount() const;

private:
    void selectFirst();

    QLineEdit *m_filter;
    QListView *m_list;
    QStringListModel *m_paths;
    QSortFilterProxyModel *m_shown;
};

} // namespace nereid
