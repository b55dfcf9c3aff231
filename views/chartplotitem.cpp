#include "chartplotitem.h"

#include <algorithm>
#include <cmath>
#include <QPainter>

namespace nereid {

namespace {

constexpr double MarkerSize = 10;
// From this many shown runs on, lines are one pixel wide: a wider pen is stroked into an outline with round joins
// (atan2 and sincos for every vertex), which took 35 s for 2,000 runs of 1,000 points. One-pixel lines take the
// raster engine's cosmetic path, and so many lines read better thin anyway.
constexpr int ThinLineRuns = 20;

} // namespace

ChartPlotItem::ChartPlotItem(MappingSource mapping, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_mapping(std::move(mapping))
{
    setFlag(ItemHasNoContents, false);
    setAcceptedMouseButtons(Qt::NoButton); // the rubber band, wheel and hover belong to the view
    // Above the plot's background and grid (QtCharts draws those at lower z values), below the legend.
    setZValue(5);
    // Scrolling a dashboard exposes strips of its charts every frame; stroking every run's line again for each took
    // most of a scroll step. The painted lines are kept in a pixmap of the device's pixels until they change
    // (update(): new points, another range, plot area, hidden or highlighted run).
    setCacheMode(DeviceCoordinateCache);
}

void ChartPlotItem::setTraces(QList<ChartTrace> traces, bool smoothing)
{
    ++m_frames;
    m_traces = std::move(traces);
    m_smoothing = smoothing;
    m_mapped = false;
    plotChanged();
}

void ChartPlotItem::setHidden(const QString &runId, bool hidden)
{
    for (ChartTrace &trace : m_traces)
        if (trace.runId == runId)
            trace.hidden = hidden;
    update();
}

void ChartPlotItem::setHighlighted(const QString &runId)
{
    if (runId == m_highlighted)
        return;
    m_highlighted = runId;
    update();
}

const ChartTrace *ChartPlotItem::trace(const QString &key) const
{
    for (const ChartTrace &trace : m_traces)
        if (trace.key == key)
            return &trace;
    return nullptr;
}

void ChartPlotItem::plotChanged()
{
    const ChartPlotMapping mapping = m_mapping();
    const QRectF bounds = mapping.plot.adjusted(-MarkerSize, -MarkerSize, MarkerSize, MarkerSize);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    if (m_mapped && mapping == m_mappedWith)
        return; // QtCharts reports a plot area or ranges set again unchanged: the cached lines stand
    update();
}

QRectF ChartPlotItem::boundingRect() const
{
    return m_bounds;
}

void ChartPlotItem::mapIfNeeded() const
{
    const ChartPlotMapping mapping = m_mapping();
    if (m_mapped && mapping == m_mappedWith)
        return;
    m_mapped = true;
    m_mappedWith = mapping;
    m_painted.assign(m_traces.size(), {});
    if (!mapping.isValid())
        return;
    for (qsizetype i = 0; i < m_traces.size(); ++i) {
        const ChartTrace &trace = m_traces[i];
        Painted &painted = m_painted[i];
        painted.raw =
            ChartPlotLine::map(trace.raw, mapping, ChartPlotLine::isDense(trace.raw, mapping), m_smoothing ? 1 : 2);
        painted.smoothed =
            ChartPlotLine::map(trace.smoothed, mapping, ChartPlotLine::isDense(trace.smoothed, mapping), 2);
        for (const QPointF &point : trace.clipped)
            painted.markers.append(mapping.map(point));
    }
}

const ChartPlotItem::Painted *ChartPlotItem::painted(const QString &key) const
{
    mapIfNeeded();
    for (qsizetype i = 0; i < m_traces.size(); ++i)
        if (m_traces[i].key == key)
            return m_traces[i].hidden ? nullptr : &m_painted[i];
    return nullptr;
}

ChartPlotLine ChartPlotItem::paintedRaw(const QString &key) const
{
    const Painted *found = painted(key);
    return found ? found->raw : ChartPlotLine();
}

ChartPlotLine ChartPlotItem::paintedSmoothed(const QString &key) const
{
    const Painted *found = painted(key);
    return found ? found->smoothed : ChartPlotLine();
}

QPolygonF ChartPlotItem::paintedMarkers(const QString &key) const
{
    const Painted *found = painted(key);
    return found ? found->markers : QPolygonF();
}

void ChartPlotItem::drawLines(QPainter *painter, const ChartPlotLine &line, const QColor &color, double width,
                              Qt::PenStyle style) const
{
    // A dense line (see ChartPlotLine::isDense) looks the same without antialiasing, as filled pixel columns.
    painter->setRenderHint(QPainter::Antialiasing, !line.dense);
    const QList<QPolygonF> &pieces = line.pieces;
    // One call for every column: the raster engine fills them as spans without a brush set up for each.
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRects(line.spans.constData(), int(line.spans.size()));
    if (line.dense) {
        // A pen of one pixel takes the raster engine's fast path (QCosmeticStroker); a wider pen is stroked into
        // an outline and filled, which took 4 s for a zoom of 20 runs, against about 0.1 s this way. A wide line is
        // drawn as one-pixel passes shifted right and down instead.
        painter->setPen(QPen(color, 1, style, Qt::FlatCap, Qt::BevelJoin));
        const QList<QPointF> shifts = width > 1.5 ? QList<QPointF>{{0, 0}, {1, 0}, {0, 1}} : QList<QPointF>{{0, 0}};
        for (const QPointF &shift : shifts) {
            painter->translate(shift);
            for (const QPolygonF &piece : pieces)
                if (piece.size() > 1)
                    painter->drawPolyline(piece);
            painter->translate(-shift);
        }
    } else {
        // Mitred joins (bevelled past the pen's miter limit of 2): a round join adds an arc at every vertex, which made
        // a chart's first paint a third slower (a dashboard's scroll step that brings a chart in) and looks the same
        // on lines this thin.
        painter->setPen(QPen(color, width, style, style == Qt::SolidLine ? Qt::RoundCap : Qt::FlatCap, Qt::MiterJoin));
        for (const QPolygonF &piece : pieces)
            if (piece.size() > 1)
                painter->drawPolyline(piece);
    }
    // A piece of one point (between two gaps) would vanish: a dot a little wider than the line.
    painter->setPen(QPen(color, width + 2, Qt::SolidLine, Qt::RoundCap));
    for (const QPolygonF &piece : pieces)
        if (piece.size() == 1)
            painter->drawPoint(piece.first());
}

void ChartPlotItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    mapIfNeeded();
    if (!m_mappedWith.isValid())
        return;
    painter->save();
    painter->setClipRect(m_mappedWith.plot);
    drawBands(painter); // groups mode: under every line
    // A highlighted run's lines (hovered in the legend) are drawn last and wider; the others fade behind them.
    QList<qsizetype> highlighted;
    const bool thin = std::count_if(m_traces.begin(), m_traces.end(),
                                    [](const ChartTrace &trace) { return !trace.hidden; }) >= ThinLineRuns;
    for (qsizetype i = 0; i < m_traces.size(); ++i) {
        if (m_traces[i].hidden)
            continue;
        if (!m_highlighted.isEmpty() && m_traces[i].runId == m_highlighted) {
            highlighted.append(i);
            continue;
        }
        QColor color = m_traces[i].color;
        if (m_smoothing || !m_highlighted.isEmpty())
            color.setAlpha(m_highlighted.isEmpty() ? 70 : 45);
        drawLines(painter, m_painted[i].raw, color, m_smoothing || thin ? 1 : 1.6, m_traces[i].style);
    }
    for (qsizetype i = 0; i < m_traces.size(); ++i)
        if (!m_traces[i].hidden && !highlighted.contains(i))
            drawLines(painter, m_painted[i].smoothed, m_traces[i].color, thin ? 1 : 2.2, m_traces[i].style);
    for (const qsizetype i : std::as_const(highlighted)) {
        drawLines(painter, m_painted[i].raw, m_traces[i].color, m_smoothing ? 1.6 : 2.6, m_traces[i].style);
        drawLines(painter, m_painted[i].smoothed, m_traces[i].color, 3.2, m_traces[i].style);
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(m_bounds);
    painter->setPen(QPen(QColor(0x30, 0x30, 0x30), 1));
    for (qsizetype i = 0; i < m_traces.size(); ++i) {
        if (m_traces[i].hidden)
            continue;
        painter->setBrush(m_traces[i].color);
        const double half = MarkerSize / 2;
        for (const QPointF &at : m_painted[i].markers)
            painter->drawPolygon(
                QPolygonF{at + QPointF(0, -half), at + QPointF(half, half), at + QPointF(-half, half)});
    }
    painter->restore();
}

} // namespace nereid
