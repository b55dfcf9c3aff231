#pragma once

#include "appoptions.h"
#include "cache/cache.h"
#include "localserver.h"

#include <memory>
#include <QObject>

namespace nereid {

class ApiConnection;
class EditPusher;
class MainWindow;
class ProjectSync;
struct SyncStatus;

// One run of the app: the server profile (a given server, or the private local one), its cache, the sync
// of the open project, the edit pusher and the main window. The window opens from the cache at once, so the
// app works offline; sync fills it in as pages arrive.
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
    void openProject(const QString &project);
    void showStatus(const SyncStatus &status);

    AppOptions m_options;
    LocalServer m_localServer;
    QString m_profileName;
    Cache m_cache;
    std::unique_ptr<ApiConnection> m_api;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ProjectSync> m_sync;
    std::unique_ptr<EditPusher> m_pusher;
};

} // namespace nereid
