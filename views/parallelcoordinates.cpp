#include "parallelcoordinates.h"

#include "models/plottablemodel.h"
#include "plotcolorscale.h"
#include "polylineraster.h"

#include <atomic>
#include <cmath>
#include <QPainter>
#include <thread>
#include <utility>

namespace nereid {

namespace {

constexpr int MarginX = 56;      // room for an end axis' tick labels
constexpr int MarginTop = 34;    // the axis titles
constexpr int MarginBottom = 30; // the colour scale's key
// Lines fainter than this (about 1,500 runs and more) are drawn without antialiasing: it does not show, and costs half.
constexpr int FaintAlpha = 64;

// Values over three decades and more (learning rates, weight decays) spread on a log axis; others on a linear one.
PlotAxis fitted(const QList<double> &values)
{
    const PlotAxis linear = PlotAxis::fit(values);
    double low = qInf(), high = -qInf();
    for (double value : values) {
        if (!std::isnan(value)) {
            low = std::min(low, value);
            high = std::max(high, value);
        }
    }
    return low > 0 && high / low >= 1000 ? PlotAxis::fit(values, true) : linear;
}

} // namespace

ParallelCoordinates::ParallelCoordinates(PlotTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setMinimumSize(320, 200);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true); // hovering names the run under the mouse
    connect(model, &QAbstractItemModel::modelReset, this, &ParallelCoordinates::onModelReset);
    onModelReset();
}

void ParallelCoordinates::setAxes(int axes, int colorColumn)
{
    m_axisCount = std::clamp(axes, 0, m_model->columnCount());
    m_colorColumn = colorColumn < m_model->columnCount() ? colorColumn : -1;
    onModelReset();
}

void ParallelCoordinates::onModelReset()
{
    m_axisCount = std::min(m_axisCount, m_model->columnCount());
    if (m_colorColumn >= m_model->columnCount())
        m_colorColumn = -1;
    // A brushed axis keeps the range it had, so the brush stays over what it chose; the others fit the rows shown.
    QList<PlotAxis> axes;
    m_categoryMaps.clear();
    for (int column = 0; column < m_axisCount; ++column) {
        const RunColumn &runColumn = m_model->plotColumns()[column];
        const QStringList &categories = m_model->categories(column);
        const bool categorical = m_model->isCategorical(column);
        PlotAxis axis = categorical ? PlotAxis::categorical(categories) : fitted(m_model->values(column));
        if (m_brushes.contains(runColumn.key())) {
            axis = m_brushes[runColumn.key()].axis;
        }
        QList<int> map;
        for (const QString &category : categories)
            map.append(int(axis.categories().indexOf(category)));
        m_categoryMaps.append(map);
        axes.append(axis);
    }
    m_axes = axes;
    if (m_colorColumn >= 0) {
        m_colorAxis = m_model->isCategorical(m_colorColumn) ? PlotAxis::categorical(m_model->categories(m_colorColumn))
                                                            : PlotAxis::fit(m_model->values(m_colorColumn));
    }
    computeLines();
    m_hoverRow = -1; // the rows are others now
    m_hoverText.clear();
    m_linesDirty = true;
    update();
}

void ParallelCoordinates::computeLines()
{
    // Axis by axis, with the scale's constants out of the loop (PlotAxis::fraction takes two logarithms a value, and
    // this runs after every filter and live update): a log axis is linear in the value's logarithm.
    const int rows = m_model->rowCount();
    const int axes = m_axisCount;
    m_fractions.resize(qsizetype(rows) * axes);
    float *fractions = m_fractions.data();
    for (int axis = 0; axis < axes; ++axis) {
        const PlotAxis &scale = std::as_const(m_axes)[axis];
        const QList<double> &values = m_model->values(axis);
        if (scale.isCategorical()) {
            for (int row = 0; row < rows; ++row)
                fractions[qsizetype(row) * axes + axis] = float(rowFraction(axis, row));
            continue;
        }
        const double low = scale.isLog() ? std::log(scale.low()) : scale.low();
        const double span = (scale.isLog() ? std::log(scale.high()) : scale.high()) - low;
        for (int row = 0; row < rows; ++row) {
            const double value = values[row];
            const double at = !scale.isLog() ? value : value > 0 ? std::log(value) : qQNaN();
            fractions[qsizetype(row) * axes + axis] = float((at - low) / span);
        }
    }
    m_colors.fill(qRgb(31, 119, 180), rows);
    if (m_colorColumn >= 0) {
        const QList<double> &values = m_model->values(m_colorColumn);
        for (int row = 0; row < rows; ++row)
            m_colors[row] = PlotColorScale::at(m_colorAxis.fraction(values[row]));
    }
}

QRectF ParallelCoordinates::plotRect() const
{
    return QRectF(MarginX, MarginTop, std::max(width() - 2 * MarginX, 1),
                  std::max(height() - MarginTop - MarginBottom, 1));
}

double ParallelCoordinates::axisX(int index) const
{
    const QRectF plot = plotRect();
    if (m_axisCount <= 1)
        return plot.center().x();
    return plot.left() + plot.width() * index / (m_axisCount - 1);
}

double ParallelCoordinates::fractionY(double fraction) const
{
    const QRectF plot = plotRect();
    return plot.bottom() - fraction * plot.height();
}

double ParallelCoordinates::yFraction(double y) const
{
    const QRectF plot = plotRect();
    return std::clamp((plot.bottom() - y) / plot.height(), 0.0, 1.0);
}

double ParallelCoordinates::rowFraction(int axis, int row) const
{
    const double value = m_model->values(axis)[row];
    if (std::isnan(value) || !m_axes[axis].isCategorical())
        return m_axes[axis].fraction(value);
    const int mapped = m_categoryMaps[axis].value(int(value), -1);
    return mapped < 0 ? qQNaN() : m_axes[axis].fraction(mapped);
}

QList<QPointF> ParallelCoordinates::linePoints(QSize size) const
{
    // The geometry of plotRect() at `size`, which may not be the widget's (a benchmark, an export).
    const QRectF plot(MarginX, MarginTop, std::max(size.width() - 2 * MarginX, 1),
                      std::max(size.height() - MarginTop - MarginBottom, 1));
    QList<QPointF> points(m_fractions.size());
    for (int axis = 0; axis < m_axisCount; ++axis) {
        const double x = m_axisCount <= 1 ? plot.center().x() : plot.left() + plot.width() * axis / (m_axisCount - 1);
        for (qsizetype at = axis; at < m_fractions.size(); at += m_axisCount)
            points[at] = QPointF(x, plot.bottom() - m_fractions[at] * plot.height());
    }
    return points;
}

QList<QRgb> ParallelCoordinates::lineColors() const
{
    return m_colors;
}

int ParallelCoordinates::lineAlpha() const
{
    // Opaque enough to follow one line among 50; faint enough that 10,000 show where they bunch.
    const int rows = std::max(m_model->rowCount(), 1);
    return std::clamp(int(230 * std::sqrt(50.0 / rows)), 28, 230);
}

QImage ParallelCoordinates::renderLines(QSize size, int threadCount) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (m_axisCount < 2)
        return image;
    const QList<QPointF> points = linePoints(size);
    const int alpha = lineAlpha();
    const bool antialiased = alpha >= FaintAlpha;
    // The gaps between the axes own disjoint columns of pixels, which threads take one after the other from a shared
    // counter: no two draw the same pixel, so there are no locks, and one slowed by the machine's other work leaves
    // more gaps to the others. Each draws its runs in row order: the same image whatever the number of threads.
    // (Narrower strips of columns, whose pixels would stay in the first-level cache, cost more than they save: every
    // line is set up again in each, and 16 columns wide take twice as long.)
    const int gaps = m_axisCount - 1;
    const int axes = m_axisCount;
    const qsizetype rows = m_colors.size();
    std::atomic<int> next = 0;
    const auto drawGaps = [&] {
        PolylineRaster raster(&image);
        raster.setAntialiased(antialiased);
        for (int gap = next++; gap < gaps; gap = next++) {
            const double left = points[gap].x();
            const double right = points[gap + 1].x();
            raster.setColumns(int(std::floor(left)), gap == gaps - 1 ? image.width() : int(std::floor(right)));
            const QPointF *gapPoints = points.constData() + gap;
            for (qsizetype row = 0; row < rows; ++row)
                raster.drawPolyline(gapPoints + row * axes, 2, m_colors[row], alpha);
        }
    };
    const int threads =
        std::clamp(threadCount > 0 ? threadCount : int(std::thread::hardware_concurrency()), 1, std::min(gaps, 8));
    std::vector<std::thread> workers;
    for (int thread = 1; thread < threads; ++thread)
        workers.emplace_back(drawGaps);
    drawGaps();
    for (std::thread &worker : workers)
        worker.join();
    return image;
}

void ParallelCoordinates::resizeEvent(QResizeEvent *event)
{
    m_linesDirty = true;
    QWidget::resizeEvent(event);
}

void ParallelCoordinates::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (m_axisCount < 2) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Add two axes or more to compare runs across them."));
        return;
    }
    if (m_linesDirty || m_lines.size() != size() * devicePixelRatio()) {
        m_lines = renderLines(size() * devicePixelRatio());
        m_lines.setDevicePixelRatio(1); // drawn in device pixels below
        m_linesDirty = false;
    }
    painter.drawImage(QRectF(rect()), m_lines);
    paintAxes(painter);
    paintPicked(painter);
}

void ParallelCoordinates::paintAxes(QPainter &painter) const
{
    const QRectF plot = plotRect();
    const QColor text = palette().color(QPalette::Text);
    const QFontMetrics metrics = fontMetrics();
    const double spacing = m_axisCount > 1 ? plot.width() / (m_axisCount - 1) : plot.width();
    for (int axis = 0; axis < m_axisCount; ++axis) {
        const double x = axisX(axis);
        const RunColumn &column = m_model->plotColumns()[axis];
        // The brush under the axis line, so the line stays visible through it.
        if (auto found = m_brushes.constFind(column.key()); found != m_brushes.constEnd() || m_dragAxis == axis) {
            const double low = m_dragAxis == axis ? std::min(m_dragFrom, m_dragTo) : found->low;
            const double high = m_dragAxis == axis ? std::max(m_dragFrom, m_dragTo) : found->high;
            const QRectF band(x - 8, fractionY(high), 16, fractionY(low) - fractionY(high));
            painter.fillRect(band, QColor(255, 160, 0, 110));
            painter.setPen(QPen(QColor(200, 110, 0), 1));
            painter.drawRect(band);
        }
        painter.setPen(QPen(text, 1.5));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(text);
        const QString title = metrics.elidedText(column.title(), Qt::ElideMiddle, int(spacing) - 6);
        painter.drawText(QRectF(x - spacing / 2, 4, spacing, MarginTop - 10), Qt::AlignCenter, title);
        const PlotAxis &scale = m_axes[axis];
        const QList<double> ticks = scale.ticks(std::max(2, int(plot.height() / 60)));
        const int labelWidth = int(std::min(spacing - 14, 120.0));
        for (double tick : ticks) {
            const double y = fractionY(scale.fraction(tick));
            if (std::isnan(y))
                continue;
            painter.drawLine(QPointF(x - 3, y), QPointF(x + 3, y));
            const QString label = metrics.elidedText(scale.label(tick), Qt::ElideRight, labelWidth);
            // Labels to the right of an axis; the last axis' to its left, inside the widget.
            const bool left = axis == m_axisCount - 1;
            const QRectF box(left ? x - 5 - labelWidth : x + 5, y - metrics.height() / 2.0, labelWidth,
                             metrics.height());
            painter.drawText(box, (left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, label);
        }
    }
    paintColorKey(painter);
}

void ParallelCoordinates::paintColorKey(QPainter &painter) const
{
    // Under the plot, at the right: what the colours mean, from the colouring column's low to its high value.
    if (m_colorColumn < 0)
        return;
    const QFontMetrics metrics = fontMetrics();
    const QRectF bar(width() - MarginX - 160, height() - MarginBottom / 2.0 - 4, 160, 8);
    for (int x = 0; x < int(bar.width()); ++x) {
        const double value = m_colorAxis.valueAt(x / bar.width());
        painter.fillRect(QRectF(bar.left() + x, bar.top(), 1, bar.height()),
                         QColor::fromRgb(PlotColorScale::at(m_colorAxis.fraction(value))));
    }
    painter.setPen(palette().color(QPalette::Text));
    const QString low = m_colorAxis.label(m_colorAxis.valueAt(0));
    const QString high = m_colorAxis.label(m_colorAxis.valueAt(1));
    const QString title = m_model->headerData(m_colorColumn, Qt::Horizontal).toString();
    const QRectF left(MarginX, bar.center().y() - metrics.height() / 2.0, bar.left() - MarginX - 6, metrics.height());
    painter.drawText(left, Qt::AlignRight | Qt::AlignVCenter,
                     metrics.elidedText(tr("%1: %2", "colour key: column: low value").arg(title, low), Qt::ElideMiddle,
                                        int(left.width())));
    painter.drawText(QRectF(bar.right() + 6, left.top(), MarginX - 8, metrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, high);
}

} // namespace nereid
