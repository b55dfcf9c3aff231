#pragma once

#include "chartplotitem.h"
#include "models/chartmodel.h"

#include <map>
#include <QHash>
#include <QObject>

class QChart;
class QLineSeries;
class QAbstractSeries;

namespace nereid {

class ChartAxes;
class RunColors;

// The lines of one chart's runs. With a QtCharts legend, each run has a QLineSeries without points: its legend entry
// ("id · name", a click hides the run). Without (many runs: the panel lists them beside the plot), a run has no
// series at all: 2,000 of them took QtCharts seconds to add and lay out. One series of no points and no legend entry
// holds the axes either way. The lines themselves (the raw line, faint while smoothing, the smoothed
// line, and the points clipped to a log axis' floor as markers) are drawn by one ChartPlotItem: apply() hands it
// every run's points once per frame, never a point at a time. NaN breaks a line; ±Infinity is drawn at the edge of
// the y range. In a chart of several paths (issue 17) each run has a line per path: the run's colour and the path's
// style (solid, dashed, dotted, …; one colour per path when one run is shown), and the legend has an entry per
// path, in its style.
class ChartLines : public QObject
{
    Q_OBJECT

public:
    struct Run
    {
        QLineSeries *series = nullptr; // no points: the legend entry; null without a QtCharts legend
        bool hidden = false;
    };

    // `colors` must outlive the lines.
    ChartLines(QChart *chart, ChartAxes *axes, const RunColors &colors, QObject *parent = nullptr);

    // Takes these runs (and drops others), with a legend series each when `legendSeries`; `labels` are the
    // legend's "id · name".
    void setRuns(const QStringList &runIds, const QStringList &labels, bool legendSeries = true);
    // The paths of the chart, in its order: the legend shows their styles when there are several.
    void setPaths(const QStringList &paths);
    QStringList paths() const { return m_paths; }
    QColor colorOf(const QString &runId, const QString &path) const;
    Qt::PenStyle styleOf(const QString &path) const;
    // The legend series of the path, null without one.
    QLineSeries *pathSeries(const QString &path) const { return m_pathSeries.value(path); }
    // Draws the run over the others, which fade; empty: none.
    void setHighlighted(const QString &runId);
    // Hands the plot every run's lines; xScale turns model x into axis x (seconds → ms for a date axis).
    // Returns the y range of the points of the shown runs (NaN, NaN when there are none).
    std::pair<double, double> apply(const QList<ChartModel::Line> &lines, double xScale, bool smoothing);
    void setHidden(const QString &runId, bool hidden);
    // Groups mode (issue 17, item 3): the bands under the groups' lines; empty outside it.
    void setBands(QList<ChartBand> bands) { m_plot->setBands(std::move(bands)); }
    bool isHidden(const QString &runId) const;
    QStringList runIds() const { return m_order; }
    const Run *run(const QString &runId) const;
    // What is drawn of the line (axis units), by its key (see ChartModel), null before the first frame.
    const ChartTrace *trace(const QString &key) const { return m_plot->trace(key); }
    const ChartPlotItem *plot() const { return m_plot; }
    QList<QAbstractSeries *> allSeries() const;
    // The series every chart has, attached to the axes, for mapping positions to values.
    QLineSeries *anchor() const { return m_anchor; }
    // The run whose legend series `series` is, or empty.
    QString runOf(const QAbstractSeries *series) const;

private:
    void styleLegend(const QString &runId, const Run &run) const;
    void clearPathSeries();

    QChart *m_chart;
    const RunColors &m_colors;
    QStringList m_paths;
    QHash<QString, QLineSeries *> m_pathSeries;
    ChartPlotItem *m_plot; // owned by the chart, as its child item
    QLineSeries *m_anchor;
    QStringList m_order;
    std::map<QString, Run> m_runs;
};

} // namespace nereid
