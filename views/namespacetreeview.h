#pragma once

#include <QTreeView>

namespace nereid {

class NamespaceTreeModel;

// The current run's namespaces and fields. Expanded namespaces stay expanded across syncs and across runs,
// because the model merges rather than resets. Copy path and copy value from the context menu.
class NamespaceTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit NamespaceTreeView(NamespaceTreeModel *model, QWidget *parent = nullptr);

private:
    void showContextMenu(const QPoint &position);
};

} // namespace nereid
