#pragma once

#include <QTreeView>

namespace nereid {

class NamespaceTreeModel;

// The current run's namespaces and fields. Expanded namespaces stay expanded across syncs and across runs,
// because the model merges rather than resets. Copy path and copy value from the context menu, Copy the
// value; a series double-clicked is asked to be charted.
class NamespaceTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit NamespaceTreeView(NamespaceTreeModel *model, QWidget *parent = nullptr);

    // Copy (Ctrl+C): the current field's value, or a namespace's path.
    void copyCurrent();

signals:
    // A series was double-clicked (or Enter pressed on it): its whole path, for the charts.
    void seriesActivated(const QString &path);

private:
    void showContextMenu(const QPoint &position);
    void onActivated(const QModelIndex &index);
};

} // namespace nereid
