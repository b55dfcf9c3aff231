#pragma once

#include "series/seriesview.h"
#include "syncerror.h"

#include <QHash>
#include <QObject>

namespace nereid {

class ApiConnection;
class Cache;
struct ApiResult;

// Series points on demand. A request is answered from the cache when it holds the whole series; a series of
// at most rawLimit() points is otherwise fetched raw after the last cached step (so an active run's new points
// come incrementally), cached, and answered from the cache; a longer one is answered with the server's reduced
// read for the range and width, which is not cached. The project's sync keeps the series' summaries current;
// asking again when fieldsChanged() names the series follows an active run. One raw fetch per series at a time:
// a request while one is under way waits for it and is answered from the cache (two fetches from the same
// cached step would both try to append the same points).
class SeriesFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultRawLimit = 200000;

    SeriesFetcher(ApiConnection &api, Cache &cache, QObject *parent = nullptr);
    void setRawLimit(qint64 points) { m_rawLimit = points; }
    qint64 rawLimit() const { return m_rawLimit; }
    // Points per request of a raw fetch (the server gives at most 100,000).
    void setPageSize(int points) { m_pageSize = points; }

    void fetch(const SeriesRequest &request);
    // The API path of a route of the request's series ("series", "series/reduced"), with its path parameter.
    static QString seriesPath(const SeriesRequest &request, const QString &route);
    ApiConnection &api() const { return m_api; }

signals:
    void ready(const nereid::SeriesRequest &request, const nereid::SeriesView &view);
    void failed(const nereid::SeriesRequest &request, const nereid::SyncError &error);

private:
    void fetchRaw(const SeriesRequest &request, double after);
    void onRaw(const SeriesRequest &request, double after, const ApiResult &result, const QByteArray &body);
    void fetchReduced(const SeriesRequest &request);
    void answerFromCache(const SeriesRequest &request);
    // Ends the raw fetch of the request's series: answers every request that waited for it, or fails them.
    void finishRaw(const SeriesRequest &request, const SyncError *error);
    static QString seriesKey(const SeriesRequest &request) { return request.runId + QLatin1Char('\n') + request.path; }

    ApiConnection &m_api;
    Cache &m_cache;
    qint64 m_rawLimit = DefaultRawLimit;
    int m_pageSize = 100000;
    QHash<QString, QList<SeriesRequest>> m_rawUnderWay; // by seriesKey(): the requests waiting for the fetch
};

} // namespace nereid
