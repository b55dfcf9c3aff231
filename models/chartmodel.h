#pragma once

#include "series/chartseries.h"
#include "series/pixelcolumns.h"

#include <map>
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

    explicit ChartModel(Cache &cache, QObject *parent = nullptr);

    // Reads each run's cached points of `path`.
    void setSeries(const QString &path, const QStringList &runIds);
    void setXAxisMode(XAxisMode mode);
    void setSmoothing(double weight);
    void setLogY(bool logY);
    // The x range in view and the plot's width in pixels; resetView() shows every point again.
    void setView(double from, double to, int width);
    void resetView();

    QString path() const { return m_path; }
    QStringList runIds() const { return m_runIds; }
    // The x range of every point of every run: what resetView() shows. {0, 1} with no points.
    std::pair<double, double> extent() const;
    std::pair<double, double> view() const;
    QList<Line> lines() const;
    const ChartSeries *series(const QString &runId) const;

signals:
    void changed();

private:
    void onPointsAdded(const QString &runId, const QString &path);
    Line lineOf(const QString &runId, const ChartSeries &series, const PixelColumns &columns) const;
    void clipToLogFloor(QList<Line> &lines) const;

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
};

} // namespace nereid
