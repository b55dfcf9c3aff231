#pragma once

#include "chartplotmapping.h"

#include <QList>
#include <QPolygonF>
#include <QRect>

namespace nereid {

// A line where the plot paints it, in the chart's coordinates, broken where y is NaN (a gap). An antialiased line is
// one polyline per piece between gaps (a piece of one point is painted as a dot). A line too dense to antialias is
// filled pixel columns (spans), each from the lowest to the highest point the line passes in it, and polylines only
// for its steps across empty columns.
struct ChartPlotLine
{
    QList<QPolygonF> pieces;
    QList<QRect> spans;

    bool isEmpty() const { return pieces.isEmpty() && spans.isEmpty(); }
    // `width` is the pen's width in pixels: the width and least height of a span.
    static ChartPlotLine map(const QList<QPointF> &points, const ChartPlotMapping &mapping, bool dense, int width);
};

} // namespace nereid
