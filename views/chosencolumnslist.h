#pragma once

#include "models/runcolumn.h"

#include <QWidget>

class QComboBox;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace nereid {

class FieldPathTreeModel;

// The right half of the column chooser: the chosen columns in table order, reordered with Move up / Move down or
// by dragging, removed with Remove; a float series column picks its summary (last, min, max, mean) in a combo.
class ChosenColumnsList : public QWidget
{
    Q_OBJECT

public:
    // `fields` tells which paths are float series (only those offer a summary).
    explicit ChosenColumnsList(const FieldPathTreeModel *fields, QWidget *parent = nullptr);

    QList<RunColumn> columns() const;
    void setColumns(const QList<RunColumn> &columns);
    // Appends `path` as a column of its last value, made current.
    void addPath(const QString &path);
    // Removes every column of `path`.
    void removePath(const QString &path);
    bool hasPath(const QString &path) const;

signals:
    // The set or order of columns changed; `path` is no longer a column at all (the tree unchecks it).
    void columnsChanged();
    void pathRemoved(const QString &path);

private:
    QListWidgetItem *createItem(const RunColumn &column) const;
    static RunColumn columnOf(const QListWidgetItem *item);
    void moveCurrent(int by);
    void removeCurrent();
    void chooseAggregate(int comboIndex);
    // Buttons and the summary combo follow the current column.
    void updateControls();

    const FieldPathTreeModel *m_fields;
    QListWidget *m_list;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    QComboBox *m_aggregate;
};

} // namespace nereid
