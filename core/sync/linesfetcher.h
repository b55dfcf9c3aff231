#pragma once

#include "syncerror.h"

#include <QHash>
#include <QObject>

namespace nereid {

class ApiConnection;
class Cache;
struct ApiResult;

// The lines of a string series (a run's log) into the cache: read page by page (GET .../series) from the last
// cached step on, so an active run's new lines come incrementally and what was read once stays readable offline.
// One read per series at a time; asking again while one is under way reads once more after it, for the lines logged
// meanwhile.
class LinesFetcher : public QObject
{
    Q_OBJECT

public:
    LinesFetcher(ApiConnection &api, Cache &cache, QObject *parent = nullptr);
    // Lines per request (the server gives at most 10,000 of a string series at once).
    void setPageSize(int lines) { m_pageSize = lines; }

    void fetch(const QString &runId, const QString &path);

signals:
    void fetched(const QString &runId, const QString &path);
    void failed(const QString &runId, const QString &path, const nereid::SyncError &error);

private:
    void fetchFrom(const QString &runId, const QString &path, double from);
    void onPage(const QString &runId, const QString &path, const ApiResult &result);
    void finish(const QString &runId, const QString &path, const SyncError *error);
    static QString key(const QString &runId, const QString &path) { return runId + QLatin1Char('\n') + path; }

    ApiConnection &m_api;
    Cache &m_cache;
    int m_pageSize = 10000;
    QHash<QString, bool> m_underWay; // by key(): whether it was asked for again meanwhile
};

} // namespace nereid
