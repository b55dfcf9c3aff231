#include "chartpanel.h"

#include "chartaxes.h"
#include "chartcanvas.h"
#include "charthovertip.h"
#include "chartlegendlist.h"
#include "chartlines.h"
#include "charttoolbar.h"
#include "models/runcolors.h"
#include "models/runvisibility.h"
#include "models/sessionmodels.h"
#include "runcolordialog.h"

#include <cmath>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QVBoxLayout>

namespace nereid {

namespace {

// The width of a legend entry besides its label: the marker and the spaces around it.
constexpr int LegendMarkerPixels = 40;

} // namespace

ChartPanel::ChartPanel(const SessionModels &models, const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_model(*models.newChart(this))
    , m_visibility(*models.visibility())
    , m_toolBar(new ChartToolBar(path, this))
    , m_chart(new QChart)
    , m_canvas(new ChartCanvas(m_chart, this))
    , m_axes(new ChartAxes(m_chart, this))
    , m_lines(new ChartLines(m_chart, m_axes, *models.colors(), this))
    , m_note(new QLabel(this))
    , m_hover(new QLabel(this))
    , m_hoverTip(new ChartHoverTip(m_canvas->viewport()))
    , m_legendList(new ChartLegendList(*models.colors(), this))
{
    m_model.setSeries(path, {});
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setShowToolTips(true);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0); // square corners: the canvas paints without antialiasing
    m_chart->setLocalizeNumbers(true);  // tick labels in the locale's digits (0,5 in German)
    m_chart->setLocale(QLocale());
    m_legendList->hide();
    m_note->setStyleSheet(QStringLiteral("color: #a04000;"));
    m_note->setVisible(false);
    m_hover->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hover->setMinimumHeight(m_hover->fontMetrics().height());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    auto *plotAndLegend = new QHBoxLayout;
    plotAndLegend->setSpacing(0);
    plotAndLegend->addWidget(m_canvas, 1);
    plotAndLegend->addWidget(m_legendList);
    layout->addLayout(plotAndLegend, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_hover);
    setMinimumSize(360, 260);

    m_frame.setSingleShot(true);
    m_frame.setInterval(16); // ~60 frames a second however fast points arrive
    connect(&m_frame, &QTimer::timeout, this, &ChartPanel::drawFrame);
    connect(&m_model, &ChartModel::changed, this, &ChartPanel::scheduleFrame);
    connect(models.colors(), &RunColors::colorChanged, this, &ChartPanel::scheduleFrame);
    connect(models.colors(), &RunColors::colorChanged, m_legendList, &ChartLegendList::updateColor);
    connect(&m_visibility, &RunVisibility::visibilityChanged, this, [this](const QStringList &runIds) {
        for (const QString &runId : runIds)
            showHidden(runId);
    });
    connect(m_axes, &ChartAxes::xRangeChanged, this,
            [this](double from, double to) { m_model.setView(from, to, int(m_chart->plotArea().width())); });
    // The model reduces to the plot's width when the chart is resized. New axis labels move the plot's edge by a
    // few pixels too, and the next frame's labels move it back: redrawing for those would never end.
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        if (m_canvas->size() == m_sizedFor && std::abs(plot.width() - m_model.width()) < plot.width() * 0.1)
            return;
        m_sizedFor = m_canvas->size();
        m_model.setWidth(int(plot.width()));
    });
    connect(m_axes, &ChartAxes::xRangeChanged, this, [this] {
        m_zoomed = true;
        emit settingsChanged();
    });
    connect(m_canvas, &ChartCanvas::zoomedToRectangle, this, [this] { m_yLocked = true; });
    connect(m_canvas, &ChartCanvas::resetRequested, this, &ChartPanel::resetZoom);
    connect(m_canvas, &ChartCanvas::hovered, this, &ChartPanel::showNearest);
    connect(m_canvas, &ChartCanvas::left, this, [this] {
        m_hover->clear();
        m_hoverTip->hide();
    });
    connect(m_legendList, &ChartLegendList::toggled, this, [this](const QString &runId) { toggleRun(runId); });
    connect(m_legendList, &ChartLegendList::highlighted, m_lines, &ChartLines::setHighlighted);
    connect(m_legendList, &ChartLegendList::colorRequested, this,
            [this, colors = models.colors()](const QString &runId) { chooseRunColor(this, *colors, runId); });
    connect(m_toolBar, &ChartToolBar::xModeChanged, this, [this](XAxisMode mode) {
        m_axes->setXMode(mode);
        m_model.setXAxisMode(mode);
        m_zoomed = false; // the model shows the whole extent on the new axis
        emit settingsChanged();
    });
    connect(m_toolBar, &ChartToolBar::logYChanged, &m_model, &ChartModel::setLogY);
    connect(m_toolBar, &ChartToolBar::smoothingChanged, &m_model, &ChartModel::setSmoothing);
    connect(m_toolBar, &ChartToolBar::logYChanged, this, &ChartPanel::settingsChanged);
    connect(m_toolBar, &ChartToolBar::smoothingChanged, this, &ChartPanel::settingsChanged);
    connect(m_toolBar, &ChartToolBar::resetZoomClicked, this, &ChartPanel::resetZoom);
    connect(m_toolBar, &ChartToolBar::exportPngClicked, this, &ChartPanel::exportPng);
    connect(m_toolBar, &ChartToolBar::exportCsvClicked, this, &ChartPanel::exportCsv);
    connect(m_toolBar, &ChartToolBar::closeClicked, this, [this] { emit closeRequested(this->path()); });
    applyTheme();
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setRuns(const QStringList &runIds)
{
    m_model.setSeries(path(), runIds);
    m_lines->setPaths(m_model.paths());
    const auto [lineIds, labels] = lineIdsAndLabels(runIds); // groups mode: one line per group
    const bool compact = lineIds.size() >= CompactLegendRuns;
    m_lines->setRuns(lineIds, labels, !compact);
    m_legendLabels = compact ? QStringList() : labels;
    m_chart->legend()->setVisible(!compact);
    m_legendList->setVisible(compact);
    if (compact)
        m_legendList->setRuns(lineIds, labels);
    placeLegend();
    m_axes->attach(m_lines->allSeries());
    for (const QString &runId : lineIds) {
        if (m_hiddenRuns.contains(runId) || m_visibility.isHidden(runId))
            showHidden(runId);
        if (compact)
            continue;
        for (QLegendMarker *marker : m_chart->legend()->markers(m_lines->run(runId)->series)) {
            disconnect(marker, &QLegendMarker::clicked, this, nullptr);
            connect(marker, &QLegendMarker::clicked, this, [this, runId] { toggleRun(runId); });
        }
    }
    scheduleFrame();
}

// Below the plot while the entries fit in one row; QtCharts does not wrap them, and a row wider than the chart
// squeezes the axes until their labels are elided and the legend vanishes. Beside it, in a column, otherwise.
void ChartPanel::placeLegend()
{
    const QFontMetrics metrics(m_chart->legend()->font());
    int row = 0;
    for (const QString &label : std::as_const(m_legendLabels))
        row += metrics.horizontalAdvance(label) + LegendMarkerPixels;
    m_chart->legend()->setAlignment(row < m_canvas->width() - 40 ? Qt::AlignBottom : Qt::AlignRight);
}

// The runs are often set before the panel has its size (a new chart in the grid): the legend is placed again.
void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeLegend();
}

void ChartPanel::setHidden(const QString &runId, bool hidden)
{
    const bool changed = hidden != m_hiddenRuns.contains(runId);
    if (hidden)
        m_hiddenRuns.insert(runId);
    else
        m_hiddenRuns.remove(runId);
    showHidden(runId);
    if (changed)
        emit settingsChanged();
}

// A run hidden from every chart (the table's eye) that is clicked in this chart's legend is shown again, everywhere:
// the legend shows it greyed, and a click on it must bring it back.
void ChartPanel::toggleRun(const QString &runId)
{
    if (m_visibility.isHidden(runId)) {
        m_hiddenRuns.remove(runId);
        m_visibility.setHidden({runId}, false);
        return;
    }
    setHidden(runId, !isHidden(runId));
}

void ChartPanel::showHidden(const QString &runId)
{
    const bool hidden = m_hiddenRuns.contains(runId) || m_visibility.isHidden(runId);
    m_lines->setHidden(runId, hidden);
    m_legendList->setHidden(runId, hidden);
    scheduleFrame(); // the y range follows the shown runs
}

void ChartPanel::scheduleFrame()
{
    if (!m_frame.isActive())
        m_frame.start();
}

void ChartPanel::drawNow()
{
    if (m_frame.isActive()) {
        m_frame.stop();
        drawFrame();
    }
}

void ChartPanel::paintAhead()
{
    drawNow();
    // The axes' new labels move the plot's edge (see plotAreaChanged above): laid out before the paint, or the
    // cached lines would be painted again as soon as the chart is in sight.
    for (int pass = 0; pass < 2; ++pass) {
        QCoreApplication::sendPostedEvents(m_chart, QEvent::LayoutRequest);
        drawNow();
    }
    QWidget *plot = m_canvas->viewport();
    QImage scratch(plot->size() * plot->devicePixelRatio(), QImage::Format_ARGB32_Premultiplied);
    scratch.setDevicePixelRatio(plot->devicePixelRatio());
    plot->render(&scratch); // the same paint event as on screen: the item's cache is the viewport's
}

void ChartPanel::followPaths()
{
    if (m_model.paths() == m_lines->paths())
        return;
    m_lines->setPaths(m_model.paths());
    m_axes->attach(m_lines->allSeries());
}

void ChartPanel::drawFrame()
{
    ++m_frames;
    followPaths();
    const QList<ChartModel::Line> lines = m_groups.isEmpty() ? m_model.lines() : groupFrameLines();
    // A log axis never holds a value <= 0: leave it before the unclipped points come, take it after the clipped.
    if (m_axes->logY() && !m_model.logY())
        m_axes->setLogY(false);
    const auto [low, high] = withBands(m_lines->apply(lines, m_axes->xScale(), m_model.smoothing() > 0));
    if (m_model.logY() && !m_axes->logY())
        m_axes->setLogY(true);
    const auto [from, to] = m_model.view();
    m_axes->setXRange(from, to);
    if (!m_yLocked)
        m_axes->fitY(low, high);
    updateNote(lines);
}

void ChartPanel::updateNote(const QList<ChartModel::Line> &lines)
{
    qsizetype clipped = 0;
    for (const ChartModel::Line &line : lines)
        if (!m_lines->isHidden(line.runId))
            clipped += line.nonPositive;
    QString note;
    if (m_model.logY() && clipped > 0)
        note = tr("%n value(s) ≤ 0 in view: drawn as ▲ on the bottom of the log axis.", "", int(clipped));
    if (m_model.runIds().isEmpty())
        note = tr("Select runs to compare them here.");
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString ChartPanel::note() const
{
    return m_note->text();
}

void ChartPanel::resetZoom()
{
    m_yLocked = false;
    m_zoomed = false;
    m_model.resetView();
    emit settingsChanged();
}

} // namespace nereid
