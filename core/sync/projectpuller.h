#pragma once

#include "syncerror.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace nereid {

class ApiConnection;
class Cache;
struct ApiResult;

// Pulls one project's changes feed into the cache, page after page from the cache's cursor. Each page and
// the cursor it ends at are stored in one transaction, so a pull stopped or killed at any moment resumes
// where it stopped, with nothing lost and nothing twice.
class ProjectPuller : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 1000; // the most the server gives

    ProjectPuller(ApiConnection &api, Cache &cache, QString project, QObject *parent = nullptr);
    ~ProjectPuller() override { stop(); }

    const QString &project() const { return m_project; }
    void setPageSize(int runs) { m_pageSize = runs; }
    bool isRunning() const { return !m_reply.isNull(); }

    // Starts pulling from the cache's cursor; does nothing while a pull runs.
    void start();
    // Stops after the page in flight is dropped; the cache keeps every page applied so far.
    void stop();

signals:
    void pageApplied(int runs, qint64 cursor);
    // After each page: the runs this pull stored so far, and those plus the ones the server says remain
    // after the page (0 when the server does not say).
    void progressed(qint64 runsDone, qint64 runsTotal);
    // The server's clock and active window as of the last page ("server_time" and "active_ms", ms): what
    // ActiveRunExpiry needs to age runs that stopped pinging.
    void serverClock(qint64 serverTimeMs, qint64 activeMs);
    // The cache holds everything the server had when the last page was read.
    void finished();
    void failed(const SyncError &error);

private:
    void requestPage(qint64 since);
    void onPage(const ApiResult &result);
    void fail(const SyncError &error);

    ApiConnection &m_api;
    Cache &m_cache;
    QString m_project;
    int m_pageSize = DefaultPageSize;
    QPointer<QNetworkReply> m_reply;
    bool m_stopped = false;
    qint64 m_runsDone = 0; // by this pull, for progressed() // stop() from a pageApplied() handler must not be followed
                           // by the next page
};

} // namespace nereid
