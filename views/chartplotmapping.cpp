#include "chartplotmapping.h"

#include <cmath>

namespace nereid {

ChartPlotMapping::ChartPlotMapping(const QRectF &area, double xFrom, double xTo, double yFrom, double yTo,
                                   bool logScale)
    : plot(area)
    , xMin(xFrom)
    , xMax(xTo)
    , yMin(yFrom)
    , yMax(yTo)
    , logY(logScale)
{
    if (!isValid())
        return;
    m_xScale = plot.width() / (xMax - xMin);
    m_x0 = plot.left() - xMin * m_xScale;
    const double low = logY ? std::log10(yMin) : yMin;
    const double high = logY ? std::log10(yMax) : yMax;
    m_yScale = -plot.height() / (high - low);
    m_y0 = plot.bottom() - low * m_yScale;
}

double ChartPlotMapping::mapY(double y) const
{
    // A value <= 0 has no place on a log axis (the chart clips those to a floor before): below the plot.
    if (logY)
        return y > 0 ? m_y0 + std::log10(y) * m_yScale : plot.bottom() + plot.height();
    return m_y0 + y * m_yScale;
}

bool ChartPlotMapping::operator==(const ChartPlotMapping &other) const
{
    return plot == other.plot && xMin == other.xMin && xMax == other.xMax && yMin == other.yMin && yMax == other.yMax &&
           logY == other.logY;
}

} // namespace nereid
