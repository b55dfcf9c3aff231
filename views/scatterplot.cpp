#include "scatterplot.h"

#include "models/plottablemodel.h"
#include "plotcolorscale.h"
#include "plotlegend.h"
#include "polylineraster.h"

#include <array>
#include <cmath>
#include <QItemSelectionModel>
#include <QPainter>

namespace nereid {

namespace {

constexpr int MarginLeft = 64;
constexpr int MarginRight = 16;
constexpr int MarginTop = 12;
constexpr int MarginBottom = 40;
constexpr int DotRadius = 3;

// Colours of groups (categories), Tableau's ten: apart from each other and from the metric scale.
constexpr QRgb GroupColors[] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};

} // namespace

ScatterPlot::ScatterPlot(PlotTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setMinimumSize(300, 220);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    connect(model, &QAbstractItemModel::modelReset, this, &ScatterPlot::onModelReset);
    onModelReset();
}

void ScatterPlot::setSelectionModel(QItemSelectionModel *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (selection)
        connect(selection, &QItemSelectionModel::selectionChanged, this, qOverload<>(&QWidget::update));
    update();
}

void ScatterPlot::setColorColumn(int colorColumn)
{
    m_colorColumn = colorColumn;
    onModelReset();
}

void ScatterPlot::setLogScale(bool logX, bool logY)
{
    m_logX = logX;
    m_logY = logY;
    onModelReset();
}

void ScatterPlot::onModelReset()
{
    const int columns = m_model->columnCount();
    const auto fit = [this, columns](int column, bool log) {
        if (column >= columns)
            return PlotAxis::fit({}, log);
        return m_model->isCategorical(column) ? PlotAxis::categorical(m_model->categories(column))
                                              : PlotAxis::fit(m_model->values(column), log);
    };
    m_x = fit(0, m_logX);
    m_y = fit(1, m_logY);
    if (m_colorColumn >= columns)
        m_colorColumn = -1;
    if (m_colorColumn >= 0)
        m_color = fit(m_colorColumn, false);
    m_hoverRow = -1;
    m_hoverText.clear();
    m_pointsDirty = true;
    update();
}

QRectF ScatterPlot::plotRect() const
{
    return QRectF(MarginLeft, MarginTop, std::max(width() - MarginLeft - MarginRight, 1),
                  std::max(height() - MarginTop - MarginBottom, 1));
}

QPointF ScatterPlot::position(double x, double y) const
{
    const QRectF plot = plotRect();
    return QPointF(plot.left() + m_x.fraction(x) * plot.width(), plot.bottom() - m_y.fraction(y) * plot.height());
}

QPointF ScatterPlot::pointOf(int row) const
{
    if (m_model->columnCount() < 2 || row < 0 || row >= m_model->rowCount())
        return QPointF(qQNaN(), qQNaN());
    return position(m_model->values(0)[row], m_model->values(1)[row]);
}

QRgb ScatterPlot::colorOf(const PlotAxis &axis, double value)
{
    if (!axis.isCategorical())
        return PlotColorScale::at(axis.fraction(value));
    return std::isnan(value) ? PlotColorScale::at(qQNaN()) : GroupColors[qsizetype(value) % std::size(GroupColors)];
}

QList<QRgb> ScatterPlot::pointColors() const
{
    const int rows = m_model->rowCount();
    if (m_colorColumn < 0)
        return QList<QRgb>(rows, GroupColors[0]);
    QList<QRgb> colors(rows);
    const QList<double> &values = m_model->values(m_colorColumn);
    for (int row = 0; row < rows; ++row)
        colors[row] = colorOf(m_color, values[row]);
    return colors;
}

QImage ScatterPlot::renderPoints(QSize size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (m_model->columnCount() < 2)
        return image;
    // An antialiased disc's coverage, computed once and stamped at every point.
    constexpr int Side = 2 * DotRadius + 2;
    std::array<uchar, Side * Side> coverage{};
    for (int y = 0; y < Side; ++y) {
        for (int x = 0; x < Side; ++x) {
            const double distance = std::hypot(x + 0.5 - Side / 2.0, y + 0.5 - Side / 2.0);
            coverage[y * Side + x] =
                uchar(std::clamp(DotRadius + 0.5 - distance, 0.0, 1.0) * 200); // a little see-through
        }
    }
    const QList<QRgb> colors = pointColors();
    PolylineRaster raster(&image);
    for (int row = 0; row < colors.size(); ++row) {
        const QPointF center = pointOf(row);
        if (std::isnan(center.x()) || std::isnan(center.y()))
            continue;
        raster.stamp(int(std::lround(center.x())) - Side / 2, int(std::lround(center.y())) - Side / 2, coverage.data(),
                     Side, colors[row]);
    }
    return image;
}

void ScatterPlot::resizeEvent(QResizeEvent *event)
{
    m_pointsDirty = true;
    QWidget::resizeEvent(event);
}

void ScatterPlot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (m_model->columnCount() < 2) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Choose the columns across and up."));
        return;
    }
    if (m_pointsDirty || m_points.size() != size()) {
        m_points = renderPoints(size());
        m_pointsDirty = false;
    }
    paintAxes(painter);
    painter.drawImage(0, 0, m_points);
    if (m_colorColumn >= 0) {
        PlotLegend::paint(painter, *this, plotRect(), m_model->headerData(m_colorColumn, Qt::Horizontal).toString(),
                          m_color, &ScatterPlot::colorOf);
    }
    paintSelection(painter);
}

} // namespace nereid
