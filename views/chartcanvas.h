#pragma once

#include <QChartView>

namespace nereid {

// The plot of a chart panel and what the mouse does on it: drag a rectangle to zoom in (right click zooms out),
// turn the wheel to zoom the x axis around the cursor, drag with the middle button or with Ctrl held to pan,
// double-click to reset. Zooming and panning change the axes' ranges; the panel follows those changes and asks
// its model for the new range. Hovering reports the cursor's position.
class ChartCanvas : public QChartView
{
    Q_OBJECT

public:
    explicit ChartCanvas(QChart *chart, QWidget *parent = nullptr);

    // Zooms the x axis by `factor` (> 1 zooms in) around the plot position `at`.
    void zoomX(double factor, QPointF at);

signals:
    void hovered(QPointF position);
    void left();
    // A zoom that picked a y range too (the rectangle): the panel stops fitting y to the data.
    void zoomedToRectangle();
    void resetRequested();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    bool m_panning = false;
    QPointF m_lastPan;
    QPointF m_pressedAt;
};

} // namespace nereid
