#pragma once

#include <QMainWindow>

class QLabel;
class QSplitter;

namespace nereid {

class Cache;
class ExperimentsView;
class NamespaceTreeModel;
class NamespaceTreeView;
class RunEditor;
class RunTableModel;

// The main window: the experiments table on the left, the current run's namespace tree on the right, the
// sync state in the status bar. It shows what the cache holds; saving an edit is the caller's (see
// runChangesAccepted), so the window works the same online, offline and in tests.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `editor` saves the run information dialog's edits and trash/restore; it must edit `cache`.
    MainWindow(Cache *cache, RunEditor *editor, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `project` from the cache; `profile` names the server in the title.
    void setProject(const QString &profile, const QString &project);
    void showSyncStatus(const QString &message);

    ExperimentsView *experiments() const { return m_experiments; }
    RunTableModel *runModel() const { return m_runs; }
    RunEditor *runEditor() const { return m_editor; }
    void openRunInformation(const QString &runId);
    // Trashes or restores the runs through the RunEditor (the cache at once, the server when pushed).
    void trashRuns(const QStringList &runIds, bool trash);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    QString columnsKey() const;
    void saveColumns();
    QStringList projectTags() const;

    Cache *m_cache;
    QString m_project;
    RunEditor *m_editor;
    RunTableModel *m_runs;
    NamespaceTreeModel *m_tree;
    ExperimentsView *m_experiments;
    NamespaceTreeView *m_treeView;
    QSplitter *m_splitter;
    QLabel *m_syncStatus;
};

} // namespace nereid
