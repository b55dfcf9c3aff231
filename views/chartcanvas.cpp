#include "chartcanvas.h"

#include <cmath>
#include <QApplication>
#include <QMouseEvent>
#include <QWheelEvent>

namespace nereid {

ChartCanvas::ChartCanvas(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRubberBand(QChartView::RectangleRubberBand);
    // The grid, ticks and frame are straight lines, crisper without antialiasing, and QtCharts paints them as
    // QGraphicsLineItems whose antialiased strokes took two thirds of a live frame's painting. The run lines choose
    // for themselves (ChartPlotItem); text is antialiased by its own hint.
    setRenderHint(QPainter::Antialiasing, false);
    setMouseTracking(true);
}

void ChartCanvas::zoomX(double factor, QPointF at)
{
    const QRectF plot = chart()->plotArea();
    if (factor <= 0 || plot.width() <= 0)
        return;
    const double x = std::clamp(at.x(), plot.left(), plot.right());
    const double width = plot.width() / factor;
    const double left = x - (x - plot.left()) / factor;
    chart()->zoomIn(QRectF(left, plot.top(), width, plot.height()));
}

void ChartCanvas::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0)
        return QChartView::wheelEvent(event);
    zoomX(std::pow(1.25, notches), event->position());
    event->accept();
}

void ChartCanvas::mousePressEvent(QMouseEvent *event)
{
    const bool pan = event->button() == Qt::MiddleButton ||
                     (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ControlModifier));
    if (pan) {
        m_panning = true;
        m_lastPan = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    m_pressedAt = event->position();
    QChartView::mousePressEvent(event);
}

void ChartCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPointF delta = event->position() - m_lastPan;
        m_lastPan = event->position();
        chart()->scroll(-delta.x(), delta.y());
        event->accept();
        return;
    }
    emit hovered(event->position());
    QChartView::mouseMoveEvent(event);
}

void ChartCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    // QChartView zooms into the rectangle on release; a mere click zooms nowhere.
    const bool rectangle = event->button() == Qt::LeftButton &&
                           (event->position() - m_pressedAt).manhattanLength() > QApplication::startDragDistance();
    QChartView::mouseReleaseEvent(event);
    if (rectangle)
        emit zoomedToRectangle();
}

void ChartCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    emit resetRequested();
    event->accept();
}

void ChartCanvas::leaveEvent(QEvent *event)
{
    emit left();
    QChartView::leaveEvent(event);
}

} // namespace nereid
