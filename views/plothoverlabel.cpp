#include "plothoverlabel.h"

#include <algorithm>
#include <QPainter>
#include <QWidget>

namespace nereid {

void paintHoverLabel(QPainter &painter, const QWidget &plot, const QString &text, QPointF anchor, QPointF offset)
{
    const QFontMetrics metrics = plot.fontMetrics();
    const QRectF box = QRectF(metrics.boundingRect(QRect(0, 0, 400, 200), Qt::AlignLeft, text)).adjusted(-4, -3, 4, 3);
    QPointF topLeft = anchor + QPointF(offset.x(), -box.height() - offset.y());
    topLeft.setX(std::min(topLeft.x(), plot.width() - box.width() - 2));
    topLeft.setY(std::max(topLeft.y(), 2.0));
    const QRectF label = box.translated(topLeft - box.topLeft());
    painter.setPen(plot.palette().color(QPalette::ToolTipText));
    painter.setBrush(plot.palette().color(QPalette::ToolTipBase));
    painter.drawRect(label);
    painter.drawText(label.adjusted(4, 3, -4, -3), Qt::AlignLeft, text);
}

} // namespace nereid
