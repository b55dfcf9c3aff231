#include "mainmenus.h"

#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>

namespace nereid {

namespace {

QAction *addAction(QMenu *menu, const QString &text, const QString &name, const QKeySequence &shortcut = {})
{
    QAction *action = menu->addAction(text);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    return action;
}

} // namespace

MainMenus::MainMenus(QMainWindow *window)
    : QObject(window)
    , m_file(window->menuBar()->addMenu(tr("&File")))
    , m_edit(window->menuBar()->addMenu(tr("&Edit")))
    , m_view(window->menuBar()->addMenu(tr("&View")))
    , m_run(window->menuBar()->addMenu(tr("&Run")))
    , m_help(window->menuBar()->addMenu(tr("&Help")))
{
    m_file->setObjectName(QStringLiteral("fileMenu"));
    m_edit->setObjectName(QStringLiteral("editMenu"));
    m_view->setObjectName(QStringLiteral("viewMenu"));
    m_run->setObjectName(QStringLiteral("runMenu"));
    m_help->setObjectName(QStringLiteral("helpMenu"));

    m_openProject = addAction(m_file, tr("&Open project…"), QStringLiteral("openProject"), QKeySequence::Open);
    m_importRuns = addAction(m_file, tr("&Import runs…"), QStringLiteral("importRuns"));
    m_file->addSeparator();
    m_connectToServer = addAction(m_file, tr("&Connect to server…"), QStringLiteral("connectToServer"));
    m_profiles = m_file->addMenu(tr("&Profiles"));
    m_profiles->setObjectName(QStringLiteral("profilesMenu"));
    m_profileGroup = new QActionGroup(this); // exclusive: picking the current profile leaves it checked
    m_profilesSeparator = m_profiles->addSeparator();
    m_manageProfiles = addAction(m_profiles, tr("&Manage profiles…"), QStringLiteral("manageProfiles"));
    m_file->addSeparator();
    m_quit = addAction(m_file, tr("&Quit"), QStringLiteral("quit"), QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_find = addAction(m_edit, tr("&Find…"), QStringLiteral("find"), QKeySequence::Find);
    m_edit->addSeparator();
    m_preferences = addAction(m_edit, tr("&Preferences…"), QStringLiteral("preferences"), QKeySequence::Preferences);
    m_preferences->setMenuRole(QAction::PreferencesRole);

    m_showTrashed = addAction(m_view, tr("Show &trashed runs"), QStringLiteral("showTrashedAction"));
    m_showTrashed->setCheckable(true);
    m_view->addSeparator();
    // Not every platform defines Refresh (KDE has F5 and Ctrl+R); F5 where it does not.
    const QKeySequence refresh =
        QKeySequence(QKeySequence::Refresh).isEmpty() ? QKeySequence(Qt::Key_F5) : QKeySequence(QKeySequence::Refresh);
    m_refresh = addAction(m_view, tr("&Sync now"), QStringLiteral("syncNow"), refresh);
    m_fullScreen = addAction(m_view, tr("&Full screen"), QStringLiteral("fullScreen"), QKeySequence::FullScreen);
    m_fullScreen->setCheckable(true);
    m_chooseColumns = addAction(m_view, tr("Choose &columns…"), QStringLiteral("chooseColumns"));
    m_addChart = addAction(m_view, tr("Add &chart…"), QStringLiteral("addChart"));
    m_scatterPlot = addAction(m_view, tr("S&catter plot"), QStringLiteral("scatterPlot"),
                              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_parallelCoordinates = addAction(m_view, tr("&Parallel coordinates"), QStringLiteral("parallelCoordinates"),
                                      QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));

    m_runInformation =
        addAction(m_run, tr("Run &information…"), QStringLiteral("runInformation"), QKeySequence(Qt::CTRL | Qt::Key_I));
    m_compareRuns =
        addAction(m_run, tr("&Compare…"), QStringLiteral("compareRuns"), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_queryLanguage =
        addAction(m_help, tr("&Query language"), QStringLiteral("queryLanguage"), QKeySequence::HelpContents);
    m_keyboardShortcuts = addAction(m_help, tr("&Keyboard shortcuts"), QStringLiteral("keyboardShortcuts"));
    m_reportProblem = addAction(m_help, tr("&Report a problem"), QStringLiteral("reportProblem"));
    m_help->addSeparator();
    m_about = addAction(m_help, tr("&About Nereid"), QStringLiteral("about"));
    m_about->setMenuRole(QAction::AboutRole);
}

void MainMenus::setProfiles(const QStringList &names, const QString &current)
{
    qDeleteAll(m_profileGroup->actions()); // a deleted action leaves the menu
    for (const QString &name : names) {
        auto *action = new QAction(name, m_profileGroup);
        action->setCheckable(true);
        action->setChecked(name == current);
        connect(action, &QAction::triggered, this, [this, name] { emit profileChosen(name); });
        m_profiles->insertAction(m_profilesSeparator, action); // Manage profiles… stays last
    }
}

} // namespace nereid
