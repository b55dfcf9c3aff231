// ChartPanel: what hovering shows (the nearest point of the shown runs).
#include "chartaxes.h"
#include "chartlines.h"
#include "chartpanel.h"

#include <cmath>
#include <QChart>
#include <QDateTime>
#include <QLabel>
#include <QLineSeries>

namespace nereid {

void ChartPanel::showNearest(QPointF position)
{
    const QRectF plot = m_chart->plotArea();
    m_hover->clear();
    if (!plot.contains(position) || m_lines->runIds().isEmpty())
        return;
    QLineSeries *any = m_lines->run(m_lines->runIds().first())->series;
    const double x = m_chart->mapToValue(position, any).x() / m_axes->xScale();
    const auto [yLow, yHigh] = m_axes->yRange();
    double best = qInf();
    QString text;
    for (const QString &runId : m_lines->runIds()) {
        const std::optional<ChartModel::NearestPoint> nearest = m_model.nearest(runId, x);
        if (m_lines->isHidden(runId) || !nearest)
            continue;
        const FloatPoint &point = nearest->point;
        double y = std::isfinite(point.value) ? point.value : (point.value > 0 ? yHigh : yLow);
        if (m_model.logY() && !(y > 0))
            y = yLow;
        const QPointF at = m_chart->mapToPosition(QPointF(nearest->x * m_axes->xScale(), y), any);
        const double distance = std::hypot(at.x() - position.x(), at.y() - position.y());
        if (!(distance < best))
            continue;
        best = distance;
        const QString time = QDateTime::fromMSecsSinceEpoch(qint64(point.timestamp * 1000))
                                 .toString(QStringLiteral("yyyy-MM-dd hh:mm:ss.zzz"));
        // Of the server's buckets, a lowest or highest value has no time of its own: zooming in shows it exactly.
        const QString when = nearest->estimatedTime ? tr("about %1").arg(time) : time;
        text = tr("%1 — step %2, value %3, %4")
                   .arg(m_lines->run(runId)->series->name(), QString::number(point.step, 'g', 12),
                        QString::number(point.value, 'g', 8), when);
    }
    m_hover->setText(text);
}

QString ChartPanel::hoverText() const
{
    return m_hover->text();
}

} // namespace nereid
