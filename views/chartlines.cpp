#include "chartlines.h"

#include "chartaxes.h"
#include "models/chartpalette.h"
#include "models/runcolors.h"

#include <array>
#include <cmath>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSet>

namespace nereid {

namespace {

// The points in axis units: NaN kept (a gap), ±Infinity at the edge of the y range.
QList<QPointF> drawable(const QList<QPointF> &points, double xScale, double low, double high)
{
    QList<QPointF> drawn;
    drawn.reserve(points.size());
    for (const QPointF &point : points) {
        const double y = point.y();
        drawn.append({point.x() * xScale, std::isinf(y) ? (y > 0 ? high : low) : y});
    }
    return drawn;
}

// The y range of the shown runs' finite values.
std::pair<double, double> yRangeOf(const QList<ChartModel::Line> &lines, const ChartLines &chartLines)
{
    double low = qInf();
    double high = -qInf();
    for (const ChartModel::Line &line : lines) {
        if (chartLines.isHidden(line.runId))
            continue;
        for (const QList<QPointF> *points : {&line.raw, &line.smoothed})
            for (const QPointF &point : *points)
                if (std::isfinite(point.y())) {
                    low = std::min(low, point.y());
                    high = std::max(high, point.y());
                }
    }
    return {low, high};
}

} // namespace

ChartLines::ChartLines(QChart *chart, ChartAxes *axes, const RunColors &colors, QObject *parent)
    : QObject(parent)
    , m_chart(chart)
    , m_colors(colors)
    , m_plot(new ChartPlotItem([chart, axes] { return axes->mapping(chart->plotArea()); }, chart))
    , m_anchor(new QLineSeries(this))
{
    m_chart->addSeries(m_anchor);
    for (QLegendMarker *marker : m_chart->legend()->markers(m_anchor))
        marker->setVisible(false);
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { m_plot->plotChanged(); });
    connect(axes, &ChartAxes::rangesChanged, this, [this] { m_plot->plotChanged(); });
    connect(&colors, &RunColors::colorChanged, this, [this](const QString &runId) {
        if (const auto it = m_runs.find(runId); it != m_runs.end()) {
            if (it->second.series)
                it->second.series->setPen(QPen(m_colors.colorFor(runId), 1.6));
            styleLegend(runId, it->second);
        }
    });
}

void ChartLines::setPaths(const QStringList &paths)
{
    if (paths == m_paths)
        return;
    m_paths = paths;
    clearPathSeries();
    if (paths.size() < 2)
        return;
    const QColor neutral = m_chart->legend()->labelColor();
    for (const QString &path : paths) {
        auto *series = new QLineSeries;
        series->setName(path);
        series->setPen(QPen(neutral, 1.6, styleOf(path)));
        m_chart->addSeries(series);
        m_pathSeries.insert(path, series);
    }
}

void ChartLines::clearPathSeries()
{
    for (QLineSeries *series : std::as_const(m_pathSeries)) {
        m_chart->removeSeries(series);
        delete series;
    }
    m_pathSeries.clear();
}

// One run: a colour per path, so the lines tell apart at a glance; several: the run's colour, the path's style.
QColor ChartLines::colorOf(const QString &runId, const QString &path) const
{
    if (m_paths.size() > 1 && m_order.size() == 1)
        return ChartPalette::color(int(m_paths.indexOf(path)));
    return m_colors.colorFor(runId);
}

Qt::PenStyle ChartLines::styleOf(const QString &path) const
{
    static constexpr std::array Styles{Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
    const qsizetype index = m_paths.indexOf(path);
    return index < 0 ? Qt::SolidLine : Styles[size_t(index) % Styles.size()];
}

void ChartLines::setRuns(const QStringList &runIds, const QStringList &labels, bool legendSeries)
{
    const QSet<QString> wanted(runIds.begin(), runIds.end());
    for (auto it = m_runs.begin(); it != m_runs.end();) {
        const bool kept = wanted.contains(it->first);
        if (it->second.series && (!kept || !legendSeries)) { // a kept run keeps whether it is hidden
            m_chart->removeSeries(it->second.series);
            delete it->second.series;
            it->second.series = nullptr;
        }
        it = kept ? std::next(it) : m_runs.erase(it);
    }
    m_order = runIds;
    for (qsizetype i = 0; i < runIds.size(); ++i) {
        Run &run = m_runs[runIds[i]];
        const QString label = labels.value(i, runIds[i]);
        if (!legendSeries)
            continue;
        if (run.series) { // a kept line's label may have changed: a group's count of runs, a run's new name
            if (run.series->name() != label)
                run.series->setName(label);
            continue;
        }
        run.series = new QLineSeries;
        run.series->setName(label);
        run.series->setPen(QPen(m_colors.colorFor(runIds[i]), 1.6));
        m_chart->addSeries(run.series);
        styleLegend(runIds[i], run);
    }
}

void ChartLines::setHighlighted(const QString &runId)
{
    m_plot->setHighlighted(runId);
}

void ChartLines::styleLegend(const QString &runId, const Run &run) const
{
    // A hidden run keeps its legend entry, greyed, so it can be clicked back.
    QColor color = m_colors.colorFor(runId);
    color.setAlpha(run.hidden ? 50 : 255);
    if (!run.series)
        return;
    for (QLegendMarker *marker : m_chart->legend()->markers(run.series)) {
        marker->setVisible(true);
        marker->setLabelBrush(run.hidden ? QColor(Qt::gray) : m_chart->legend()->labelColor());
        marker->setBrush(color);
        marker->setPen(QPen(run.hidden ? color : color.darker(130)));
    }
}

std::pair<double, double> ChartLines::apply(const QList<ChartModel::Line> &lines, double xScale, bool smoothing)
{
    const auto [low, high] = yRangeOf(lines, *this);
    QList<ChartTrace> traces;
    traces.reserve(lines.size());
    for (const ChartModel::Line &line : lines) {
        const auto it = m_runs.find(line.runId);
        if (it == m_runs.end())
            continue;
        ChartTrace trace{line.key,
                         line.runId,
                         colorOf(line.runId, line.path),
                         styleOf(line.path),
                         drawable(line.raw, xScale, low, high),
                         smoothing ? drawable(line.smoothed, xScale, low, high) : QList<QPointF>(),
                         {},
                         it->second.hidden};
        for (const qsizetype index : line.clipped)
            trace.clipped.append({line.raw[index].x() * xScale, line.raw[index].y()});
        traces.append(std::move(trace));
    }
    m_plot->setTraces(std::move(traces), smoothing);
    return low <= high ? std::pair{low, high} : std::pair{qQNaN(), qQNaN()};
}

void ChartLines::setHidden(const QString &runId, bool hidden)
{
    const auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return;
    it->second.hidden = hidden;
    m_plot->setHidden(runId, hidden);
    styleLegend(runId, it->second);
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
    QList<QAbstractSeries *> all{m_anchor};
    for (const QString &runId : m_order)
        if (QLineSeries *series = m_runs.at(runId).series)
            all << series;
    for (const QString &path : m_paths)
        if (QLineSeries *series = m_pathSeries.value(path))
            all << series;
    return all;
}

QString ChartLines::runOf(const QAbstractSeries *series) const
{
    for (const auto &[runId, run] : m_runs)
        if (run.series && run.series == series)
            return runId;
    return {};
}

} // namespace nereid
