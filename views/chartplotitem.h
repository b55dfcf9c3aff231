#pragma once

#include "chartplotline.h"

#include <functional>
#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QPolygonF>
#include <vector>

namespace nereid {

// What the chart draws of one run, in axis units (x in milliseconds on a date axis).
struct ChartTrace
{
    QString runId;
    QColor color;
    QList<QPointF> raw;      // y NaN breaks the line: a gap, never joined across
    QList<QPointF> smoothed; // empty without smoothing
    QList<QPointF> clipped;  // points of a log axis' floor, drawn as markers
    bool hidden = false;
};

// The run lines of a chart, drawn by one item in the chart's scene instead of a QLineSeries each: QtCharts' line
// item rebuilds an outline of its whole path (QPainterPathStroker, for hit tests) on every replace(), which took
// most of a frame of 40 lines × 6,000 points. This one maps every run's reduced points to the plot once per frame
// or zoom and paints them as polylines, clipped to the plot area: the raw lines (faint while smoothing), then the
// smoothed ones over them, then the markers of clipped points. Axes, legend and rubber band stay QtCharts'.
class ChartPlotItem : public QGraphicsItem
{
public:
    using MappingSource = std::function<ChartPlotMapping()>;

    ChartPlotItem(MappingSource mapping, QGraphicsItem *parent);

    // One call per frame: the lines of every run, in the legend's order.
    void setTraces(QList<ChartTrace> traces, bool smoothing);
    void setHidden(const QString &runId, bool hidden);
    // The run drawn over the others, wider, while they fade; empty: none.
    void setHighlighted(const QString &runId);
    QString highlighted() const { return m_highlighted; }
    const ChartTrace *trace(const QString &runId) const;
    // Frames handed so far (one setTraces() each).
    int frameCount() const { return m_frames; }
    // The plot area or the axes' ranges changed: the lines are mapped anew at the next paint.
    void plotChanged();

    // Where the run's lines are painted; empty for a hidden run.
    ChartPlotLine paintedRaw(const QString &runId) const;
    ChartPlotLine paintedSmoothed(const QString &runId) const;
    QPolygonF paintedMarkers(const QString &runId) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Painted
    {
        ChartPlotLine raw;
        ChartPlotLine smoothed;
        QPolygonF markers;
    };
    const Painted *painted(const QString &runId) const;
    void mapIfNeeded() const;
    void drawLines(QPainter *painter, const ChartPlotLine &line, const QColor &color, double width) const;

    MappingSource m_mapping;
    QList<ChartTrace> m_traces;
    bool m_smoothing = false;
    QString m_highlighted;
    int m_frames = 0;
    QRectF m_bounds;
    mutable bool m_mapped = false;
    mutable ChartPlotMapping m_mappedWith;
    mutable std::vector<Painted> m_painted; // per trace, in the chart's coordinates
};

} // namespace nereid
