#pragma once

#include "seriesview.h"
#include "syncerror.h"

#include <QObject>

namespace nereid {

class ApiConnection;
class Cache;
struct ApiResult;

// Series points on demand. A request is answered from the cache when it holds the whole series; a series of
// at most rawLimit() points is otherwise fetched raw after the last cached step (so an active run's new points
// come incrementally), cached, and answered from the cache; a longer one is answered with the server's reduced
// read for the range and width, which is not cached. The project's sync keeps the series' summaries current;
// asking again when fieldsChanged() names the series follows an active run.
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

signals:
    void ready(const nereid::SeriesRequest &request, const nereid::SeriesView &view);
    void failed(const nereid::SeriesRequest &request, const nereid::SyncError &error);

private:
    void fetchRaw(const SeriesRequest &request, double after);
    void onRaw(const SeriesRequest &request, double after, const ApiResult &result);
    void fetchReduced(const SeriesRequest &request);
    void answerFromCache(const SeriesRequest &request);
    QString seriesPath(const SeriesRequest &request, const QString &route) const;

    ApiConnection &m_api;
    Cache &m_cache;
    qint64 m_rawLimit = DefaultRawLimit;
    int m_pageSize = 100000;
};

} // namespace nereid
