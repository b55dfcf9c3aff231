#include "namespacetreeview.h"

#include "domain/fieldtype.h"
#include "fileactions.h"
#include "models/namespacetreemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonObject>
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
    connect(this, &QAbstractItemView::activated, this, &NamespaceTreeView::onActivated);
    auto *copy = new QAction(tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &NamespaceTreeView::copyCurrent);
    addAction(copy);
}

void NamespaceTreeView::setFiles(FileContents *contents)
{
    delete m_files;
    m_files = new FileActions(contents, this);
    connect(m_files, &FileActions::failed, this, &NamespaceTreeView::fileFailed);
}

void NamespaceTreeView::copyCurrent()
{
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return;
    const bool isNamespace = index.data(NamespaceTreeModel::IsNamespaceRole).toBool();
    QApplication::clipboard()->setText(isNamespace
                                           ? index.data(NamespaceTreeModel::PathRole).toString()
                                           : index.siblingAtColumn(NamespaceTreeModel::ValueColumn).data().toString());
}

void NamespaceTreeView::onActivated(const QModelIndex &index)
{
    const QVariant type = index.data(NamespaceTreeModel::FieldTypeRole);
    // Any series: a float series opens as a chart, a string series (a log) as its lines.
    if (type.isNull())
        return;
    // Images come in the gallery (issue 18); other series as charts or logs.
    if (FieldType(type.toInt()) == FieldType::FileSeries)
        emit fileSeriesActivated(index.data(NamespaceTreeModel::PathRole).toString());
    else if (isSeries(FieldType(type.toInt())))
        emit seriesActivated(index.data(NamespaceTreeModel::PathRole).toString());
}

void NamespaceTreeView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = indexAt(position);
    if (!index.isValid())
        return;
    const QString path = index.data(NamespaceTreeModel::PathRole).toString();
    const QString value = index.siblingAtColumn(NamespaceTreeModel::ValueColumn).data().toString();
    QMenu menu(this);
    const QJsonObject file = index.data(NamespaceTreeModel::FileRole).toJsonObject();
    if (m_files && !file.isEmpty()) {
        const QString project = static_cast<NamespaceTreeModel *>(model())->project();
        menu.addAction(tr("Save as…"), this, [this, project, file] { m_files->askAndSave(this, project, file); });
        menu.addAction(tr("Open with the system's application"), this,
                       [this, project, file] { m_files->openWithSystem(project, file); });
        menu.addSeparator();
    }
    menu.addAction(tr("Copy path"), this, [path] { QApplication::clipboard()->setText(path); });
    QAction *copyValue = menu.addAction(tr("Copy value"), this, [value] { QApplication::clipboard()->setText(value); });
    copyValue->setEnabled(!index.data(NamespaceTreeModel::IsNamespaceRole).toBool());
    menu.exec(viewport()->mapToGlobal(position));
}

} // namespace nereid
