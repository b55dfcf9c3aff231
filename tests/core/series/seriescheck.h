#pragma once

#include "series/pixelcolumns.h"
#include "series/seriesdata.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace nereid::seriescheck {

// M4 written the plain way, for tests to hold M4Reducer to: every point put in its column one by one, then per
// column the first and last non-NaN points, the first lowest and first highest, and the first NaN, in x order;
// a column of NaN only keeps its first point; the neighbours just outside the range are kept.
QList<QPointF> bruteForceM4(const SeriesData &series, const PixelColumns &columns);

// Whether the line holds the point (x, y) exactly: a spike that M4 must keep.
bool containsPoint(const QList<QPointF> &line, double x, double y);

// Empty when both lines are the same point for point (x and y equal, or both y NaN), else where they differ.
QString lineDifference(const QList<QPointF> &actual, const QList<QPointF> &expected);

} // namespace nereid::seriescheck
