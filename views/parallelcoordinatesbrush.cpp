// ParallelCoordinates: brushing ranges on the axes with the mouse, and the brushes as query clauses.
#include "models/plottablemodel.h"
#include "parallelcoordinates.h"

#include <cmath>
#include <QMouseEvent>

namespace nereid {

namespace {

constexpr double AxisReach = 10; // pixels either side of an axis line that grab it
constexpr double ClickSlop = 3;  // a drag shorter than this is a click

} // namespace

int ParallelCoordinates::axisAt(QPointF position) const
{
    const QRectF plot = plotRect().adjusted(0, -6, 0, 6);
    if (position.y() < plot.top() || position.y() > plot.bottom())
        return -1;
    for (int axis = 0; axis < m_axisCount; ++axis) {
        if (std::abs(position.x() - axisX(axis)) <= AxisReach)
            return axis;
    }
    return -1;
}

void ParallelCoordinates::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int axis = axisAt(event->position());
    if (axis < 0) { // off the axes: perhaps a click on a run's line
        m_pressedAt = event->position();
        return;
    }
    m_dragAxis = axis;
    m_dragFrom = m_dragTo = yFraction(event->position().y());
    update();
}

void ParallelCoordinates::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragAxis < 0) {
        if (!m_pressedAt)
            hover(event->position());
        return QWidget::mouseMoveEvent(event);
    }
    m_dragTo = yFraction(event->position().y());
    update(); // the lines image stays; only the band moves
}

void ParallelCoordinates::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (const std::optional<QPointF> pressedAt = std::exchange(m_pressedAt, std::nullopt)) {
        // A click on a line selects its run; a press dragged away, or a click beside every line, changes nothing.
        if (QLineF(*pressedAt, event->position()).length() < ClickSlop)
            selectRow(rowAt(event->position()));
        return;
    }
    if (m_dragAxis < 0)
        return QWidget::mouseReleaseEvent(event);
    const int axis = std::exchange(m_dragAxis, -1);
    m_dragTo = yFraction(event->position().y());
    const double pixels = std::abs(m_dragTo - m_dragFrom) * plotRect().height();
    if (pixels < ClickSlop)
        removeBrush(axis);
    else
        setBrush(axis, std::min(m_dragFrom, m_dragTo), std::max(m_dragFrom, m_dragTo));
    update();
}

PlotBrush ParallelCoordinates::brushFor(int axis, double low, double high) const
{
    const PlotAxis &scale = m_axes[axis];
    PlotBrush brush;
    brush.column = m_model->plotColumns()[axis];
    if (!scale.isCategorical()) {
        brush.low = scale.valueAt(low);
        brush.high = scale.valueAt(high);
        return brush;
    }
    brush.categorical = true;
    brush.booleans = m_model->isBoolean(axis);
    const QStringList &categories = scale.categories();
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const double at = scale.fraction(double(i));
        if (at >= low && at <= high)
            brush.categories.append(categories[i]);
    }
    // A range between two categories keeps the nearer one: a brush always keeps something.
    if (brush.categories.isEmpty() && !categories.isEmpty())
        brush.categories.append(categories.value(qsizetype(scale.valueAt((low + high) / 2))));
    return brush;
}

void ParallelCoordinates::brushAxis(int axis, double low, double high)
{
    if (axis >= 0 && axis < m_axisCount)
        setBrush(axis, std::min(low, high), std::max(low, high));
}

void ParallelCoordinates::setBrush(int axis, double low, double high)
{
    const QString key = m_model->plotColumns()[axis].key();
    const QString old = m_brushes.contains(key) ? m_brushes[key].brush.clause() : QString();
    Brush brush{low, high, brushFor(axis, low, high), m_axes[axis]};
    const QString clause = brush.brush.clause();
    m_brushes.insert(key, brush);
    update();
    if (clause != old)
        emit clauseChanged(old, clause);
}

void ParallelCoordinates::removeBrush(int axis)
{
    const auto found = m_brushes.constFind(m_model->plotColumns()[axis].key());
    if (found == m_brushes.constEnd())
        return;
    const QString clause = found->brush.clause();
    m_brushes.erase(found);
    update();
    emit clauseChanged(clause, QString());
}

void ParallelCoordinates::clearBrushes()
{
    const QStringList gone = clauses();
    m_brushes.clear();
    onModelReset(); // the axes that were held fit the rows again
    for (const QString &clause : gone)
        emit clauseChanged(clause, QString());
}

QStringList ParallelCoordinates::clauses() const
{
    QStringList clauses;
    for (const Brush &brush : m_brushes)
        clauses.append(brush.brush.clause());
    return clauses;
}

std::optional<PlotBrush> ParallelCoordinates::brush(const RunColumn &column) const
{
    const auto found = m_brushes.constFind(column.key());
    return found == m_brushes.constEnd() ? std::nullopt : std::optional<PlotBrush>(found->brush);
}

void ParallelCoordinates::keepBrushesIn(const QString &filterText)
{
    bool changed = false;
    for (auto it = m_brushes.begin(); it != m_brushes.end();) {
        if (filterText.contains(it->brush.clause())) {
            ++it;
        } else {
            it = m_brushes.erase(it);
            changed = true;
        }
    }
    if (changed)
        onModelReset();
}

void ParallelCoordinates::dropBrush(const QString &clause)
{
    for (auto it = m_brushes.begin(); it != m_brushes.end(); ++it) {
        if (it->brush.clause() == clause) {
            m_brushes.erase(it);
            onModelReset();
            return;
        }
    }
}

} // namespace nereid
