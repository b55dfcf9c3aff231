#include "syncengine.h"

#include "cache/cachelocation.h"
#include "projectsync.h"

#include <QJsonArray>

namespace nereid {

SyncEngine::SyncEngine(const ServerProfile &profile, QObject *parent)
    : QObject(parent)
    , m_connection(profile)
    , m_editor(m_cache)
    , m_pusher(m_connection, m_editor)
    , m_series(m_connection, m_cache)
    , m_source(m_connection, m_cache, m_series)
{
    // A pushed edit changed the server's revision of the run: a pull brings it (and what others did meanwhile).
    connect(&m_pusher, &EditPusher::pushed, this, &SyncEngine::onPushed);
    // Saved views: a pushed one comes back from the server with its revision (and with what others saved).
    connect(&m_viewPusher, &ViewPusher::pushed, &m_viewPuller, &ViewPuller::pull);
}

SyncEngine::~SyncEngine() = default;

bool SyncEngine::open(const QString &folder)
{
    const ServerProfile &profile = m_connection.profile();
    const QString file = profile.cacheName.isEmpty() ? CacheLocation::filePath(profile.baseUrl, profile.user, folder)
                                                     : CacheLocation::filePathForName(profile.cacheName, folder);
    if (!m_cache.open(file))
        return false;
    m_blobs = std::make_unique<BlobFetcher>(m_connection, BlobFolder(BlobFolder::blobsBeside(file)));
    m_thumbnailFolder = BlobFolder::thumbnailsBeside(file);
    m_pusher.start();
    m_viewPusher.start();
    return true;
}

void SyncEngine::setPollInterval(int ms)
{
    m_pollMs = ms;
    for (const auto &[project, sync] : m_projects)
        sync->setPollInterval(ms);
}

void SyncEngine::follow(const QString &project)
{
    if (m_projects.count(project))
        return;
    auto sync = std::make_unique<ProjectSync>(m_connection, m_cache, project);
    sync->setPollInterval(m_pollMs);
    connect(sync.get(), &ProjectSync::statusChanged, this, [this, project](const SyncStatus &status) {
        // A pull that went through after failures: the charts and logs may ask again for what failed.
        if (status.state == SyncStatus::State::UpToDate)
            m_source.markReachable();
        emit statusChanged(project, status);
    });
    // The saved views follow every pull of the project's runs (the first one at once, for opening offline too).
    connect(&sync->puller(), &ProjectPuller::finished, &m_viewPuller, [this, project] { m_viewPuller.pull(project); });
    m_viewPuller.pull(project);
    sync->start();
    m_projects.emplace(project, std::move(sync));
}

void SyncEngine::unfollow(const QString &project)
{
    m_projects.erase(project);
}

void SyncEngine::syncNow(const QString &project)
{
    m_pusher.start();
    m_viewPusher.start();
    if (const auto it = m_projects.find(project); it != m_projects.end())
        it->second->start(); // resets the back-off; a pull under way is left to finish
}

SyncStatus SyncEngine::status(const QString &project) const
{
    const auto it = m_projects.find(project);
    return it == m_projects.end() ? SyncStatus() : it->second->status();
}

void SyncEngine::listProjects(QObject *context, ProjectsHandler done)
{
    m_connection.get(QStringLiteral("/projects"), context, [this, done = std::move(done)](const ApiResult &result) {
        QStringList names;
        for (const QJsonValue &project : result.json.value(QStringLiteral("projects")).toArray())
            names.append(project.toObject().value(QStringLiteral("name")).toString());
        names.removeAll(QString());
        if (!result.error.isError())
            m_cache.addProjects(names); // a failure is the cache's storageError: the list is answered all the same
        done(names, result.error);
    });
}

void SyncEngine::onPushed()
{
    for (const auto &[project, sync] : m_projects)
        sync->syncNow();
}

} // namespace nereid
