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

    bool dense = false; // painted without antialiasing

    bool isEmpty() const { return pieces.isEmpty() && spans.isEmpty(); }
    // Whether a line is too dense to antialias: more than 1.5 points a pixel column on average over the columns it
    // passes, or 64 columns of 3 points or more (a long run's first million steps squeezed into a third of the plot
    // beside sparse ones). Antialiased, a wide pen is stroked into an outline whose scan conversion slows down with
    // every crossing of a pixel row: 170 ms for such a line of 1,600 points.
    static bool isDense(const QList<QPointF> &points, const ChartPlotMapping &mapping);
    // `width` is the pen's width in pixels: the width and least height of a span.
    static ChartPlotLine map(const QList<QPointF> &points, const ChartPlotMapping &mapping, bool dense, int width);
};

} // namespace nereid
