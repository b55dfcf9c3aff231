#pragma once

#include "series/seriesview.h"
#include "syncerror.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace nereid {

class ApiConnection;
struct ApiResult;

// Every raw point of one float series over a step range, page by page (GET .../series in the binary form: see
// PointsPage), kept in memory and not cached: what a CSV export of a long series the cache does not hold writes.
// Cancelling ends the request under way; a cancelled download says nothing more.
class PointsDownload : public QObject
{
    Q_OBJECT

public:
    // `range` names the run, the series and the steps; its width and smoothing do not matter here.
    PointsDownload(ApiConnection &api, const SeriesRequest &range, QObject *parent = nullptr);

    void setPageSize(int points) { m_pageSize = points; }
    void start();
    void cancel();
    const SeriesRequest &range() const { return m_range; }
    const QList<FloatPoint> &points() const { return m_points; }

signals:
    void progressed(qint64 received);
    void finished();
    void failed(const nereid::SyncError &error);

private:
    void fetchFrom(double step);
    void onPage(const ApiResult &result, const QByteArray &body);

    ApiConnection &m_api;
    SeriesRequest m_range;
    int m_pageSize = 100000; // the most the server gives at once
    QList<FloatPoint> m_points;
    QPointer<QNetworkReply> m_reply;
    bool m_cancelled = false;
};

} // namespace nereid
