// ParallelCoordinates: the runs under the mouse. Hovering names the run whose line is nearest, a click selects it in
// the table, and the table's selected runs are drawn over the others.
#include "models/plottablemodel.h"
#include "parallelcoordinates.h"
#include "plothoverlabel.h"

#include <cmath>
#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QPainter>

namespace nereid {

namespace {

constexpr double PickReach = 5;        // pixels from a line that still hover or click it
constexpr int MostSelectedLines = 500; // more are drawn by QPainter too slowly, and would hide the rest anyway

} // namespace

void ParallelCoordinates::setSelectionModel(QItemSelectionModel *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (selection)
        connect(selection, &QItemSelectionModel::selectionChanged, this, qOverload<>(&QWidget::update));
}

int ParallelCoordinates::rowAt(QPointF position) const
{
    const QRectF plot = plotRect();
    if (m_axisCount < 2 || !plot.adjusted(-PickReach, -PickReach, PickReach, PickReach).contains(position))
        return -1;
    // The gap between two axes the mouse is in; each run's segment there, and its distance across (not straight
    // down: a steep line passes near more of the pixels above and below it).
    const int gap =
        std::clamp(int((position.x() - plot.left()) / plot.width() * (m_axisCount - 1)), 0, m_axisCount - 2);
    const double left = axisX(gap);
    const double width = axisX(gap + 1) - left;
    const double along = std::clamp((position.x() - left) / width, 0.0, 1.0);
    int nearest = -1;
    double best = PickReach;
    const qsizetype rows = m_fractions.size() / m_axisCount;
    for (qsizetype row = 0; row < rows; ++row) {
        const double from = fractionY(m_fractions[row * m_axisCount + gap]);
        const double to = fractionY(m_fractions[row * m_axisCount + gap + 1]);
        const double slope = (to - from) / width;
        const double distance = std::abs(from + (to - from) * along - position.y()) / std::sqrt(1 + slope * slope);
        // <=: of lines as near, the later one, which is drawn over the others. NaN compares false: a run without a
        // value on either axis has no line here.
        if (distance <= best) {
            best = distance;
            nearest = int(row);
        }
    }
    return nearest;
}

void ParallelCoordinates::hover(QPointF position)
{
    const int row = rowAt(position);
    const bool moved = row >= 0 && QLineF(position, m_hoverAt).length() > 2; // the name follows the mouse along
    m_hoverAt = position;
    if (row == m_hoverRow && !moved)
        return;
    m_hoverRow = row;
    m_hoverText.clear();
    if (row >= 0) {
        m_hoverText = m_model->runLabel(row);
        if (m_colorColumn >= 0) {
            m_hoverText = tr("%1\n%2: %3", "hovered run: its name, the colouring column and its value")
                              .arg(m_hoverText, m_model->headerData(m_colorColumn, Qt::Horizontal).toString(),
                                   m_model->index(row, m_colorColumn).data().toString());
        }
    }
    update();
}

void ParallelCoordinates::leaveEvent(QEvent *event)
{
    m_hoverRow = -1;
    m_hoverText.clear();
    update();
    QWidget::leaveEvent(event);
}

void ParallelCoordinates::selectRow(int row)
{
    const QModelIndex index = m_model->tableIndex(row);
    if (!m_selection || !index.isValid())
        return;
    m_selection->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // The run becomes the table's current one: the namespace tree shows it.
    m_selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
}

void ParallelCoordinates::paintLine(QPainter &painter, int row) const
{
    QPolygonF line;
    for (int axis = 0; axis < m_axisCount; ++axis) {
        const double fraction = m_fractions.value(qsizetype(row) * m_axisCount + axis, qQNaN());
        if (std::isnan(fraction)) { // no value on this axis: the line breaks
            painter.drawPolyline(line);
            line.clear();
            continue;
        }
        line.append(QPointF(axisX(axis), fractionY(fraction)));
    }
    painter.drawPolyline(line);
}

void ParallelCoordinates::paintPicked(QPainter &painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_selection) {
        painter.setPen(QPen(palette().color(QPalette::Text), 1.5));
        const QModelIndexList selected = m_selection->selectedRows();
        for (qsizetype i = 0; i < std::min<qsizetype>(selected.size(), MostSelectedLines); ++i) {
            if (const int row = m_model->rowOfTableIndex(selected[i]); row >= 0)
                paintLine(painter, row);
        }
    }
    if (m_hoverRow >= 0 && m_hoverRow < m_model->rowCount()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2.5));
        paintLine(painter, m_hoverRow);
        paintHoverLabel(painter, *this, m_hoverText, m_hoverAt, QPointF(12, 8)); // beside the mouse
    }
    painter.restore();
}

} // namespace nereid
