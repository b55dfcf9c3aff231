#include "appsession.h"

#include "sync/syncengine.h"
#include "views/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QSettings>
#include <QStandardPaths>

namespace nereid {

AppSession::AppSession(AppOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

// The window reads the engine's cache: it goes first.
AppSession::~AppSession()
{
    m_window.reset();
    m_engine.reset();
}

bool AppSession::connectProfile(QString *error)
{
    ServerProfile profile;
    if (m_options.server.isEmpty()) {
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (!m_localServer.start(QDir(data).filePath(QStringLiteral("server")))) {
            *error = m_localServer.errorString();
            return false;
        }
        // Named, so the cache file stays the same while the private server's port changes from start to start.
        profile = {m_localServer.url(), QString(), m_localServer.token(), QStringLiteral("local")};
        m_profileName = tr("local");
        if (profile.token.isEmpty()) {
            *error = m_localServer.errorString();
            return false;
        }
    } else {
        QFile file(m_options.tokenFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the token file %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        profile = {m_options.server, QString(), QString::fromUtf8(file.readAll()).trimmed()};
        m_profileName = m_options.server.authority();
        if (profile.token.isEmpty()) {
            *error = tr("The token file %1 is empty.").arg(file.fileName());
            return false;
        }
    }
    m_engine = std::make_unique<SyncEngine>(profile);
    if (!m_engine->open()) {
        *error = tr("Cannot open the cache: %1").arg(m_engine->cache().errorString());
        return false;
    }
    return true;
}

bool AppSession::start(QString *error)
{
    if (!connectProfile(error))
        return false;
    m_window = std::make_unique<MainWindow>(&m_engine->cache(), &m_engine->editor(), &m_engine->series(),
                                            &m_engine->connection());
    connect(m_engine.get(), &SyncEngine::statusChanged, this, [this](const QString &project, const SyncStatus &status) {
        if (project == m_project)
            m_window->showSyncState(status);
    });
    // Refresh: a new pull of the open project at once (following it again starts one).
    connect(m_window.get(), &MainWindow::syncRequested, this, [this] {
        if (m_project.isEmpty())
            return;
        m_engine->unfollow(m_project);
        m_engine->follow(m_project);
    });
    connect(m_window.get(), &MainWindow::openProjectRequested, this, &AppSession::pickProject);
    m_window->show();
    chooseProject();
    return true;
}

void AppSession::chooseProject()
{
    QString project = m_options.project;
    if (project.isEmpty())
        project = QSettings().value(QStringLiteral("lastProject/") + m_profileName).toString();
    const QStringList cached = m_engine->cache().projects();
    if (project.isEmpty() && !cached.isEmpty())
        project = cached.first();
    if (!project.isEmpty()) {
        openProject(project);
        return;
    }
    // A fresh cache: ask the server which projects there are and open the first.
    m_window->showSyncStatus(tr("Looking for projects on %1…").arg(m_profileName));
    m_engine->connection().get(QStringLiteral("/projects"), this, [this](const ApiResult &result) {
        const QJsonArray projects = result.json.value(QStringLiteral("projects")).toArray();
        if (result.error.isError())
            m_window->showSyncStatus(result.error.message);
        else if (projects.isEmpty())
            m_window->showSyncStatus(tr("The server has no projects yet. Log runs with the Python client."));
        else
            openProject(projects.first().toObject().value(QStringLiteral("name")).toString());
    });
}

void AppSession::pickProject()
{
    m_engine->connection().get(QStringLiteral("/projects"), this, [this](const ApiResult &result) {
        QStringList names = m_engine->cache().projects();
        for (const QJsonValue &project : result.json.value(QStringLiteral("projects")).toArray())
            names.append(project.toObject().value(QStringLiteral("name")).toString());
        names.removeDuplicates();
        names.sort(Qt::CaseInsensitive);
        if (result.error.isError())
            m_window->showSyncStatus(tr("Only the projects in the cache are listed: %1").arg(result.error.message));
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
