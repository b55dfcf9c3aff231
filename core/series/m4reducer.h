#pragma once

#include "pixelcolumns.h"
#include "seriesdata.h"

#include <QList>
#include <QPointF>

namespace nereid {

// M4 reduction: of the points of a pixel column, keep the first, the lowest, the highest and the last, in x order,
// so the drawn line is the same as with every point and no spike is lost at any zoom.
//
// NaN values are gaps. They never become a column's minimum or maximum, and the first NaN of a column is kept as a
// point whose y is NaN, in x order among the others: a view draws the line in pieces, broken at those points (and
// a piece of one point as a dot). A column of NaN values only gives just that point.
// ±Infinity values are kept like any other value (a diverging loss); they become the column's minimum or maximum.
// Outside the range, the last point before it and the first after it are kept so the line runs to both edges.
// At most 5 points per non-empty column plus those 2, in x order. Equal values keep their first occurrence.
class M4Reducer
{
public:
    static QList<QPointF> reduce(const SeriesData &series, const PixelColumns &columns);

private:
    struct Column;
    static Column scan(const SeriesData &series, qsizetype begin, qsizetype end);
    static void scanValues(const double *ys, qsizetype begin, qsizetype end, Column &column);
    static void appendColumn(const SeriesData &series, qsizetype begin, qsizetype end, QList<QPointF> &out);
    static qsizetype columnEnd(const double *xs, qsizetype begin, qsizetype end, qsizetype hint,
                               const PixelColumns &columns);
};

} // namespace nereid
