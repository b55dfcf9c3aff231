#pragma once

#include "domain/seriespoint.h"
#include "series/seriesview.h"

#include <QObject>

namespace nereid {

// How the app's models ask for series data the cache lacks; core/sync answers (SyncSeriesSource). Models read
// everything else from the cache: this is the only way they reach the server, so no model builds a URL or reads the
// API's JSON. Answers come as signals; lines and raw points that are cached come as the cache's pointsAdded.
class SeriesSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SeriesSource() override;

    // A float series over a range, for a chart: ready() with the view, or failed(). A short series is cached on the
    // way (pointsAdded); a long one the cache does not hold comes as the server's buckets.
    virtual void fetch(const SeriesRequest &request) = 0;
    // The lines of a string series logged after its last cached one, into the cache: linesFetched() once the cache
    // holds every line the server has, or linesFailed().
    virtual void fetchLines(const QString &runId, const QString &path) = 0;
    // Every raw point of a range, not cached (the CSV export of a series the cache does not hold). Answers an id
    // that the download's signals name.
    virtual int download(const SeriesRequest &range) = 0;
    // Ends the download; it says nothing more.
    virtual void cancelDownload(int id) = 0;

signals:
    void ready(const nereid::SeriesRequest &request, const nereid::SeriesView &view);
    void failed(const nereid::SeriesRequest &request, const QString &message);
    void linesFetched(const QString &runId, const QString &path);
    void linesFailed(const QString &runId, const QString &path, const QString &message);
    void downloadProgressed(int id, qint64 received);
    void downloaded(int id, const QList<nereid::FloatPoint> &points);
    void downloadFailed(int id, const QString &message);
    // The server answers again after a failure: what failed may be asked for again.
    void reachable();
};

} // namespace nereid
