#include "appsession.h"

#include "models/filecachesettings.h"
#include "models/sessionmodels.h"
#include "sync/syncengine.h"
#include "views/connectdialog.h"
#include "views/mainmenus.h"
#include "views/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace nereid {

namespace {

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace

AppSession::AppSession(AppOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_profiles(&m_settings, QDir(dataFolder()).filePath(QStringLiteral("profiles")))
{
}

// The window reads the engine's cache: it goes first.
AppSession::~AppSession()
{
    m_window.reset();
    m_engine.reset();
}

std::unique_ptr<SyncEngine> AppSession::connectProfile(const QString &name, QString *error)
{
    ServerProfile profile;
    if (!m_options.server.isEmpty()) {
        QFile file(m_options.tokenFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the token file %1: %2").arg(file.fileName(), file.errorString());
            return nullptr;
        }
        profile = {m_options.server, QString(), QString::fromUtf8(file.readAll()).trimmed()};
        if (profile.token.isEmpty()) {
            *error = tr("The token file %1 is empty.").arg(file.fileName());
            return nullptr;
        }
    } else if (ProfileStore::isLocal(name)) {
        // Started once, kept while the app runs: switching back to Local finds it listening.
        if (m_localServer.url().isEmpty() &&
            !m_localServer.start(QDir(dataFolder()).filePath(QStringLiteral("server")))) {
            *error = m_localServer.errorString();
            return nullptr;
        }
        // Named, so the cache file stays the same while the private server's port changes from start to start.
        profile = {m_localServer.url(), QString(), m_localServer.token(), QStringLiteral("local")};
        if (profile.token.isEmpty()) {
            *error = m_localServer.errorString();
            return nullptr;
        }
    } else {
        const std::optional<ProfileStore::Profile> saved = m_profiles.find(name, error);
        if (!saved)
            return nullptr;
        // The cache is named after the profile, so two profiles on one server keep their own.
        profile = {saved->url, QString(), saved->token, saved->name, saved->certificate};
    }
    auto engine = std::make_unique<SyncEngine>(profile);
    if (!engine->open()) {
        *error = tr("Cannot open the cache: %1").arg(engine->cache().errorString());
        return nullptr;
    }
    return engine;
}

bool AppSession::start(QString *error)
{
    QString name = m_options.server.isEmpty() ? m_profiles.lastProfile() : m_options.server.authority();
    m_engine = connectProfile(name, error);
    // A saved profile that cannot be used (its token file gone) must not keep the app from starting: Local opens.
    const QString problem = *error;
    if (!m_engine && m_options.server.isEmpty() && !ProfileStore::isLocal(name)) {
        name = ProfileStore::localName();
        m_engine = connectProfile(name, error);
    }
    if (!m_engine)
        return false;
    m_profileName = name;
    openWindow();
    chooseProject();
    if (!problem.isEmpty())
        m_window->showSyncStatus(problem);
    return true;
}

void AppSession::openWindow()
{
    // The window sees the engine's data through the models only (the runs, the tree, the edits, and per chart its
    // model); what the cache lacks they ask of the engine's series source.
    m_models = std::make_unique<SessionModels>(m_engine->cache(), &m_engine->editor(), &m_engine->source());
    m_models->setViewEditor(&m_engine->viewEditor()); // saved views, synced with the server (SavedViewsToolbar)
    // Files and images come on demand only, up to the size limit set in Preferences.
    m_engine->blobs()->setLimit(FileCacheSettings::limitBytes());
    m_models->setBlobSource(m_engine->blobs(), m_engine->thumbnailFolder());
    m_window = std::make_unique<MainWindow>(m_models.get());
    // A new limit of the files cache holds at once: files over it go now, least recently used first.
    connect(m_window.get(), &MainWindow::preferencesSaved, this,
            [this] { m_engine->blobs()->setLimit(FileCacheSettings::limitBytes()); });
    connect(m_engine.get(), &SyncEngine::statusChanged, this, [this](const QString &project, const SyncStatus &status) {
        if (project == m_project)
            m_window->showSyncState(status);
    });
    // An edit the server refused for good has left the cache: say why, or the user would think it saved.
    connect(&m_engine->pusher(), &EditPusher::failed, m_window.get(), [this](const SyncError &error) {
        if (!error.isRetryable())
            m_window->showSyncStatus(error.message);
    });
    // The same for a saved view (a viewer's save, say): the next pull puts the server's views back.
    connect(&m_engine->viewPusher(), &ViewPusher::failed, m_window.get(), [this](const SyncError &error) {
        if (!error.isRetryable())
            m_window->showSyncStatus(error.message);
    });
    connect(m_window.get(), &MainWindow::syncRequested, this, [this] { m_engine->syncNow(m_project); });
    watchCertificates();
    watchWelcome();
    connect(m_window.get(), &MainWindow::openProjectRequested, this, &AppSession::pickProject);
    connect(m_window->menus()->importRuns(), &QAction::triggered, this, &AppSession::importRuns);
    // Queued: the switch destroys the window whose menu sent the signal.
    connect(m_window.get(), &MainWindow::connectRequested, this, &AppSession::askForProfile, Qt::QueuedConnection);
    connect(m_window->menus(), &MainMenus::profileChosen, this, &AppSession::switchTo, Qt::QueuedConnection);
    connect(m_window->menus()->manageProfiles(), &QAction::triggered, this, &AppSession::manageProfiles,
            Qt::QueuedConnection);
    // --server is not a saved profile: the window lists the profiles all the same, none checked.
    m_window->menus()->setProfiles(m_profiles.names(), m_options.server.isEmpty() ? m_profileName : QString());
    m_window->show();
}

void AppSession::askForProfile()
{
    ProfileStore::Profile profile;
    {
        // Gone before the switch: it is the old window's child, which the switch deletes.
        ConnectDialog dialog(
            m_profiles.names(), [this](const QString &name) { return m_profiles.tokenPlace(name); }, m_window.get());
        if (dialog.exec() != QDialog::Accepted)
            return;
        profile = {dialog.name(), dialog.url(), dialog.token()};
    }
    QString error;
    const bool keychain = m_profiles.keychainAvailable(); // what the dialog said
    TokenPlace place = TokenPlace::File;
    if (!m_profiles.save(profile, &error, &place)) {
        QMessageBox::warning(m_window.get(), tr("Connect to server"), error);
        return;
    }
    // The keychain answered when the dialog opened but refused the token: the user was told otherwise.
    if (keychain && place == TokenPlace::File)
        QMessageBox::information(m_window.get(), tr("Connect to server"),
                                 tr("The system keychain refused the token (%1). It is stored in a file only you "
                                    "can read instead.")
                                     .arg(m_profiles.keychainProblem()));
    switchTo(profile.name);
}

void AppSession::switchTo(const QString &name)
{
    if (name == m_profileName && m_options.server.isEmpty())
        return;
    reconnect(name);
}

void AppSession::reconnect(const QString &name)
{
    QString error;
    std::unique_ptr<SyncEngine> engine = connectProfile(name, &error);
    if (!engine) {
        QMessageBox::warning(m_window.get(), tr("Cannot connect to %1").arg(name), error);
        return;
    }
    // The new window is up before the old one goes, so the app never has no window (and never quits).
    m_options.server.clear(); // a chosen profile replaces --server from here on
    m_options.project.clear();
    std::unique_ptr<MainWindow> oldWindow = std::move(m_window);
    std::unique_ptr<SessionModels> oldModels = std::move(m_models);
    std::unique_ptr<SyncEngine> oldEngine = std::move(m_engine);
    // Closed first so it saves its geometry and layout for the new window; the app must not take that as quitting.
    const bool quitOnClose = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    oldWindow->close();
    m_engine = std::move(engine);
    m_profileName = name;
    m_project.clear();
    m_profiles.setLastProfile(name);
    openWindow();
    QGuiApplication::setQuitOnLastWindowClosed(quitOnClose);
    oldWindow.reset();
    oldModels.reset();
    oldEngine.reset();
    chooseProject();
}

void AppSession::chooseProject()
{
    QString project = m_options.project;
    if (project.isEmpty())
        project = QSettings().value(QStringLiteral("lastProject/") + m_profileName).toString();
    // Before profiles, the private server's last project was kept under "local".
    if (project.isEmpty() && m_options.server.isEmpty() && ProfileStore::isLocal(m_profileName))
        project = QSettings().value(QStringLiteral("lastProject/local")).toString();
    const QStringList cached = m_engine->cache().projects();
    if (project.isEmpty() && !cached.isEmpty())
        project = cached.first();
    if (!project.isEmpty()) {
        openProject(project);
        return;
    }
    // A fresh cache: ask the server which projects there are and open the first.
    m_window->showSyncStatus(tr("Looking for projects on %1…").arg(m_profileName));
    fetchProjects([this](const QStringList &names, const SyncError &error) {
        if (error.isError())
            m_window->showSyncStatus(error.message);
        else if (names.isEmpty())
            m_window->showSyncStatus(tr("The server has no projects yet: the welcome page shows how to log runs."));
        else
            openProject(names.first());
    });
}

void AppSession::fetchProjects(const std::function<void(const QStringList &, const SyncError &)> &done)
{
    m_engine->listProjects(this,
                           [this, done, engine = m_engine.get()](const QStringList &names, const SyncError &error) {
                               if (engine == m_engine.get()) // not a profile switched away from since
                                   done(names, error);
                           });
}

void AppSession::pickProject()
{
    fetchProjects([this](QStringList names, const SyncError &error) {
        names += m_engine->cache().projects(); // the cached ones too, so it works offline
        names.removeDuplicates();
        names.sort(Qt::CaseInsensitive);
        if (error.isError())
            m_window->showSyncStatus(tr("Only the projects in the cache are listed: %1").arg(error.message));
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(m_window.get(), tr("Open project"), tr("Projects on %1:").arg(m_profileName), names,
                                  qMax(0, int(names.indexOf(m_project))), false, &ok);
        if (ok && !chosen.isEmpty() && chosen != m_project)
            openProject(chosen);
    });
}

void AppSession::openProject(const QString &project)
{
    if (!m_project.isEmpty() && project != m_project)
        m_engine->unfollow(m_project); // one project open at a time: stop polling the last one
    m_project = project;
    QSettings().setValue(QStringLiteral("lastProject/") + m_profileName, project);
    m_window->setProject(m_profileName, project);
    m_engine->follow(project);
}

} // namespace nereid
