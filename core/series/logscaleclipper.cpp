#include "logscaleclipper.h"

#include <cmath>
#include <limits>

namespace nereid {

double LogScaleClipper::floorFor(const QList<QList<QPointF>> &lines)
{
    double lowest = std::numeric_limits<double>::infinity();
    for (const QList<QPointF> &line : lines) {
        for (const QPointF &point : line) {
            if (point.y() > 0 && point.y() < lowest)
                lowest = point.y();
        }
    }
    return std::isfinite(lowest) ? lowest / 10 : 1.0;
}

QList<qsizetype> LogScaleClipper::clip(QList<QPointF> &line, double floor)
{
    QList<qsizetype> clipped;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i].y() <= 0) {
            line[i].setY(floor);
            clipped.append(i);
        }
    }
    return clipped;
}

qsizetype LogScaleClipper::countNonPositive(std::span<const double> ys)
{
    qsizetype count = 0;
    for (const double y : ys)
        count += y <= 0;
    return count;
}

} // namespace nereid
