#pragma once

#include "chartplotmapping.h"

#include <QList>
#include <QPolygonF>
#include <QRectF>

namespace nereid {

// A line where the plot paints it, in the chart's coordinates: one polyline per piece between gaps (y NaN; a piece
// of one point is painted as a dot) and, for a line too dense to antialias, filled pixel columns: where three or
// more points fall in one column, a span from the lowest to the highest, and the polyline keeps only the first and
// the last of them.
struct ChartPlotLine
{
    QList<QPolygonF> pieces;
    QList<QRectF> spans;

    // `width` is the spans' width in pixels.
    static ChartPlotLine map(const QList<QPointF> &points, const ChartPlotMapping &mapping, bool dense, double width);
};

} // namespace nereid
