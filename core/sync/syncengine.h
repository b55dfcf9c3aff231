#pragma once

#include "apiconnection.h"
#include "blobfetcher.h"
#include "cache/cache.h"
#include "cache/runeditor.h"
#include "domain/syncstatus.h"
#include "editpusher.h"
#include "seriesfetcher.h"
#include "syncseriessource.h"
#include "cache/vieweditor.h"
#include "viewpuller.h"
#include "viewpusher.h"

#include <functional>
#include <map>
#include <memory>
#include <QObject>

namespace nereid {

class ProjectSync;

// Everything the app needs to work from the cache of one server profile: the cache file of that profile,
// the editor whose edits are pushed as soon as they are made (and those left from the last session at once),
// series on demand, and the projects the user has open, each kept in sync and followed by polling.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    explicit SyncEngine(const ServerProfile &profile, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Opens the profile's cache in `folder` (default: the user's data folder, see CacheLocation; named after
    // ServerProfile::cacheName when set, so a server on a new port each start keeps its cache) and starts
    // pushing what waits in its outbox. False and cache().errorString() when the cache cannot be used.
    bool open(const QString &folder = {});

    void setPollInterval(int ms);
    void follow(const QString &project);
    void unfollow(const QString &project);
    // Refresh: sends the edits waiting and pulls `project` now, without waiting for the next poll or for the
    // back-off after a failure to end.
    void syncNow(const QString &project);
    SyncStatus status(const QString &project) const;
    // The server's projects by name (GET /projects), kept in the cache too, so that they are listed offline; `done`
    // is not called once `context` is gone.
    using ProjectsHandler = std::function<void(const QStringList &names, const nereid::SyncError &error)>;
    void listProjects(QObject *context, ProjectsHandler done);

    Cache &cache() { return m_cache; }
    RunEditor &editor() { return m_editor; }
    SeriesFetcher &series() { return m_series; }
    // What the app's models ask for series the cache lacks (float series through series(), logs, downloads).
    SyncSeriesSource &source() { return m_source; }
    ApiConnection &connection() { return m_connection; }
    EditPusher &pusher() { return m_pusher; }
    // Saved views: edited in the cache, pushed at once, pulled with each pull of a followed project.
    ViewEditor &viewEditor() { return m_viewEditor; }
    ViewPusher &viewPusher() { return m_viewPusher; }
    // Files and images, fetched on demand into a folder beside the cache file (issue 18); null until open().
    BlobFetcher *blobs() { return m_blobs.get(); }
    // Where the gallery keeps its thumbnails, beside the cache file; empty until open().
    QString thumbnailFolder() const { return m_thumbnailFolder; }

signals:
    void statusChanged(const QString &project, const nereid::SyncStatus &status);

private:
    void onPushed();

    ApiConnection m_connection;
    Cache m_cache;
    RunEditor m_editor;
    EditPusher m_pusher;
    SeriesFetcher m_series;
    SyncSeriesSource m_source;
    std::map<QString, std::unique_ptr<ProjectSync>> m_projects;
    int m_pollMs = 5000;
    ViewEditor m_viewEditor{m_cache};
    ViewPuller m_viewPuller{m_connection, m_viewEditor};
    ViewPusher m_viewPusher{m_connection, m_viewEditor};
    std::unique_ptr<BlobFetcher> m_blobs;
    QString m_thumbnailFolder;
};

} // namespace nereid
