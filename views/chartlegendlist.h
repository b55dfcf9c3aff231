#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace nereid {

class RunColors;

// The legend of a chart of many runs (issue 16): QtCharts' legend of 20 or more entries squeezes the plot and is cut
// off, so the runs are listed beside the plot instead, one compact row each ("id · name" after a swatch of its
// colour), scrolled, searched by the box above them. A click hides or shows the run (a hidden one is greyed);
// hovering a row highlights the run's line.
class ChartLegendList : public QWidget
{
    Q_OBJECT

public:
    // `colors` must outlive the list.
    explicit ChartLegendList(const RunColors &colors, QWidget *parent = nullptr);

    void setRuns(const QStringList &runIds, const QStringList &labels);
    void setHidden(const QString &runId, bool hidden);
    // The run's colour changed: its swatch follows.
    void updateColor(const QString &runId);
    // The runs the search leaves in the list, in its order.
    QStringList shownRunIds() const;
    QLineEdit *searchBox() const { return m_search; }
    QListView *list() const { return m_list; }

signals:
    void toggled(const QString &runId);
    // The pointer rests on the run's row; empty when it left the list.
    void highlighted(const QString &runId);
    // "Chart colour…" from the run's context menu.
    void colorRequested(const QString &runId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QColor swatchOf(const QString &runId, bool hidden) const;
    void updateCount();

    const RunColors &m_colors;
    QLineEdit *m_search;
    QLabel *m_count;
    QListView *m_list;
    QStandardItemModel *m_items;
    QSortFilterProxyModel *m_filter;
    int m_hidden = 0;
};

} // namespace nereid
