// ScatterPlot: its axes and the selection painted, and the mouse: hover, click, rubber band and lasso.
#include "models/plottablemodel.h"
#include "plothoverlabel.h"
#include "scatterplot.h"

#include <cmath>
#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace nereid {

namespace {

constexpr double PickReach = 6; // pixels from a point that still hover or click it
constexpr double DragStart = 4; // a press that moves less than this is a click

} // namespace

void ScatterPlot::paintAxes(QPainter &painter) const
{
    const QRectF plot = plotRect();
    const QColor text = palette().color(QPalette::Text);
    QColor grid = palette().color(QPalette::Mid);
    grid.setAlpha(90);
    const QFontMetrics metrics = fontMetrics();
    for (double tick : m_x.ticks(std::max(2, int(plot.width() / 90)))) {
        const double x = plot.left() + m_x.fraction(tick) * plot.width();
        painter.setPen(grid);
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(text);
        painter.drawText(QRectF(x - 45, plot.bottom() + 3, 90, metrics.height()), Qt::AlignHCenter | Qt::AlignTop,
                         metrics.elidedText(m_x.label(tick), Qt::ElideRight, 90));
    }
    for (double tick : m_y.ticks(std::max(2, int(plot.height() / 50)))) {
        const double y = plot.bottom() - m_y.fraction(tick) * plot.height();
        painter.setPen(grid);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(text);
        painter.drawText(QRectF(0, y - metrics.height() / 2.0, plot.left() - 5, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(m_y.label(tick), Qt::ElideLeft, int(plot.left()) - 6));
    }
    painter.setPen(text);
    painter.drawRect(plot);
    const QString across = m_model->headerData(0, Qt::Horizontal).toString() + (m_logX ? tr(" (log)") : QString());
    painter.drawText(QRectF(plot.left(), height() - metrics.height() - 2, plot.width(), metrics.height()),
                     Qt::AlignHCenter, across);
    painter.save();
    painter.translate(metrics.height() / 2.0 + 1, plot.center().y());
    painter.rotate(-90);
    const QString up = m_model->headerData(1, Qt::Horizontal).toString() + (m_logY ? tr(" (log)") : QString());
    painter.drawText(QRectF(-plot.height() / 2, -metrics.height() / 2.0, plot.height(), metrics.height()),
                     Qt::AlignCenter, up);
    painter.restore();
}

void ScatterPlot::paintSelection(QPainter &painter) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ring = palette().color(QPalette::Text);
    // The table's selected runs, ringed: the selection is the table's, whoever made it.
    if (m_selection) {
        painter.setPen(QPen(ring, 1.5));
        painter.setBrush(Qt::NoBrush);
        for (const QModelIndex &index : m_selection->selectedRows()) {
            const QPointF at = pointOf(m_model->rowOfTableIndex(index));
            if (!std::isnan(at.x()) && !std::isnan(at.y()))
                painter.drawEllipse(at, 6, 6);
        }
    }
    if (m_dragging) {
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(50);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        painter.setBrush(fill);
        if (m_lasso)
            painter.drawPolygon(m_dragPath);
        else
            painter.drawRect(QRectF(m_dragStart, m_dragPath.value(m_dragPath.size() - 1, m_dragStart)).normalized());
    }
    if (m_hoverRow >= 0) {
        const QPointF at = pointOf(m_hoverRow);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(at, 5, 5);
        paintHoverLabel(painter, *this, m_hoverText, at, QPointF(10, 6)); // beside the point
    }
}

int ScatterPlot::rowAt(QPointF position) const
{
    int nearest = -1;
    double best = PickReach * PickReach;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QPointF delta = pointOf(row) - position;
        const double distance = delta.x() * delta.x() + delta.y() * delta.y();
        if (distance <= best) { // NaN compares false: runs without a point are never picked
            best = distance;
            nearest = row;
        }
    }
    return nearest;
}

void ScatterPlot::hover(QPointF position)
{
    const int row = rowAt(position);
    if (row == m_hoverRow)
        return;
    m_hoverRow = row;
    m_hoverText =
        row < 0 ? QString()
                : tr("%1\n%2: %3\n%4: %5")
                      .arg(m_model->runLabel(row), m_model->headerData(0, Qt::Horizontal).toString(),
                           m_model->index(row, 0).data().toString(), m_model->headerData(1, Qt::Horizontal).toString(),
                           m_model->index(row, 1).data().toString());
    update();
}

void ScatterPlot::leaveEvent(QEvent *event)
{
    m_hoverRow = -1;
    m_hoverText.clear();
    update();
    QWidget::leaveEvent(event);
}

void ScatterPlot::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_dragging = false;
    m_lasso = event->modifiers().testFlag(Qt::ControlModifier);
    m_dragStart = event->position();
    m_dragPath = QPolygonF{m_dragStart};
}

void ScatterPlot::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragPath.isEmpty()) { // no press: the mouse only passes over
        hover(event->position());
        return;
    }
    m_dragging = m_dragging || QLineF(m_dragStart, event->position()).length() >= DragStart;
    if (m_lasso)
        m_dragPath.append(event->position());
    else
        m_dragPath = QPolygonF{m_dragStart, event->position()};
    update();
}

void ScatterPlot::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_dragPath.isEmpty())
        return QWidget::mouseReleaseEvent(event);
    const bool dragged = m_dragging || QLineF(m_dragStart, event->position()).length() >= DragStart;
    m_dragging = false;
    QList<int> rows;
    if (!dragged) {
        if (const int row = rowAt(event->position()); row >= 0)
            rows.append(row);
    } else {
        m_dragPath.append(event->position());
        const QRectF band = QRectF(m_dragStart, event->position()).normalized();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QPointF at = pointOf(row);
            if (m_lasso ? m_dragPath.containsPoint(at, Qt::OddEvenFill) : band.contains(at))
                rows.append(row);
        }
    }
    m_dragPath.clear();
    if (dragged || !rows.isEmpty())
        selectRows(rows, false);
    update();
}

void ScatterPlot::selectRows(const QList<int> &rows, bool add)
{
    if (!m_selection)
        return;
    // Runs next to each other in the table become one range: a band over 10,000 runs is a few ranges, not 10,000.
    QList<int> tableRows;
    QModelIndex current;
    for (int row : rows) {
        const QModelIndex index = m_model->tableIndex(row);
        if (index.isValid()) {
            tableRows.append(index.row());
            current = index;
        }
    }
    std::sort(tableRows.begin(), tableRows.end());
    QItemSelection selection;
    const QAbstractItemModel *table = m_selection->model();
    for (qsizetype i = 0; i < tableRows.size();) {
        qsizetype end = i + 1;
        while (end < tableRows.size() && tableRows[end] == tableRows[end - 1] + 1)
            ++end;
        selection.select(table->index(tableRows[i], 0), table->index(tableRows[end - 1], 0));
        i = end;
    }
    const auto flags =
        (add ? QItemSelectionModel::Select : QItemSelectionModel::ClearAndSelect) | QItemSelectionModel::Rows;
    m_selection->select(selection, flags);
    // The last run picked becomes the table's current run: the namespace tree shows it.
    if (current.isValid())
        m_selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
}

} // namespace nereid
