// AppSession's welcome page: the server it shows, and the demo project it writes into the app's private server.
#include "appsession.h"
#include "sync/demoseeder.h"
#include "sync/syncengine.h"
#include "views/mainwindow.h"
#include "views/welcomepage.h"

namespace nereid {

void AppSession::watchWelcome()
{
    WelcomePage *welcome = m_window->welcome();
    const ServerProfile &profile = m_engine->connection().profile();
    // The demo goes only into the app's own server: a team's server is not the place for made-up runs.
    const bool isPrivate = m_options.server.isEmpty() && ProfileStore::isLocal(m_profileName);
    welcome->setServer(profile.baseUrl, profile.token, isPrivate);
    connect(welcome, &WelcomePage::openProjectRequested, this, &AppSession::pickProject);
    connect(welcome, &WelcomePage::demoRequested, this, [this, welcome] {
        auto *seeder = new DemoSeeder(&m_engine->connection(), welcome);
        connect(seeder, &DemoSeeder::progress, welcome, &WelcomePage::showDemoProgress);
        connect(seeder, &DemoSeeder::finished, this,
                [this, seeder, welcome](const QString &project, const SyncError &error) {
                    seeder->deleteLater();
                    if (error.isError())
                        return welcome->showDemoError(error.message);
                    welcome->showDemoProgress(1, 1);
                    openProject(project);
                });
        seeder->start();
    });
}

} // namespace nereid
