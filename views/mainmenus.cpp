#include "mainmenus.h"

#include <QActionEvent>
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
    m_file->addSeparator();
    m_connectToServer = addAction(m_file, tr("&Connect to server…"), QStringLiteral("connectToServer"));
    m_profiles = m_file->addMenu(tr("&Profiles"));
    m_profiles->setObjectName(QStringLiteral("profilesMenu"));
    // Owned by this object, not the menu: the window clears the menu to list the profiles again (QMenu::clear()
    // deletes the actions the menu owns), and the filter puts these two back after the names.
    m_profilesSeparator = new QAction(this);
    m_profilesSeparator->setSeparator(true);
    m_manageProfiles = new QAction(tr("&Manage profiles…"), this);
    m_manageProfiles->setObjectName(QStringLiteral("manageProfiles"));
    m_profiles->addActions({m_profilesSeparator, m_manageProfiles});
    m_profiles->installEventFilter(this);
    m_file->addSeparator();
    m_quit = addAction(m_file, tr("&Quit"), QStringLiteral("quit"), QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_find = addAction(m_edit, tr("&Find…"), QStringLiteral("find"), QKeySequence::Find);

    m_showTrashed = addAction(m_view, tr("Show &trashed runs"), QStringLiteral("showTrashedAction"));
    m_showTrashed->setCheckable(true);
    m_view->addSeparator();
    // Not every platform defines Refresh (KDE has F5 and Ctrl+R); F5 where it does not.
    const QKeySequence refresh =
        QKeySequence(QKeySequence::Refresh).isEmpty() ? QKeySequence(Qt::Key_F5) : QKeySequence(QKeySequence::Refresh);
    m_refresh = addAction(m_view, tr("&Sync now"), QStringLiteral("syncNow"), refresh);
    m_fullScreen = addAction(m_view, tr("&Full screen"), QStringLiteral("fullScreen"), QKeySequence::FullScreen);
    m_fullScreen->setCheckable(true);

    m_runInformation =
        addAction(m_run, tr("Run &information…"), QStringLiteral("runInformation"), QKeySequence(Qt::CTRL | Qt::Key_I));
}

bool MainMenus::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_profiles && event->type() == QEvent::ActionAdded) {
        QAction *added = static_cast<QActionEvent *>(event)->action();
        if (added != m_profilesSeparator && added != m_manageProfiles) {
            m_profiles->removeAction(m_profilesSeparator);
            m_profiles->removeAction(m_manageProfiles);
            m_profiles->addActions({m_profilesSeparator, m_manageProfiles});
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace nereid
