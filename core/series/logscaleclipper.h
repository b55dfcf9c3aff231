#pragma once

#include <QList>
#include <QPointF>
#include <span>

namespace nereid {

// A log axis has no place for values <= 0. They are drawn at a floor below the lowest positive value, and counted so
// the chart can say so and mark them: clipped visibly, never dropped. NaN gaps stay gaps.
class LogScaleClipper
{
public:
    // A tenth of the lowest positive finite y of the lines (one floor for a whole chart); 1 when they have none.
    static double floorFor(const QList<QList<QPointF>> &lines);
    // Moves every y <= 0 (−Infinity included) of the line to `floor`; returns the indices of the points moved.
    static QList<qsizetype> clip(QList<QPointF> &line, double floor);
    // How many values of a series are <= 0: the number the chart reports, counted on the raw values, not the
    // reduced ones.
    static qsizetype countNonPositive(std::span<const double> ys);
};

} // namespace nereid
