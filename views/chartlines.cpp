#include "chartlines.h"

#include "chartpalette.h"

#include <cmath>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

namespace nereid {

namespace {

// The points QtCharts can draw: NaN gaps left out, ±Infinity at the edge of the y range.
QList<QPointF> drawable(const QList<QPointF> &points, double xScale, double low, double high)
{
    QList<QPointF> drawn;
    drawn.reserve(points.size());
    for (const QPointF &point : points) {
        const double y = point.y();
        if (std::isnan(y))
            continue;
        drawn.append({point.x() * xScale, std::isinf(y) ? (y > 0 ? high : low) : y});
    }
    return drawn;
}

void hideLegendMarkers(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

} // namespace

ChartLines::ChartLines(QChart *chart, QObject *parent)
    : QObject(parent)
    , m_chart(chart)
{
}

void ChartLines::setRuns(const QStringList &runIds, const QStringList &labels)
{
    for (auto it = m_runs.begin(); it != m_runs.end();) {
        if (runIds.contains(it->first)) {
            ++it;
            continue;
        }
        for (QAbstractSeries *series :
             {static_cast<QAbstractSeries *>(it->second.raw), static_cast<QAbstractSeries *>(it->second.smoothed),
              static_cast<QAbstractSeries *>(it->second.clipped)}) {
            m_chart->removeSeries(series);
            delete series;
        }
        it = m_runs.erase(it);
    }
    m_order = runIds;
    for (qsizetype i = 0; i < runIds.size(); ++i) {
        if (m_runs.contains(runIds[i]))
            continue;
        Run run{new QLineSeries, new QLineSeries, new QScatterSeries, false};
        run.raw->setName(labels.value(i, runIds[i]));
        run.clipped->setName(tr("%1 (clipped)").arg(runIds[i]));
        for (QAbstractSeries *series :
             {static_cast<QAbstractSeries *>(run.raw), static_cast<QAbstractSeries *>(run.smoothed),
              static_cast<QAbstractSeries *>(run.clipped)})
            m_chart->addSeries(series);
        hideLegendMarkers(m_chart, run.smoothed);
        hideLegendMarkers(m_chart, run.clipped);
        styleRun(runIds[i], run, false);
        m_runs.emplace(runIds[i], run);
    }
}

void ChartLines::styleRun(const QString &runId, Run &run, bool smoothing) const
{
    const QColor color = ChartPalette::colorFor(runId);
    QColor faint = color;
    faint.setAlpha(smoothing ? 70 : 255);
    run.raw->setPen(QPen(faint, smoothing ? 1 : 1.6));
    run.smoothed->setPen(QPen(color, 2.2));
    run.clipped->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    run.clipped->setMarkerSize(10);
    run.clipped->setBrush(color);
    run.clipped->setPen(QPen(QColor(0x30, 0x30, 0x30), 1));
    // The legend shows the run's colour, not the faint raw line's.
    if (!run.hidden)
        for (QLegendMarker *marker : m_chart->legend()->markers(run.raw)) {
            marker->setBrush(color);
            marker->setPen(QPen(color.darker(130)));
        }
}

std::pair<double, double> ChartLines::apply(const QList<ChartModel::Line> &lines, double xScale, bool smoothing)
{
    double low = qInf();
    double high = -qInf();
    for (const ChartModel::Line &line : lines) {
        if (isHidden(line.runId))
            continue;
        for (const QList<QPointF> *points : {&line.raw, &line.smoothed})
            for (const QPointF &point : *points)
                if (std::isfinite(point.y())) {
                    low = std::min(low, point.y());
                    high = std::max(high, point.y());
                }
    }
    for (const ChartModel::Line &line : lines) {
        const auto it = m_runs.find(line.runId);
        if (it == m_runs.end())
            continue;
        Run &run = it->second;
        run.raw->replace(drawable(line.raw, xScale, low, high));
        run.smoothed->replace(smoothing ? drawable(line.smoothed, xScale, low, high) : QList<QPointF>());
        QList<QPointF> clipped;
        for (const qsizetype index : line.clipped)
            clipped.append({line.raw[index].x() * xScale, line.raw[index].y()});
        run.clipped->replace(clipped);
        styleRun(line.runId, run, smoothing);
    }
    return low <= high ? std::pair{low, high} : std::pair{qQNaN(), qQNaN()};
}

void ChartLines::setHidden(const QString &runId, bool hidden)
{
    const auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return;
    Run &run = it->second;
    run.hidden = hidden;
    run.raw->setVisible(!hidden);
    run.smoothed->setVisible(!hidden);
    run.clipped->setVisible(!hidden);
    // A hidden series hides its legend entry too; keep it, greyed, so it can be clicked back.
    for (QLegendMarker *marker : m_chart->legend()->markers(run.raw)) {
        marker->setVisible(true);
        marker->setLabelBrush(hidden ? QColor(Qt::gray) : m_chart->legend()->labelColor());
        QColor color = ChartPalette::colorFor(runId);
        color.setAlpha(hidden ? 50 : 255);
        marker->setBrush(color);
        marker->setPen(QPen(color));
    }
    hideLegendMarkers(m_chart, run.smoothed);
    hideLegendMarkers(m_chart, run.clipped);
}

bool ChartLines::isHidden(const QString &runId) const
{
    const auto it = m_runs.find(runId);
    return it != m_runs.end() && it->second.hidden;
}

const ChartLines::Run *ChartLines::run(const QString &runId) const
{
    const auto it = m_runs.find(runId);
    return it == m_runs.end() ? nullptr : &it->second;
}

QList<QAbstractSeries *> ChartLines::allSeries() const
{
    QList<QAbstractSeries *> all;
    for (const QString &runId : m_order) {
        const Run &run = m_runs.at(runId);
        all << run.raw << run.smoothed << run.clipped;
    }
    return all;
}

QString ChartLines::runOf(const QAbstractSeries *series) const
{
    for (const auto &[runId, run] : m_runs)
        if (run.raw == series)
            return runId;
    return {};
}

} // namespace nereid
