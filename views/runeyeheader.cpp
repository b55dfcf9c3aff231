#include "runeyeheader.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace nereid {

namespace {

constexpr int EyeWidth = 24;

void paintEye(QPainter &painter, const QRectF &box, const QColor &color, bool struck)
{
    const QPointF center = box.center();
    const double half = std::min(box.width(), box.height()) * 0.38;
    QPainterPath outline; // two arcs meeting at the corners of the eye
    outline.moveTo(center.x() - half, center.y());
    outline.quadTo(center.x(), center.y() - half * 1.3, center.x() + half, center.y());
    outline.quadTo(center.x(), center.y() + half * 1.3, center.x() - half, center.y());
    painter.setPen(QPen(color, 1.2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(outline);
    painter.setBrush(color);
    painter.drawEllipse(center, half * 0.32, half * 0.32);
    if (struck)
        painter.drawLine(QPointF(center.x() - half, center.y() + half * 0.8),
                         QPointF(center.x() + half, center.y() - half * 0.8));
}

} // namespace

RunEyeHeader::RunEyeHeader(std::function<bool(int row)> isHidden, QWidget *parent)
    : QHeaderView(Qt::Vertical, parent)
    , m_isHidden(std::move(isHidden))
{
    setSectionsClickable(false);
    setHighlightSections(false);
}

QRect RunEyeHeader::eyeRect(int row) const
{
    return QRect(0, sectionViewportPosition(row), width(), sectionSize(row));
}

QSize RunEyeHeader::sizeHint() const
{
    return QSize(EyeWidth, QHeaderView::sizeHint().height());
}

void RunEyeHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    painter->save();
    painter->fillRect(rect, palette().base());
    painter->setRenderHint(QPainter::Antialiasing);
    const bool hidden = m_isHidden(logicalIndex);
    QColor color = palette().color(QPalette::Text);
    color.setAlphaF(hidden ? 0.3f : 0.75f);
    paintEye(*painter, rect, color, hidden);
    painter->restore();
}

// A press toggles the eye and nothing else: QHeaderView would select the row.
void RunEyeHeader::mousePressEvent(QMouseEvent *event)
{
    const int row = logicalIndexAt(event->position().toPoint());
    if (row >= 0 && event->button() == Qt::LeftButton)
        emit toggled(row);
    event->accept();
}

void RunEyeHeader::mouseMoveEvent(QMouseEvent *event)
{
    event->accept();
}

void RunEyeHeader::mouseReleaseEvent(QMouseEvent *event)
{
    event->accept();
}

bool RunEyeHeader::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QHeaderView::viewportEvent(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const int row = logicalIndexAt(help->pos());
    if (row >= 0)
        QToolTip::showText(help->globalPos(),
                           m_isHidden(row) ? tr("Hidden in the charts: click to show")
                                           : tr("Shown in the charts: click to hide"),
                           this);
    return true;
}

} // namespace nereid
