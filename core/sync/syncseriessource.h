#pragma once

#include "cache/seriessource.h"

#include <QHash>
#include <QPointer>

namespace nereid {

class ApiConnection;
class Cache;
class LinesFetcher;
class PointsDownload;
class SeriesFetcher;

// The app's models' SeriesSource, answered over HTTP: float series through the SeriesFetcher, string series through
// a LinesFetcher, raw downloads as PointsDownloads. Failures come as the SyncError's words. The sync engine says
// when the server is reachable again (markReachable()).
class SyncSeriesSource : public SeriesSource
{
    Q_OBJECT

public:
    SyncSeriesSource(ApiConnection &api, Cache &cache, SeriesFetcher &floats, QObject *parent = nullptr);
    ~SyncSeriesSource() override;

    void fetch(const SeriesRequest &request) override;
    void fetchLines(const QString &runId, const QString &path) override;
    int download(const SeriesRequest &range) override;
    void cancelDownload(int id) override;

    LinesFetcher &lines() { return *m_lines; }
    void markReachable() { emit reachable(); }

private:
    ApiConnection &m_api;
    SeriesFetcher &m_floats;
    LinesFetcher *m_lines;
    QHash<int, QPointer<PointsDownload>> m_downloads;
    int m_lastDownload = 0;
};

} // namespace nereid
