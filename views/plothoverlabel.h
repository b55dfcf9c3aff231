#pragma once

#include <QPointF>
#include <QString>

class QPainter;
class QWidget;

namespace nereid {

// The hovered run's name (and value) in a tooltip-coloured box beside the mouse, kept inside the plot widget: the
// scatter plot and parallel coordinates label their hovered run alike.
void paintHoverLabel(QPainter &painter, const QWidget &plot, const QString &text, QPointF anchor, QPointF offset);

} // namespace nereid
