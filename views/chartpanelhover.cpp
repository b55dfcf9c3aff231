// ChartPanel: what hovering shows. Below the plot, the nearest point of the shown runs with its step and time; at
// the cursor, every shown run's value at the step under it (ChartHoverTip).
#include "chartaxes.h"
#include "charthovertip.h"
#include "chartlines.h"
#include "chartpanel.h"

#include <cmath>
#include <QChart>
#include <QDateTime>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>

namespace nereid {

namespace {

// A run whose nearest point lies further from the cursor along x is not at that step (it ended or starts later).
constexpr double TipPixels = 40;
// How far either side of the cursor hovering looks for a point nearer to it than the one nearest along x.
constexpr double NearPixels = 3;

} // namespace

void ChartPanel::showNearest(QPointF position)
{
    const QRectF plot = m_chart->plotArea();
    m_hover->clear();
    if (!plot.contains(position) || m_lines->runIds().isEmpty()) {
        m_hoverTip->hide();
        return;
    }
    const ChartPlotMapping mapping = m_axes->mapping(plot);
    const double x = m_chart->mapToValue(position, m_lines->anchor()).x() / m_axes->xScale();
    const auto [yLow, yHigh] = m_axes->yRange();
    double best = qInf();
    QString text;
    QString nearestKey;
    double nearestX = x;
    // Per run, the nearest point along x and those a few pixels either side: a spike a pixel or two off the cursor is
    // what the user points at, not the flat point beside it.
    const double pixel = (mapping.xMax - mapping.xMin) / std::max(plot.width(), 1.0) / m_axes->xScale();
    for (const QString &key : m_model.lineKeys()) {
        if (m_lines->isHidden(m_model.runOf(key)))
            continue;
        QList<ChartModel::NearestPoint> candidates =
            m_model.pointsNear(key, x - NearPixels * pixel, x + NearPixels * pixel);
        if (const std::optional<ChartModel::NearestPoint> nearest = m_model.nearest(key, x))
            candidates.append(*nearest);
        for (const ChartModel::NearestPoint &nearest : std::as_const(candidates)) {
            const FloatPoint &point = nearest.point;
            double y = std::isfinite(point.value) ? point.value : (point.value > 0 ? yHigh : yLow);
            if (m_model.logY() && !(y > 0))
                y = yLow;
            const QPointF at = mapping.map(QPointF(nearest.x * m_axes->xScale(), y));
            const double distance = std::hypot(at.x() - position.x(), at.y() - position.y());
            if (!(distance < best))
                continue;
            best = distance;
            nearestKey = key;
            nearestX = nearest.x;
            text = describe(key, nearest);
        }
    }
    m_hover->setText(text);
    showTip(position, nearestX, nearestKey); // the step of the point named below, not the cursor's nearest
}

void ChartPanel::showTip(QPointF position, double x, const QString &nearestKey)
{
    if (nearestKey.isEmpty()) {
        m_hoverTip->hide();
        return;
    }
    const ChartPlotMapping mapping = m_axes->mapping(m_chart->plotArea());
    QList<ChartHoverTip::Row> rows;
    double step = 0;
    for (const QString &key : m_model.lineKeys()) {
        const QString runId = m_model.runOf(key);
        const std::optional<ChartModel::NearestPoint> nearest = m_model.nearest(key, x);
        if (m_lines->isHidden(runId) || !nearest ||
            std::abs(mapping.mapX(nearest->x * m_axes->xScale()) - mapping.mapX(x * m_axes->xScale())) > TipPixels)
            continue;
        rows.append(
            {lineLabel(key), m_lines->colorOf(runId, m_model.pathOf(key)), nearest->point.value, key == nearestKey});
        if (key == nearestKey)
            step = nearest->point.step;
    }
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    // The canvas' viewport shows the chart's scene unscrolled: the tip's parent has the plot's coordinates.
    m_hoverTip->showRows(tr("Step %1").arg(locale.toString(step, 'g', 12)), rows, position.toPoint());
}

// "id · name", and the path in a chart of several.
QString ChartPanel::lineLabel(const QString &key) const
{
    const QString runId = m_model.runOf(key);
    const QString name = m_model.runName(runId);
    const QString run = name.isEmpty() ? runId : tr("%1 · %2").arg(runId, name);
    return m_model.paths().size() > 1 ? tr("%1 · %2").arg(run, m_model.pathOf(key)) : run;
}

QString ChartPanel::describe(const QString &key, const ChartModel::NearestPoint &nearest) const
{
    const FloatPoint &point = nearest.point;
    const QString time = QDateTime::fromMSecsSinceEpoch(qint64(point.timestamp * 1000))
                             .toString(QStringLiteral("yyyy-MM-dd hh:mm:ss.zzz"));
    // Of the server's buckets, a lowest or highest value has no time of its own: zooming in shows it exactly.
    const QString when = nearest.estimatedTime ? tr("about %1").arg(time) : time;
    return tr("%1 — step %2, value %3, %4")
        .arg(lineLabel(key), QString::number(point.step, 'g', 12), QString::number(point.value, 'g', 8), when);
}

void ChartPanel::setHoverLineShown(bool shown)
{
    m_hover->setVisible(shown);
}

QString ChartPanel::hoverText() const
{
    return m_hover->text();
}

} // namespace nereid
