#pragma once

#include "apiconnection.h"
#include "cache/cache.h"
#include "cache/runeditor.h"
#include "editpusher.h"
#include "seriesfetcher.h"
#include "syncstatus.h"

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

    Cache &cache() { return m_cache; }
    RunEditor &editor() { return m_editor; }
    SeriesFetcher &series() { return m_series; }
    ApiConnection &connection() { return m_connection; }
    EditPusher &pusher() { return m_pusher; }

signals:
    void statusChanged(const QString &project, const nereid::SyncStatus &status);

private:
    void onPushed();

    ApiConnection m_connection;
    Cache m_cache;
    RunEditor m_editor;
    EditPusher m_pusher;
    SeriesFetcher m_series;
    std::map<QString, std::unique_ptr<ProjectSync>> m_projects;
    int m_pollMs = 5000;
};

} // namespace nereid
