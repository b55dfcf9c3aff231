#pragma once

#include "appoptions.h"
#include "localserver.h"

#include <memory>
#include <QObject>

namespace nereid {

class MainWindow;
class SyncEngine;
struct SyncStatus;

// One run of the app: the server profile (a given server, or the private local one), its SyncEngine (cache,
// pulls, pushed edits) and the main window. The window opens from the cache at once, so the app works
// offline; sync fills it in as pages arrive.
class AppSession : public QObject
{
    Q_OBJECT

public:
    explicit AppSession(AppOptions options, QObject *parent = nullptr);
    ~AppSession() override;

    // Connects, opens the cache and shows the window; false with a message when it cannot.
    bool start(QString *error);

private:
    bool connectProfile(QString *error);
    void chooseProject();
    // File > Open project…: the server's projects (the cached ones too, so it works offline) to pick from.
    void pickProject();
    void openProject(const QString &project);

    AppOptions m_options;
    LocalServer m_localServer;
    QString m_profileName;
    QString m_project;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace nereid
