#pragma once

#include "models/plotaxis.h"

#include <QImage>
#include <QPointer>
#include <QPolygonF>
#include <QWidget>

class QItemSelectionModel;

namespace nereid {

class PlotTableModel;

// A scatter plot of the runs a PlotTableModel holds: its column 0 across, column 1 up, each on a linear or log axis,
// and the points coloured by another column (a metric on a colour scale, or a group's colour for a string column).
// Hovering names the nearest run; a click selects it in the experiments table (through the table's selection model,
// so the charts follow), a drag selects the runs inside its rectangle and Ctrl+drag those inside a drawn lasso.
// Points are stamped into an image of their own, again only when the runs, the axes or the size change.
class ScatterPlot : public QWidget
{
    Q_OBJECT

public:
    explicit ScatterPlot(PlotTableModel *model, QWidget *parent = nullptr);

    // The table's selection (its rows are the proxy's, which PlotTableModel follows).
    void setSelectionModel(QItemSelectionModel *selection);
    // `colorColumn` is a column of the model, -1 for none.
    void setColorColumn(int colorColumn);
    void setLogScale(bool logX, bool logY);
    const PlotAxis &xAxis() const { return m_x; }
    const PlotAxis &yAxis() const { return m_y; }
    QRectF plotRect() const;
    // Where a run's point is drawn (NaN coordinates when it has no place: a missing value, zero on a log axis).
    QPointF pointOf(int row) const;
    QPointF position(double x, double y) const;
    // The row of the run under `position` (within a few pixels), -1 for none.
    int rowAt(QPointF position) const;
    // What hovering shows: the run's id and name and its two values; empty when nothing is hovered.
    const QString &hoverText() const { return m_hoverText; }
    // The points of every run at the widget's size, transparent elsewhere.
    QImage renderPoints(QSize size) const;
    // A run's colour: a group's (`value` a category's index) or the scale's (a number on `axis`).
    static QRgb colorOf(const PlotAxis &axis, double value);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void onModelReset();
    QList<QRgb> pointColors() const;
    void selectRows(const QList<int> &rows, bool add);
    void paintAxes(QPainter &painter) const;
    void paintSelection(QPainter &painter) const;
    void hover(QPointF position);

    PlotTableModel *m_model;
    QPointer<QItemSelectionModel> m_selection;
    int m_colorColumn = -1;
    bool m_logX = false;
    bool m_logY = false;
    PlotAxis m_x;
    PlotAxis m_y;
    PlotAxis m_color;
    QImage m_points;
    bool m_pointsDirty = true;
    int m_hoverRow = -1;
    QString m_hoverText;
    // A drag in progress: a rectangle from its start, or with Ctrl a lasso through the points passed.
    bool m_dragging = false;
    bool m_lasso = false;
    QPointF m_dragStart;
    QPolygonF m_dragPath;
};

} // namespace nereid
