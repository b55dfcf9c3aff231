#pragma once

#include "chartplotline.h"

#include <functional>
#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QPolygonF>
#include <vector>

namespace nereid {

// What the chart draws of one line (a run's path), in axis units (x in milliseconds on a date axis).
struct ChartTrace
{
    QString key; // the line's, see ChartModel
    QString runId;
    QColor color;
    Qt::PenStyle style = Qt::SolidLine; // of the line's path, in a chart of several
    QList<QPointF> raw;                 // y NaN breaks the line: a gap, never joined across
    QList<QPointF> smoothed;            // empty without smoothing
    QList<QPointF> clipped;             // points of a log axis' floor, drawn as markers
    bool hidden = false;
};

// A translucent band around a group's mean line (issue 17, item 3: charts in groups mode), in axis units: the
// lowest and the highest value at each x.
struct ChartBand
{
    QString key; // the line's
    QString runId;
    QColor color;
    QList<QPointF> low;
    QList<QPointF> high;
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
    // The bands drawn under the lines (chartplotbands.cpp); none outside groups mode.
    void setBands(QList<ChartBand> bands);
    // Where the band is painted, by its line's key: its outline, low edge then high edge backwards; empty for none.
    QPolygonF paintedBand(const QString &key) const;
    // Hides or shows every line of the run.
    void setHidden(const QString &runId, bool hidden);
    // The run whose lines are drawn over the others, wider, while they fade; empty: none.
    void setHighlighted(const QString &runId);
    QString highlighted() const { return m_highlighted; }
    const ChartTrace *trace(const QString &key) const;
    // Frames handed so far (one setTraces() each).
    int frameCount() const { return m_frames; }
    // The plot area or the axes' ranges changed: the lines are mapped anew at the next paint.
    void plotChanged();

    // Where the line is painted, by its key; empty for a hidden run's.
    ChartPlotLine paintedRaw(const QString &key) const;
    ChartPlotLine paintedSmoothed(const QString &key) const;
    QPolygonF paintedMarkers(const QString &key) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Painted
    {
        ChartPlotLine raw;
        ChartPlotLine smoothed;
        QPolygonF markers;
    };
    const Painted *painted(const QString &key) const;
    void mapIfNeeded() const;
    void drawBands(QPainter *painter) const;
    QPolygonF bandPolygon(const ChartBand &band, const ChartPlotMapping &mapping) const;
    void drawLines(QPainter *painter, const ChartPlotLine &line, const QColor &color, double width,
                   Qt::PenStyle style) const;

    MappingSource m_mapping;
    QList<ChartTrace> m_traces;
    QList<ChartBand> m_bands;
    bool m_smoothing = false;
    QString m_highlighted;
    int m_frames = 0;
    QRectF m_bounds;
    mutable bool m_mapped = false;
    mutable ChartPlotMapping m_mappedWith;
    mutable std::vector<Painted> m_painted; // per trace, in the chart's coordinates
};

} // namespace nereid
