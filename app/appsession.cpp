#include "appsession.h"

#include "cache/cachelocation.h"
#include "cache/runeditor.h"
#include "sync/apiconnection.h"
#include "sync/editpusher.h"
#include "sync/projectsync.h"
#include "views/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSettings>
#include <QStandardPaths>

namespace nereid {

AppSession::AppSession(AppOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

// The window and the sync use the cache: they go before it.
AppSession::~AppSession()
{
    m_sync.reset();
    m_pusher.reset();
    m_window.reset();
}

bool AppSession::connectProfile(QString *error)
{
    ServerProfile profile;
    QString cacheFile;
    if (m_options.server.isEmpty()) {
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (!m_localServer.start(QDir(data).filePath(QStringLiteral("server")))) {
            *error = m_localServer.errorString();
            return false;
        }
        profile = {m_localServer.url(), QString(), m_localServer.token()};
        m_profileName = tr("local");
        // The private server's port changes at every start; its cache does not.
        cacheFile = QDir(CacheLocation::defaultFolder()).filePath(QStringLiteral("local.sqlite"));
    } else {
        QFile file(m_options.tokenFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the token file %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        profile = {m_options.server, QString(), QString::fromUtf8(file.readAll()).trimmed()};
        m_profileName = m_options.server.authority();
        cacheFile = CacheLocation::filePath(m_options.server, QString());
    }
    if (profile.token.isEmpty()) {
        *error = m_options.server.isEmpty() ? m_localServer.errorString() : tr("The token file is empty.");
        return false;
    }
    if (!m_cache.open(cacheFile)) {
        *error = tr("Cannot open the cache %1: %2").arg(cacheFile, m_cache.errorString());
        return false;
    }
    m_api = std::make_unique<ApiConnection>(profile);
    return true;
}

bool AppSession::start(QString *error)
{
    if (!connectProfile(error))
        return false;
    m_window = std::make_unique<MainWindow>(&m_cache);
    m_pusher = std::make_unique<EditPusher>(*m_api, *m_window->runEditor());
    connect(m_window->runEditor(), &RunEditor::editQueued, m_pusher.get(), &EditPusher::start);
    m_pusher->start(); // edits left in the outbox by the last session
    m_window->show();
    chooseProject();
    return true;
}

void AppSession::chooseProject()
{
    const QString settingsKey = QStringLiteral("lastProject/") + m_profileName;
    QString project = m_options.project;
    if (project.isEmpty())
        project = QSettings().value(settingsKey).toString();
    if (project.isEmpty() && !m_cache.projects().isEmpty())
        project = m_cache.projects().first();
    if (!project.isEmpty()) {
        openProject(project);
        return;
    }
    // A fresh cache: ask the server which projects there are and open the first.
    m_window->showSyncStatus(tr("Looking for projects on %1…").arg(m_profileName));
    m_api->get(QStringLiteral("/projects"), this, [this](const ApiResult &result) {
        const QJsonArray projects = result.json.value(QStringLiteral("projects")).toArray();
        if (result.error.isError())
            m_window->showSyncStatus(result.error.message);
        else if (projects.isEmpty())
            m_window->showSyncStatus(tr("The server has no projects yet. Log runs with the Python client."));
        else
            openProject(projects.first().toObject().value(QStringLiteral("name")).toString());
    });
}

void AppSession::openProject(const QString &project)
{
    QSettings().setValue(QStringLiteral("lastProject/") + m_profileName, project);
    m_window->setProject(m_profileName, project);
    m_sync = std::make_unique<ProjectSync>(*m_api, m_cache, project);
    connect(m_sync.get(), &ProjectSync::statusChanged, this, &AppSession::showStatus);
    connect(m_pusher.get(), &EditPusher::pushed, m_sync.get(), &ProjectSync::syncNow);
    m_sync->start();
}

void AppSession::showStatus(const SyncStatus &status)
{
    m_window->showSyncStatus(status.message);
}

} // namespace nereid
