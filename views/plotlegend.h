#pragma once

#include "models/plotaxis.h"

#include <QCoreApplication>
#include <QRectF>
#include <QRgb>

class QPainter;
class QWidget;

namespace nereid {

// What a plot's colours mean, in a box at the top right of its plot area: a swatch per group for a string column, or
// the colour scale from the column's low to its high value for a number.
class PlotLegend
{
    Q_DECLARE_TR_FUNCTIONS(PlotLegend)

public:
    // `colorOf` gives a category's colour (its index) or a number's on the scale (its fraction of the axis).
    static void paint(QPainter &painter, const QWidget &widget, const QRectF &plot, const QString &title,
                      const PlotAxis &axis, QRgb (*colorOf)(const PlotAxis &axis, double value));
};

} // namespace nereid
