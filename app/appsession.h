#pragma once

#include "appoptions.h"
#include "localserver.h"
#include "profilestore.h"

#include <functional>
#include <memory>
#include <QObject>
#include <QSettings>

namespace nereid {

class MainWindow;
class SessionModels;
class SyncEngine;
struct SyncError;
struct SyncStatus;

// One run of the app: the server profile (--server, else the last used connection profile, Local by default), its
// SyncEngine (cache, pulls, pushed edits) and the main window. The window opens from the cache at once, so the app
// works offline; sync fills it in as pages arrive.
class AppSession : public QObject
{
    Q_OBJECT

public:
    explicit AppSession(AppOptions options, QObject *parent = nullptr);
    ~AppSession() override;

    // Connects, opens the cache and shows the window; false with a message when it cannot.
    bool start(QString *error);

    QString profileName() const { return m_profileName; }
    SyncEngine *engine() const { return m_engine.get(); }
    MainWindow *window() const { return m_window.get(); }

private:
    // Connects `name` (a saved profile, or Local), or --server when given; a new engine with its cache open.
    std::unique_ptr<SyncEngine> connectProfile(const QString &name, QString *error);
    void openWindow();
    // File > Connect to server… and File > Profiles: a new window on the chosen profile's engine, its last project
    // reopened; the old window and engine go. When the profile cannot be connected, the current one stays.
    void askForProfile();
    void switchTo(const QString &name);
    // switchTo() also when `name` is open already: its URL or token changed.
    void reconnect(const QString &name);
    // File > Profiles > Manage profiles… (appsessionprofiles.cpp): edits and deletes profiles; the open one edited
    // reconnects, deleted switches to Local.
    void manageProfiles();
    bool editProfile(const QString &name, QWidget *parent);
    // The profile the window shows; none under --server, which is not a saved profile.
    QString openProfile() const { return m_options.server.isEmpty() ? m_profileName : QString(); }
    // Deletes the cache file of a profile that is not open (and SQLite's files beside it); false with `error`.
    static bool removeCache(const QString &name, QString *error);
    void chooseProject();
    // The server's projects by name, asked once for both chooseProject() and pickProject(); not called back when
    // the profile was switched away from meanwhile.
    void fetchProjects(const std::function<void(const QStringList &names, const SyncError &error)> &done);
    // File > Open project…: the server's projects (the cached ones too, so it works offline) to pick from.
    void pickProject();
    void openProject(const QString &project);
    // A server certificate the system does not trust (appsessioncertificates.cpp): shown to the user, who may trust
    // it for the open profile; the profile then pins its fingerprint and syncs again.
    void watchCertificates();
    void askToTrust(const SyncError &error);
    // The welcome page (appsessionwelcome.cpp): the server's address and token, the demo project on request.
    void watchWelcome();
    // File > Import runs… (appsessionimport.cpp): imports into the open profile's server, then syncs the project.
    void importRuns();

    AppOptions m_options;
    QSettings m_settings;
    ProfileStore m_profiles;
    LocalServer m_localServer;
    QString m_profileName;
    QString m_project;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<SessionModels> m_models; // over m_engine's cache, for m_window
    std::unique_ptr<MainWindow> m_window;
    bool m_askingTrust = false;
    // The certificate the user did not trust: not asked about again until the next Refresh.
    QByteArray m_declinedCertificate;
};

} // namespace nereid
