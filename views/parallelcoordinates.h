#pragma once

#include "models/plotaxis.h"
#include "models/plotbrush.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QWidget>

class QItemSelectionModel;

namespace nereid {

class PlotTableModel;

// Parallel coordinates: the first axisCount() columns of a PlotTableModel as vertical axes, one polyline per run
// across them, coloured by another column. The lines are rasterised into an image of their own (PolylineRaster),
// again only when the runs, the axes or the size change; a repaint blits it and draws the axes over it.
//
// Dragging along an axis brushes a range of it: the brush becomes a clause of the query language (PlotBrush) and
// clauseChanged() asks for it in the filter box; a click on the axis without dragging takes the brush away. A brushed
// axis keeps its range while the table's rows change under it, so the brush stays where it was drawn.
//
// Hovering names the run whose line is nearest the mouse and draws its line over the others; a click on a line selects
// its run in the experiments table (through the table's selection model, as the scatter plot does), and the table's
// selected runs are drawn over the others too.
class ParallelCoordinates : public QWidget
{
    Q_OBJECT

public:
    explicit ParallelCoordinates(PlotTableModel *model, QWidget *parent = nullptr);

    // The table's selection (its rows are the proxy's, which PlotTableModel follows).
    void setSelectionModel(QItemSelectionModel *selection);
    // The first `axes` columns of the model are axes; `colorColumn` (any column, -1 for none) colours the lines.
    void setAxes(int axes, int colorColumn);
    int axisCount() const { return m_axisCount; }
    const PlotAxis &axis(int index) const { return m_axes[index]; }
    // The x of an axis' line and the y of a fraction of its height (0 the bottom, 1 the top), in widget pixels.
    double axisX(int index) const;
    double fractionY(double fraction) const;
    QRectF plotRect() const;

    // The polylines as they are drawn: axisCount() points per row of the model, NaN where a run has no value.
    QList<QPointF> linePoints(QSize size) const;
    QList<QRgb> lineColors() const;
    // How opaque each line is: many runs draw fainter, so where they bunch shows.
    int lineAlpha() const;
    // The lines of every run at `size`, transparent elsewhere, drawn by `threads` threads (0: one per core).
    QImage renderLines(QSize size, int threads = 0) const;

    // The row of the run whose line passes within a few pixels of `position` (the nearest), -1 for none.
    int rowAt(QPointF position) const;
    // What hovering shows: the run's id and name (and its colouring value); empty when no line is hovered.
    const QString &hoverText() const { return m_hoverText; }

    // The brush on the axis of `column`, if any.
    std::optional<PlotBrush> brush(const RunColumn &column) const;
    QStringList clauses() const;
    // Sets a brush from `low` to `high` (fractions of the axis' height) as a drag would, with clauseChanged().
    void brushAxis(int axis, double low, double high);
    // Takes every brush away, each with clauseChanged(clause, {}).
    void clearBrushes();
    // Forgets, without a signal, the brushes whose clause `filterText` no longer holds (the user deleted it).
    void keepBrushesIn(const QString &filterText);
    // Forgets a brush whose clause could not go into the filter box, without a signal.
    void dropBrush(const QString &clause);

signals:
    // A brush changed: `oldClause` (empty for a new brush) is to be replaced by `newClause` (empty when it went).
    void clauseChanged(const QString &oldClause, const QString &newClause);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Brush
    {
        double low = 0; // fractions of the axis' height
        double high = 0;
        PlotBrush brush;
        PlotAxis axis; // the axis' range when it was brushed, kept while the brush is
    };

    void onModelReset();
    int axisAt(QPointF position) const;
    double yFraction(double y) const;
    PlotBrush brushFor(int axis, double low, double high) const;
    void setBrush(int axis, double low, double high);
    void removeBrush(int axis);
    // What fraction of an axis a row's value sits at: a frozen categorical axis looks the category up by name.
    double rowFraction(int axis, int row) const;
    void computeLines();
    void paintAxes(QPainter &painter) const;
    void paintColorKey(QPainter &painter) const;
    // The selected runs' lines and the hovered one over the others, and the hovered run's name.
    void paintPicked(QPainter &painter) const;
    void paintLine(QPainter &painter, int row) const;
    void hover(QPointF position);
    void selectRow(int row);

    PlotTableModel *m_model;
    int m_axisCount = 0;
    int m_colorColumn = -1;
    QList<PlotAxis> m_axes;
    PlotAxis m_colorAxis;
    // Per axis: model category index -> index on the (frozen) axis.
    QList<QList<int>> m_categoryMaps;
    // Where each run sits on each axis (row * axisCount() + axis, fractions; NaN without a value) and its colour,
    // worked out once per change of the rows or the axes: a resize or a repaint only scales them.
    QList<float> m_fractions;
    QList<QRgb> m_colors;
    QHash<QString, Brush> m_brushes; // by RunColumn::key()
    QImage m_lines;
    bool m_linesDirty = true;
    QPointer<QItemSelectionModel> m_selection;
    int m_hoverRow = -1;
    QString m_hoverText;
    QPointF m_hoverAt;
    // A press off the axes, a click on a line if the mouse does not move before it is released.
    std::optional<QPointF> m_pressedAt;
    // The drag in progress: its axis and where it started and is (fractions).
    int m_dragAxis = -1;
    double m_dragFrom = 0;
    double m_dragTo = 0;
};

} // namespace nereid
