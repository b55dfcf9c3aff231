#pragma once

#include "chartfetchplan.h"
#include "domain/runrecord.h"
#include "reducedseries.h"
#include "series/chartseries.h"
#include "series/pixelcolumns.h"
#include "seriesselection.h"

#include <map>
#include <optional>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QStringList>

namespace nereid {

class Cache;

// One chart (issue 7, no widgets): float series compared across runs, read from the cache and followed as points
// arrive. The chart draws the paths its SeriesSelection picks among the runs' float series (issue 17: "train/loss,
// val/loss", "*/loss"), a line for each run and path. Each line has a key: the run's id while the chart has one
// path (so a chart of one path is keyed by run, as before), "id\x1fpath" when it has more. lines() answers, per run,
// the line to draw for the x range and pixel width in view: at most about 4 points per pixel column (M4, spikes kept),
// the smoothed line beside it, and on a log axis the points clipped to the axis floor, marked, with the number of raw
// values <= 0 in view. The view coalesces changed() into one replace() per frame.
class ChartModel : public QObject
{
    Q_OBJECT

public:
    struct Line
    {
        QString key;
        QString runId;
        QString path;
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

    // Reads each run's cached points of the paths `selection` picks (SeriesSelection's text; one path is one).
    // A glob or expression is resolved again when a run logs a new path it matches.
    void setSeries(const QString &selection, const QStringList &runIds);
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

    // The selection's text: for a chart of one path, that path.
    QString path() const { return m_path; }
    const SeriesSelection &selection() const { return m_selection; }
    // The paths drawn, in the selection's order: a line style each.
    QStringList paths() const { return m_paths; }
    // Every line, run after run and, within a run, path after path.
    QStringList lineKeys() const { return m_keys; }
    QString keyOf(const QString &runId, const QString &path) const;
    QString runOf(const QString &key) const;
    QString pathOf(const QString &key) const;
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
    // The series of a line, by its key.
    const ChartSeries *series(const QString &key) const;
    QString runName(const QString &runId) const;
    // The point of the line nearest to x along the x axis (hover), or nothing when it has no point. Of a line
    // drawn from the server's buckets, the nearest of the buckets' points (finer as the user zooms).
    std::optional<NearestPoint> nearest(const QString &key, double x) const;
    // The points of the line with x in [from, to] (those drawn a few pixels either side of the cursor), at most
    // `most` of them: hovering picks the one nearest the cursor, a spike among them.
    QList<NearestPoint> pointsNear(const QString &key, double from, double to, qsizetype most = 4096) const;
    // Whether the line is drawn from the server's buckets: the cache does not hold its series.
    bool isReduced(const QString &key) const { return m_fetch.isReduced(key); }
    const ReducedSeries *reduced(const QString &key) const { return m_fetch.reduced(key); }
    // The steps of the line's points in view (a reduced line's points come from the server by step).
    std::pair<double, double> stepsInViewOf(const QString &key) const { return m_fetch.stepsInViewOf(key); }
    // The raw points of the line whose x lies in the view (export), every one of them, not the reduced line: those
    // it holds, or of `points` (a reduced line's, downloaded).
    QList<FloatPoint> pointsInView(const QString &key) const;
    QList<FloatPoint> pointsInView(const QString &key, const QList<FloatPoint> &points) const;

signals:
    void changed();

private:
    std::pair<qsizetype, qsizetype> indicesInView(const ChartSeries &series) const;
    void onPointsAdded(const QString &runId, const QString &path);
    // A run logged new paths: a pattern may pick more of them now.
    void onFieldsChanged(const QString &runId, const QStringList &paths);
    QStringList resolvePaths(const QList<RunRecord> &runs) const;
    Line lineOf(const QString &key, const ChartSeries &series, const PixelColumns &columns) const;
    void clipToLogFloor(QList<Line> &lines) const;
    // The server's buckets of the line, or its cached points.
    const SeriesData &shownLine(const QString &key, const ChartSeries &series) const;

    Cache &m_cache;
    QString m_path;
    SeriesSelection m_selection;
    QStringList m_paths;
    QStringList m_runIds;
    QStringList m_keys;
    std::map<QString, std::pair<QString, QString>> m_lineSources; // key -> run, path
    std::map<QString, ChartSeries> m_series;                      // by key
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
