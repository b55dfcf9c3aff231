// ChartPlotItem's bands (issue 17, item 3): in groups mode each group's band, from the lowest to the highest value
// (or ±1 standard deviation) of its runs, is filled in the group's colour, faint, under the lines.
#include "chartplotitem.h"

#include <QPainter>

namespace nereid {

void ChartPlotItem::setBands(QList<ChartBand> bands)
{
    m_bands = std::move(bands);
    update();
}

QPolygonF ChartPlotItem::bandPolygon(const ChartBand &band, const ChartPlotMapping &mapping) const
{
    // A band reaching ±Infinity (a diverging run) or below a log axis' floor is drawn to just past the plot's edge.
    const double span = mapping.yMax - mapping.yMin;
    const double floor = mapping.logY ? mapping.yMin : mapping.yMin - span;
    const auto y = [&](double value) { return mapping.mapY(qBound(floor, value, mapping.yMax + span)); };
    QPolygonF outline;
    outline.reserve(band.low.size() + band.high.size());
    for (const QPointF &point : band.low)
        outline.append({mapping.mapX(point.x()), y(point.y())});
    for (qsizetype i = band.high.size() - 1; i >= 0; --i)
        outline.append({mapping.mapX(band.high[i].x()), y(band.high[i].y())});
    return outline;
}

QPolygonF ChartPlotItem::paintedBand(const QString &key) const
{
    const ChartPlotMapping mapping = m_mapping();
    if (!mapping.isValid())
        return {};
    for (const ChartBand &band : m_bands) {
        const ChartTrace *line = trace(band.key);
        if (band.key == key && !(line && line->hidden))
            return bandPolygon(band, mapping);
    }
    return {};
}

void ChartPlotItem::drawBands(QPainter *painter) const
{
    painter->setPen(Qt::NoPen);
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const ChartBand &band : m_bands) {
        const ChartTrace *line = trace(band.key);
        if (band.low.isEmpty() || (line && line->hidden))
            continue;
        QColor fill = band.color;
        fill.setAlpha(70);
        painter->setBrush(fill);
        painter->drawPolygon(bandPolygon(band, m_mappedWith));
    }
}

} // namespace nereid
