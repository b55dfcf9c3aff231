#pragma once

#include <QPointF>
#include <QRectF>

namespace nereid {

// Where a value lands on the plot: the axes' ranges (in axis units: milliseconds on a date axis) stretched over the
// plot area, y linear or log 10. The same arithmetic as QChart::mapToPosition, done without a virtual call and a
// domain look-up per point, so 100,000 points map in well under a millisecond.
struct ChartPlotMapping
{
    QRectF plot;
    double xMin = 0;
    double xMax = 1;
    double yMin = 0;
    double yMax = 1;
    bool logY = false;

    ChartPlotMapping() = default;
    ChartPlotMapping(const QRectF &area, double xFrom, double xTo, double yFrom, double yTo, bool logScale);

    QPointF map(QPointF value) const { return {mapX(value.x()), mapY(value.y())}; }
    double mapX(double x) const { return m_x0 + x * m_xScale; }
    double mapY(double y) const;
    bool isValid() const
    {
        return plot.width() > 0 && plot.height() > 0 && xMax > xMin && yMax > yMin && (!logY || yMin > 0);
    }
    bool operator==(const ChartPlotMapping &other) const;

private:
    double m_x0 = 0;
    double m_xScale = 1;
    double m_y0 = 0;
    double m_yScale = 1;
};

} // namespace nereid
