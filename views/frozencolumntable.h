#pragma once

#include <QTableView>

namespace nereid {

// The experiments table with its id and name columns pinned at the left: scrolling right moves the other columns
// under them, so a row always says which run it is. A second view over the same model and selection shows just
// those columns on top of the table's left edge, the way Qt's "Frozen Column" example does; the two scroll
// together vertically. The pinned columns are the leading ones (in the header's order) whose field is sys/id or
// sys/name; clicking their header sorts the table as clicking the table's own would.
class FrozenColumnTable : public QTableView
{
    Q_OBJECT

public:
    explicit FrozenColumnTable(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // The pinned view, for tests and for the window to style alike.
    QTableView *frozenView() const { return m_frozen; }
    // How many leading columns are pinned now.
    int frozenCount() const { return m_count; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    void updateGeometries() override;

private:
    // Which columns are pinned, and the overlay's columns, widths and place, from the table's header.
    void updateFrozen();
    int frozenWidth() const;

    QTableView *m_frozen;
    int m_count = 0;
};

} // namespace nereid
