#include "plotlegend.h"

#include <QPainter>
#include <QWidget>

namespace nereid {

void PlotLegend::paint(QPainter &painter, const QWidget &widget, const QRectF &plot, const QString &title,
                       const PlotAxis &axis, QRgb (*colorOf)(const PlotAxis &axis, double value))
{
    constexpr int MaxGroups = 10; // the colours repeat after ten: more would not tell groups apart
    constexpr int Swatch = 10;
    constexpr int ScaleWidth = 120;
    const QFontMetrics metrics = widget.fontMetrics();
    const int line = metrics.height();
    const qsizetype groups = std::min<qsizetype>(axis.categories().size(), MaxGroups);
    const bool more = axis.categories().size() > MaxGroups;
    int width = metrics.horizontalAdvance(title);
    for (qsizetype i = 0; i < groups; ++i)
        width = std::max(width, Swatch + 6 + metrics.horizontalAdvance(axis.categories()[i]));
    width = std::min(std::max(width, axis.isCategorical() ? 0 : ScaleWidth), 220) + 12;
    const int rows = axis.isCategorical() ? int(groups) + (more ? 1 : 0) : 2;
    const QRectF box(plot.right() - width - 6, plot.top() + 6, width, line * (rows + 1) + 8);
    QColor background = widget.palette().color(QPalette::Base);
    background.setAlpha(225);
    painter.setPen(widget.palette().color(QPalette::Mid));
    painter.setBrush(background);
    painter.drawRect(box);
    painter.setPen(widget.palette().color(QPalette::Text));
    const QRectF inner = box.adjusted(6, 4, -6, -4);
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line), Qt::AlignLeft,
                     metrics.elidedText(title, Qt::ElideMiddle, int(inner.width())));
    if (!axis.isCategorical()) {
        const QRectF bar(inner.left(), inner.top() + line + 2, inner.width(), line / 2.0);
        for (int x = 0; x < int(bar.width()); ++x) {
            painter.fillRect(QRectF(bar.left() + x, bar.top(), 1, bar.height()),
                             QColor::fromRgb(colorOf(axis, axis.valueAt(x / bar.width()))));
        }
        const QRectF labels(inner.left(), bar.bottom() + 1, inner.width(), line);
        painter.drawText(labels, Qt::AlignLeft, axis.label(axis.valueAt(0)));
        painter.drawText(labels, Qt::AlignRight, axis.label(axis.valueAt(1)));
        return;
    }
    for (qsizetype i = 0; i < groups; ++i) {
        const double y = inner.top() + line * (i + 1);
        painter.fillRect(QRectF(inner.left(), y + (line - Swatch) / 2.0, Swatch, Swatch),
                         QColor::fromRgb(colorOf(axis, double(i))));
        painter.drawText(QRectF(inner.left() + Swatch + 6, y, inner.width() - Swatch - 6, line), Qt::AlignLeft,
                         metrics.elidedText(axis.categories()[i], Qt::ElideRight, int(inner.width()) - Swatch - 6));
    }
    if (more) {
        painter.drawText(QRectF(inner.left(), inner.top() + line * (groups + 1), inner.width(), line), Qt::AlignLeft,
                         tr("and %n more", "plot legend: more groups", int(axis.categories().size() - groups)));
    }
}

} // namespace nereid
