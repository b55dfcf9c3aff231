#pragma once

#include "chartfetchplan.h"
#include "reducedseries.h"
#include "series/chartseries.h"
#include "series/pixelcolumns.h"

#include <map>
#include <optional>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QStringList>

namespace nereid {

class Cache;

// One chart (issue 7, no widgets): a float series path compared across runs, read from the cache and followed as
// points arrive. lines() answers, per run, the line to draw for the x range and pixel width in view: at most about
// 4 points per pixel column (M4, spikes kept), the smoothed line beside it, and on a log axis the points clipped to
// the axis floor, marked, with the number of raw values <= 0 in view. The view coalesces changed() into one
// replace() per frame.
class ChartModel : public QObject
{
    Q_OBJECT

public:
    struct Line
    {
        QString runId;
        QString runName;
        QList<QPointF> raw;        // y NaN marks a gap (see M4Reducer)
        QList<QPointF> smoothed;   // empty without smoothing
        QList<qsizetype> clipped;  // indices into raw drawn at the log floor
        qsizetype nonPositive = 0; // raw values <= 0 in the x range
    };

    // The raw point nearest to an x (hover), and where it is drawn.
    struct NearestPoint
    {
        FloatPoint point;
        double x = 0;               // on the axis in use
        bool estimatedTime = false; // a lowest or highest value of the server's buckets: its time is an estimate
    };

    explicit ChartModel(Cache &cache, QObject *parent = nullptr);

    // Reads each run's cached points of `path`.
    void setSeries(const QString &path, const QStringList &runIds);
    // Where the points the cache lacks come from (null: the cache alone). A run whose series the cache does not
    // hold whole is asked for at the range and width in view, again at each zoom: a long series comes as the
    // server's buckets (spikes kept), a short one is cached whole and followed.
    void setSource(SeriesSource *source) { m_fetch.setSource(source); }
    SeriesSource *source() const { return m_fetch.source(); }
    void setXAxisMode(XAxisMode mode);
    void setSmoothing(double weight);
    void setLogY(bool logY);
    // The x range in view and the plot's width in pixels; resetView() shows every point again.
    void setView(double from, double to, int width);
    void resetView();
    // The plot's width in pixels, keeping the x range.
    void setWidth(int width);

    QString path() const { return m_path; }
    double smoothing() const { return m_smoothing; }
    int width() const { return m_width; }
    bool logY() const { return m_logY; }
    XAxisMode xAxisMode() const { return m_mode; }
    // Whether the view is a range the user zoomed to, not every point (see view()).
    bool isZoomed() const { return !m_wholeExtent; }
    // Why the last fetch failed, in words; empty when it did not.
    QString fetchError() const { return m_fetch.error(); }
    QStringList runIds() const { return m_runIds; }
    // The x range of every point of every run. {0, 1} with no points.
    std::pair<double, double> extent() const;
    // The x range in view: after resetView(), the extent up to a round number just beyond it (see AxisEnd).
    std::pair<double, double> view() const;
    QList<Line> lines() const;
    const ChartSeries *series(const QString &runId) const;
    QString runName(const QString &runId) const;

    // The point of the run nearest to x along the x axis (hover), or nothing when the run has no point. Of a run
    // drawn from the server's buckets, the nearest of the buckets' points (finer as the user zooms).
    std::optional<NearestPoint> nearest(const QString &runId, double x) const;
    // The points of the run with x in [from, to] (those drawn a few pixels either side of the cursor), at most `most`
    // of them: hovering picks the one nearest the cursor, a spike among them.
    QList<NearestPoint> pointsNear(const QString &runId, double from, double to, qsizetype most = 4096) const;
    // Whether the run is drawn from the server's buckets: the cache does not hold its series.
    bool isReduced(const QString &runId) const { return m_fetch.isReduced(runId); }
    const ReducedSeries *reduced(const QString &runId) const { return m_fetch.reduced(runId); }
    // The steps of the run's points in view (a reduced run's points come from the server by step).
    std::pair<double, double> stepsInViewOf(const QString &runId) const { return m_fetch.stepsInViewOf(runId); }
    // The raw points of the run whose x lies in the view (export), every one of them, not the reduced line: those
    // the run holds, or of `points` (a reduced run's, downloaded).
    QList<FloatPoint> pointsInView(const QString &runId) const;
    QList<FloatPoint> pointsInView(const QString &runId, const QList<FloatPoint> &points) const;

signals:
    void changed();

private:
    std::pair<qsizetype, qsizetype> indicesInView(const ChartSeries &series) const;
    void onPointsAdded(const QString &runId, const QString &path);
    Line lineOf(const QString &runId, const ChartSeries &series, const PixelColumns &columns) const;
    void clipToLogFloor(QList<Line> &lines) const;
    // The server's buckets of the run, or the run's cached line.
    const SeriesData &shownLine(const QString &runId, const ChartSeries &series) const;

    Cache &m_cache;
    QString m_path;
    QStringList m_runIds;
    std::map<QString, ChartSeries> m_series;
    std::map<QString, QString> m_runNames;
    XAxisMode m_mode = XAxisMode::Step;
    double m_smoothing = 0;
    bool m_logY = false;
    bool m_wholeExtent = true;
    double m_from = 0;
    double m_to = 1;
    int m_width = 1000;
    ChartFetchPlan m_fetch; // what the cache lacks, asked of the source
};

} // namespace nereid
