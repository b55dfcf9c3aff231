#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace nereid {

// The main window's menu bar and its standard shortcuts (QKeySequence's, so each desktop gets its own):
// File (Open project…, Import runs…, Connect to server…, Profiles, Quit), Edit (Find; the preferences go here), View
// (Show trashed, Refresh, Full screen), Run (Run information…) and Help (Query language, Keyboard shortcuts, Report a
// problem; the About dialog goes here). The window connects the actions; this class only builds them, so the window
// stays about its content.
class MainMenus : public QObject
{
    Q_OBJECT

public:
    explicit MainMenus(QMainWindow *window);

    QMenu *fileMenu() const { return m_file; }
    QMenu *editMenu() const { return m_edit; }
    QMenu *viewMenu() const { return m_view; }
    QMenu *runMenu() const { return m_run; }
    QMenu *helpMenu() const { return m_help; }

    QAction *openProject() const { return m_openProject; }
    QAction *connectToServer() const { return m_connectToServer; }
    // File > Import runs…: runs of other tools (MLflow) into a project.
    QAction *importRuns() const { return m_importRuns; }
    // File > Profiles: the window lists the saved connection profiles in it; Manage profiles… stays last.
    QMenu *profilesMenu() const { return m_profiles; }
    QAction *manageProfiles() const { return m_manageProfiles; }
    // Lists `names` in File > Profiles, `current` checked; picking one emits profileChosen.
    void setProfiles(const QStringList &names, const QString &current);
    QAction *quit() const { return m_quit; }
    QAction *find() const { return m_find; }
    QAction *showTrashed() const { return m_showTrashed; }
    QAction *refresh() const { return m_refresh; }
    QAction *fullScreen() const { return m_fullScreen; }
    QAction *runInformation() const { return m_runInformation; }
    // Run > Compare… (Ctrl+D): the selected runs side by side.
    QAction *compareRuns() const { return m_compareRuns; }
    QAction *chooseColumns() const { return m_chooseColumns; }
    QAction *addChart() const { return m_addChart; }
    // View > Scatter plot (Ctrl+Alt+S): the dock of the shown runs as points of two columns.
    QAction *scatterPlot() const { return m_scatterPlot; }
    // View > Parallel coordinates (Ctrl+Alt+P): the dock of the shown runs across chosen axes.
    QAction *parallelCoordinates() const { return m_parallelCoordinates; }
    QAction *preferences() const { return m_preferences; }
    QAction *about() const { return m_about; }
    // Help > Query language (F1), Keyboard shortcuts, Report a problem.
    QAction *queryLanguage() const { return m_queryLanguage; }
    QAction *keyboardShortcuts() const { return m_keyboardShortcuts; }
    QAction *reportProblem() const { return m_reportProblem; }

signals:
    void profileChosen(const QString &name);

private:
    QMenu *m_file;
    QMenu *m_edit;
    QMenu *m_view;
    QMenu *m_run;
    QMenu *m_help;
    QAction *m_openProject;
    QAction *m_connectToServer;
    QAction *m_importRuns;
    QMenu *m_profiles;
    QAction *m_profilesSeparator;
    QAction *m_manageProfiles;
    QAction *m_quit;
    QAction *m_find;
    QAction *m_showTrashed;
    QAction *m_refresh;
    QAction *m_fullScreen;
    QAction *m_runInformation;
    QAction *m_compareRuns;
    QAction *m_chooseColumns;
    QAction *m_addChart;
    QAction *m_scatterPlot;
    QAction *m_parallelCoordinates;
    QAction *m_preferences;
    QAction *m_about;
    QAction *m_queryLanguage;
    QAction *m_keyboardShortcuts;
    QAction *m_reportProblem;
    QActionGroup *m_profileGroup;
};

} // namespace nereid
