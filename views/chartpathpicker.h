#pragma once

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStringListModel;

namespace nereid {

// Picks what a chart draws: the series paths of the selected runs in a list, narrowed as the user types (any part
// of the path, any case). Enter or a double-click takes the current one, or the several selected (one chart of
// them all), or the pattern typed ("*/loss", see SeriesSelection), whose matches the list shows.
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
    void filterBy(const QString &text);
    void selectFirst();

    QLineEdit *m_filter;
    QListView *m_list;
    QStringListModel *m_paths;
    QSortFilterProxyModel *m_shown;
    bool m_pattern = false; // the filter's text is a SeriesSelection pattern
};

} // namespace nereid
