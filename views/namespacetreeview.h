#pragma once

#include <QTreeView>

namespace nereid {

class FileActions;
class FileContents;
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
    // Files (issue 18): a file field's context menu offers "Save as…" and "Open with the system's application",
    // which fetch the blob through `contents` first when needed.
    void setFiles(FileContents *contents);
    FileActions *fileActions() const { return m_files; }

signals:
    // A series was double-clicked (or Enter pressed on it): its whole path, for the charts.
    void seriesActivated(const QString &path);
    // A file series was double-clicked (or Enter pressed on it): its path, for the gallery.
    void fileSeriesActivated(const QString &path);
    // A file action failed: why, for the status bar.
    void fileFailed(const QString &message);

private:
    void showContextMenu(const QPoint &position);
    void onActivated(const QModelIndex &index);

    FileActions *m_files = nullptr;
};

} // namespace nereid
