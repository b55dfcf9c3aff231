#pragma once

#include "changespage.h"
#include "syncerror.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>

class QNetworkReply;

namespace nereid {

class ApiConnection;
class Cache;
struct ApiResult;

// Pulls one project's changes feed into the cache, page after page from the cache's cursor. Each page and
// the cursor it ends at are stored in one transaction, so a pull stopped or killed at any moment resumes
// where it stopped, with nothing lost and nothing twice. A page's JSON and runs are read on a thread of their
// own (ChangesPage); only storing them happens on the thread of the cache.
class ProjectPuller : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 1000; // the most the server gives

    // `kind` empty pulls the project's runs; "model", "model_version" or "project" its objects of that kind, each
    // from a cursor of its own (docs/api.md: the changes feed's `kind`).
    ProjectPuller(ApiConnection &api, Cache &cache, QString project, QObject *parent = nullptr, QString kind = {});
    ~ProjectPuller() override { stop(); }

    const QString &project() const { return m_project; }
    const QString &kind() const { return m_kind; }
    void setPageSize(int runs) { m_pageSize = runs; }
    bool isRunning() const { return !m_reply.isNull() || !m_reader.isNull(); }

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
    // The server's database is not the one the cache's cursor came from (a page of another epoch, or a cursor
    // above the server's revision: a restore, a new database, a reset data folder). The project's runs have left
    // the cache and the pull starts again from 0; the edits waiting in the outbox stay and are sent as usual.
    void serverReplaced();
    // The cache holds everything the server had when the last page was read.
    void finished();
    void failed(const SyncError &error);

private:
    void requestPage(qint64 since);
    void onBody(const ApiResult &result, const QByteArray &body, qint64 since);
    void onPage(const ChangesPage &page, qint64 since);
    // Drops what the cache has of the project and pulls it again from 0 (serverReplaced).
    void resync(const QString &epoch);
    void fail(const SyncError &error);

    ApiConnection &m_api;
    Cache &m_cache;
    QString m_project;
    QString m_kind;
    int m_pageSize = DefaultPageSize;
    QPointer<QNetworkReply> m_reply;
    QPointer<QThread> m_reader; // reads the page that arrived, off the GUI thread
    quint64 m_generation = 0;   // a page read for a pull that was stopped since is dropped
    bool m_stopped = false;     // stop() from a pageApplied() handler must not be followed by the next page
    qint64 m_runsDone = 0;      // by this pull, for progressed()
    QElapsedTimer m_requested;  // since the page in flight was asked for
};

} // namespace nereid
