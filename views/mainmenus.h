#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace nereid {

// The main window's menu bar and its standard shortcuts (QKeySequence's, so each desktop gets its own):
// File (Open project…, Connect to server…, Profiles, Quit), Edit (Find; the preferences go here), View (Show trashed,
// Refresh, Full screen), Run (Run information…) and Help (the About dialog goes here). The window connects the actions;
// this class only builds them, so the window stays about its content.
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
    // File > Profiles: the window lists the saved connection profiles in it; Manage profiles… stays last.
    QMenu *profilesMenu() const { return m_profiles; }
    QAction *manageProfiles() const { return m_manageProfiles; }
    QAction *quit() const { return m_quit; }
    QAction *find() const { return m_find; }
    QAction *showTrashed() const { return m_showTrashed; }
    QAction *refresh() const { return m_refresh; }
    QAction *fullScreen() const { return m_fullScreen; }
    QAction *runInformation() const { return m_runInformation; }

protected:
    // Keeps Manage profiles… at the end of File > Profiles while the window refills the menu.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMenu *m_file;
    QMenu *m_edit;
    QMenu *m_view;
    QMenu *m_run;
    QMenu *m_help;
    QAction *m_openProject;
    QAction *m_connectToServer;
    QMenu *m_profiles;
    QAction *m_profilesSeparator;
    QAction *m_manageProfiles;
    QAction *m_quit;
    QAction *m_find;
    QAction *m_showTrashed;
    QAction *m_refresh;
    QAction *m_fullScreen;
    QAction *m_runInformation;
};

} // namespace nereid
