#pragma once

#include "domain/objectscope.h"

#include <QMainWindow>

class QSplitter;
class QStackedWidget;

namespace nereid {

class ChartArea;
class ExperimentsView;
class FilePreview;
class GalleryModel;
class MainMenus;
class ModelVersionsPanel;
class NamespaceTreeModel;
class NamespaceTreeView;
class ParallelCoordinatesDock;
class ScatterPlotDock;
class QueryLanguageDialog;
class RunActions;
class RunEditing;
class RunTableModel;
class SavedViewsToolbar;
class SessionModels;
class SyncStatusBar;
class ViewStateBinder;
class WelcomePage;
struct SyncStatus;

// The main window: the experiments table on the left, the current run's namespace tree on the right, the charts of
// the selected runs below them (ChartArea), the sync state in the status bar (SyncStatusBar), the menus and their
// shortcuts (MainMenus). It shows what the cache holds; saving an edit is the caller's (see runChangesAccepted), so the
// window works the same online, offline and in tests.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Shows the data of `models` (built by the app over the profile's cache), which must outlive the window.
    explicit MainWindow(SessionModels *models, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `project` from the cache; `profile` names the server in the title.
    void setProject(const QString &profile, const QString &project);
    // A message of the app's own in the status bar.
    void showSyncStatus(const QString &message);
    // What the sync engine says about the open project.
    void showSyncState(const nereid::SyncStatus &status);

    // File > Export table as CSV…: asks for a file when `fileName` is empty; false when cancelled or it failed
    // (the status bar says why).
    bool exportTableTo(const QString &fileName);

    ExperimentsView *experiments() const { return m_experiments; }
    NamespaceTreeView *namespaceTree() const { return m_treeView; }
    ChartArea *charts() const { return m_charts; }
    MainMenus *menus() const { return m_menus; }
    SyncStatusBar *syncStatusBar() const { return m_status; }
    RunTableModel *runModel() const { return m_runs; }
    RunEditing *runEditing() const { return m_editing; }
    RunActions *runActions() const { return m_actions; }
    // The saved views' combo box and Views menu, and what they save and apply of the window.
    SavedViewsToolbar *savedViews() const { return m_savedViews; }
    ModelVersionsPanel *versionsPanel() const { return m_versions; }
    ViewStateBinder *viewStateBinder() const { return m_viewState; }
    // Shown until setProject(): how to log a first run, the demo project.
    WelcomePage *welcome() const { return m_welcome; }
    // View > Parallel coordinates: built the first time it is asked for, then shown and raised.
    ParallelCoordinatesDock *showParallelCoordinates();
    // View > Scatter plot: the same for the scatter plot.
    ScatterPlotDock *showScatterPlot();
    // The preview of the tree's current file field, below the tree (issue 18).
    FilePreview *filePreview() const { return m_preview; }
    // The image series `path` of the selected runs (or the current one) in a gallery window of its own; the window.
    QWidget *openGallery(const QString &path);

signals:
    // Refresh (F5): pull the open project now.
    void syncRequested();
    // File > Open project…: the session lists the server's projects.
    void openProjectRequested();
    // File > Connect to server…: the session asks for a server and switches (File > Profiles is MainMenus').
    void connectRequested();
    // Edit > Preferences was closed with OK: the session applies what is not the window's (the files cache's limit).
    void preferencesSaved();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectMenus();
    // Edit > Undo and Redo, File > Export table as CSV….
    void addTableActions();
    void showQueryLanguage();
    // Run > Compare: the selected runs (2 to 100) side by side in a CompareDialog.
    void compareSelectedRuns();
    // The charts compare the selected runs, or the current run when none is selected.
    void chartRuns();
    void saveColumns();
    // Runs, models or a model's versions in the table (issue 21; mainwindowkinds.cpp).
    void setScope(const ObjectScope &scope);
    void setStage(const QStringList &versionIds, const QString &stage);
    // Project > Metadata… before Help.
    void addProjectMenu();
    QWidget *withVersionsPanel();
    void saveLayout();
    // The saved views' toolbar and menu (SavedViewsToolbar).
    void addSavedViews();
    // The preview pane below the tree and the tree's file actions (mainwindowfiles.cpp).
    void addFilePanes();
    void previewCurrentField();
    QStringList chartedRunIds() const;

    SessionModels *m_models;
    QString m_project;
    RunEditing *m_editing;
    RunTableModel *m_runs;
    NamespaceTreeModel *m_tree;
    ExperimentsView *m_experiments;
    NamespaceTreeView *m_treeView;
    ChartArea *m_charts;
    QSplitter *m_splitter;
    QSplitter *m_treeSplitter = nullptr;
    FilePreview *m_preview = nullptr;
    QSplitter *m_chartSplitter;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    MainMenus *m_menus;
    SyncStatusBar *m_status;
    RunActions *m_actions;
    QueryLanguageDialog *m_queryLanguage = nullptr;
    ParallelCoordinatesDock *m_parallelCoordinates = nullptr;
    ScatterPlotDock *m_scatterPlot = nullptr;
    ViewStateBinder *m_viewState = nullptr;
    SavedViewsToolbar *m_savedViews = nullptr;
    ModelVersionsPanel *m_versions = nullptr;
    bool m_restoring = false;
    bool m_columnsPending = false;
};

} // namespace nereid
