#include "namespacetreeview.h"

#include "models/namespacetreemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>

namespace nereid {

NamespaceTreeView::NamespaceTreeView(NamespaceTreeModel *model, QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("namespaceTree"));
    setModel(model);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    header()->setStretchLastSection(true);
    header()->resizeSection(NamespaceTreeModel::NameColumn, 180);
    header()->resizeSection(NamespaceTreeModel::TypeColumn, 100);
    connect(this, &QWidget::customContextMenuRequested, this, &NamespaceTreeView::showContextMenu);
}

void NamespaceTreeView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = indexAt(position);
    if (!index.isValid())
        return;
    const QString path = index.data(NamespaceTreeModel::PathRole).toString();
    const QString value = index.siblingAtColumn(NamespaceTreeModel::ValueColumn).data().toString();
    QMenu menu(this);
    menu.addAction(tr("Copy path"), this, [path] { QApplication::clipboard()->setText(path); });
    QAction *copyValue = menu.addAction(tr("Copy value"), this, [value] { QApplication::clipboard()->setText(value); });
    copyValue->setEnabled(!index.data(NamespaceTreeModel::IsNamespaceRole).toBool());
    menu.exec(viewport()->mapToGlobal(position));
}

} // namespace nereid
