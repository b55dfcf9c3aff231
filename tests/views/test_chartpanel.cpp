// ChartPanel (issue 7) over a real cache file: a line per run with at most ~4 points per pixel column, painted where
// QtCharts maps its values, the spike among 1,000,000 points painted at every zoom, NaN drawn as a gap, legend
// clicks, the log axis' clipped points, live points handed over once per frame, hover, export. Screenshots land in
// the build folder, to be looked at.
#include "csvexportresult.h"
#include "models/runvisibility.h"
#include "models/sessionmodels.h"
#include "runfixtures.h"
#include "screenshotchecks.h"
#include "series/seriescsv.h"
#include "views/chartaxes.h"
#include "views/chartcanvas.h"
#include "views/chartlines.h"
#include "views/chartpanel.h"
#include "views/charttoolbar.h"

#include <cmath>
#include <QChart>
#include <QDateTimeAxis>
#include <QDir>
#include <QFile>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {

const QString Loss = QStringLiteral("train/loss");
const QString Big = QStringLiteral("SWP-1"), Small = QStringLiteral("SWP-2"), Signed = QStringLiteral("SWP-3");
const QString Gap = QStringLiteral("SWP-5");
constexpr int SpikeStep = 654321;
constexpr int GapFrom = 400, GapTo = 599; // SWP-5's NaN steps

QList<FloatPoint> lossPoints(int firstStep, int count, double offset = 0)
{
    QList<FloatPoint> points;
    points.reserve(count);
    for (int step = firstStep; step < firstStep + count; ++step)
        points.append(
            {double(step), offset + 1.0 / (1 + step * 1e-4) + 0.02 * std::sin(step * 0.1), 1.7e9 + step * 0.25});
    return points;
}

bool contains(const QList<QPointF> &points, QPointF point)
{
    return std::find(points.begin(), points.end(), point) != points.end();
}

// Whether the painted line passes within `tolerance` pixels of `at`: a vertex of its polylines there, or a filled
// pixel column over it.
bool paintedAt(const ChartPlotLine &line, QPointF at, double tolerance = 0.5)
{
    for (const QPolygonF &piece : line.pieces)
        for (const QPointF &vertex : piece)
            if (std::abs(vertex.x() - at.x()) <= tolerance && std::abs(vertex.y() - at.y()) <= tolerance)
                return true;
    for (const QRect &span : line.spans)
        if (QRectF(span).adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(at))
            return true;
    return false;
}

// Pixels of the column at x inside the plot whose colour is near the run's.
int pixelsOfColour(const QImage &image, int x, const QRectF &plot, const QColor &colour)
{
    int found = 0;
    for (int y = int(plot.top()) + 2; y < int(plot.bottom()) - 1; ++y) {
        const QColor pixel = image.pixelColor(x, y);
        if (std::abs(pixel.red() - colour.red()) + std::abs(pixel.green() - colour.green()) +
                std::abs(pixel.blue() - colour.blue()) <
            60)
            ++found;
    }
    return found;
}

} // namespace

class TestChartPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void oneLinePerRunAtMostFourPointsPerColumn();
    void spikeKeptAtEveryZoom();
    void wheelZoomAndResetAskTheModel();
    void legendClickHidesRun();
    void tableEyeHidesRunInEveryChart();
    void legendFollowsThePanelsWidth();
    void logAxisShowsClippedPoints();
    void liveUpdateIsOneReplacePerFrame();
    void nanBreaksTheLine();
    void xAxisModes();
    void hoverShowsNearestPoint();
    void exportPngLoadsAndCsvRoundTrips();
    void screenshots();
    void trainAndValLossInOneChart();

private:
    void waitForFrame();
    void waitUntilIdle();
    qreal plotWidth() const { return m_panel->chart()->plotArea().width(); }

    RunFixtures m_fixtures;
    std::unique_ptr<SessionModels> m_models; // outlives the panel
    std::unique_ptr<ChartPanel> m_panel;
};

void TestChartPanel::initTestCase()
{
    QVERIFY(m_fixtures.open());
    QList<QJsonObject> runs;
    for (int number = 1; number <= 5; ++number)
        runs.append(RunFixtures::run(number, {}, {{Loss, RunFixtures::floatSeries(0, 0, 0, 0)}}));
    QVERIFY(m_fixtures.apply(runs));
    QList<FloatPoint> big = lossPoints(0, 1'000'000);
    big[SpikeStep].value = 50;
    QVERIFY(m_fixtures.cache().appendPoints(Big, Loss, big));
    QVERIFY(m_fixtures.cache().appendPoints(Small, Loss, lossPoints(200'000, 5000, 0.4)));
    QList<FloatPoint> signedPoints = lossPoints(0, 400, 0.1);
    signedPoints[100].value = 0;
    signedPoints[300].value = -0.5;
    QVERIFY(m_fixtures.cache().appendPoints(Signed, Loss, signedPoints));
    QList<FloatPoint> gapPoints = lossPoints(0, 1000);
    for (int step = GapFrom; step <= GapTo; ++step)
        gapPoints[step].value = qQNaN();
    QVERIFY(m_fixtures.cache().appendPoints(Gap, Loss, gapPoints));
}

void TestChartPanel::init()
{
    m_models = std::make_unique<SessionModels>(m_fixtures.cache());
    m_panel = std::make_unique<ChartPanel>(*m_models, Loss);
    m_panel->resize(900, 520);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->setRuns({Big, Small, Signed});
    waitForFrame();
}

// The eye column of the table (RunVisibility) hides a run in every chart; the chart's legend click brings it back
// everywhere, and the chart's own hidden runs (saved with the chart) are left alone.
void TestChartPanel::tableEyeHidesRunInEveryChart()
{
    m_models->visibility()->setHidden({Small}, true);
    waitForFrame();
    QVERIFY(m_panel->lines()->isHidden(Small));
    QVERIFY(m_panel->lines()->plot()->paintedRaw(Small).pieces.isEmpty());
    QVERIFY(!m_panel->isHidden(Small)); // not this chart's own choice
    ChartPanel other(*m_models, Loss);
    other.setRuns({Big, Small});
    QVERIFY(other.lines()->isHidden(Small));
    m_models->visibility()->setHidden({Small}, false);
    QVERIFY(!m_panel->lines()->isHidden(Small));
    QVERIFY(!other.lines()->isHidden(Small));
}

void TestChartPanel::cleanup()
{
    m_panel.reset();
}

// Waits for the next frame, and for those that follow it at once (a plot resized by new axis labels).
void TestChartPanel::waitForFrame()
{
    const int before = m_panel->frameCount();
    QTRY_VERIFY(m_panel->frameCount() > before);
    waitUntilIdle();
}

void TestChartPanel::waitUntilIdle()
{
    QTRY_VERIFY(!m_panel->framePending());
    QTest::qWait(30);
    QTRY_VERIFY(!m_panel->framePending());
}

void TestChartPanel::oneLinePerRunAtMostFourPointsPerColumn()
{
    const QStringList runs{Big, Small, Signed};
    QCOMPARE(m_panel->lines()->runIds(), runs);
    QVERIFY(plotWidth() > 500);
    // The model reduces to the plot's width (give or take the few pixels axis labels move it by).
    QVERIFY(std::abs(m_panel->model().width() - plotWidth()) <= plotWidth() * 0.1);
    QCOMPARE(m_panel->model().view(), (std::pair{0.0, 1000000.0})); // up to a round step (AxisEnd)
    for (const QString &runId : runs) {
        const ChartTrace *trace = m_panel->lines()->trace(runId);
        QVERIFY(trace);
        QVERIFY(!trace->hidden);
        QVERIFY(trace->raw.size() > 0);
        QVERIFY2(trace->raw.size() <= 4 * m_panel->model().width() + 2, qPrintable(QString::number(trace->raw.size())));
        QCOMPARE(m_panel->lines()->run(runId)->series->attachedAxes().size(), 2);
        // Painted where QtCharts maps the values (its axes, grid and hover use that mapping), within the pixel by
        // which a dense line leaves out points that would land on the one before.
        const ChartPlotLine painted = m_panel->lines()->plot()->paintedRaw(runId);
        QVERIFY(!painted.isEmpty());
        for (const QPointF &point : {trace->raw.first(), trace->raw.last(), trace->raw[trace->raw.size() / 2]})
            if (m_panel->chart()->plotArea().contains(
                    m_panel->chart()->mapToPosition(point, m_panel->lines()->run(runId)->series)))
                QVERIFY(paintedAt(painted, m_panel->chart()->mapToPosition(point, m_panel->lines()->run(runId)->series),
                                  1));
    }
    const QList<QLegendMarker *> markers = m_panel->chart()->legend()->markers(m_panel->lines()->run(Big)->series);
    QCOMPARE(markers.size(), 1);
    QCOMPARE(markers.first()->label(), QStringLiteral("SWP-1 · run 1"));
    // The legend shows the colour the run's line is painted in; runs differ.
    QCOMPARE(markers.first()->brush().color().rgb(), m_panel->lines()->trace(Big)->color.rgb());
    QVERIFY(m_panel->lines()->trace(Big)->color != m_panel->lines()->trace(Small)->color);
    const auto [low, high] = m_panel->axes()->yRange();
    QVERIFY(low < 0.1 && high > 50); // the spike is inside the y range
}

// The user zooms (the x axis' range changes as the rubber band, the wheel or panning change it): the model is
// asked for that range at the plot's width, and the spike is in what QtCharts gets at every zoom.
void TestChartPanel::spikeKeptAtEveryZoom()
{
    auto *x = static_cast<QValueAxis *>(m_panel->axes()->x());
    const QList<std::pair<double, double>> zooms{{500000, 800000}, {650000, 660000}, {654300, 654400},
                                                 {654321, 654322}, {1000, 654321.5}, {0, 999999}};
    for (const auto &[from, to] : zooms) {
        x->setRange(from, to);
        waitForFrame();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_panel->model().view(), (std::pair{from, to}));
        const QList<QPointF> &raw = m_panel->lines()->trace(Big)->raw;
        QVERIFY2(contains(raw, {SpikeStep, 50}), qPrintable(QStringLiteral("zoom %1..%2").arg(from).arg(to)));
        const QPointF spike = m_panel->chart()->mapToPosition({SpikeStep, 50}, m_panel->lines()->run(Big)->series);
        QVERIFY2(paintedAt(m_panel->lines()->plot()->paintedRaw(Big), spike),
                 qPrintable(QStringLiteral("painted, zoom %1..%2").arg(from).arg(to)));
        QVERIFY(raw.size() <= 4 * m_panel->model().width() + 2);
        QCOMPARE(m_panel->axes()->xRange(), (std::pair{from, to}));
    }
}

void TestChartPanel::wheelZoomAndResetAskTheModel()
{
    const QPointF spike = m_panel->chart()->mapToPosition({SpikeStep, 50}, m_panel->lines()->run(Big)->series);
    m_panel->canvas()->zoomX(4, spike);
    waitForFrame();
    const auto [from, to] = m_panel->model().view();
    QVERIFY(std::abs((to - from) - 999999 / 4.0) < 1000);
    // The step under the cursor stays under it.
    QVERIFY(std::abs((SpikeStep - from) / (to - from) - SpikeStep / 999999.0) < 0.01);
    QVERIFY(contains(m_panel->lines()->trace(Big)->raw, {SpikeStep, 50}));
    emit m_panel->toolBar()->resetZoomClicked();
    waitForFrame();
    QCOMPARE(m_panel->model().view(), (std::pair{0.0, 1000000.0})); // up to a round step (AxisEnd)
}

// The legend goes below the plot while its entries fit in a row, beside it otherwise, and is placed again as the
// panel is resized: a new chart in the grid gets its runs before its size.
void TestChartPanel::legendFollowsThePanelsWidth()
{
    SessionModels panelModels(m_fixtures.cache());
    ChartPanel panel(panelModels, Loss);
    panel.resize(900, 520);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setRuns({Big, Small, Signed, Gap}); // four entries of about 120 px each
    QCOMPARE(panel.chart()->legend()->alignment(), Qt::AlignBottom);
    panel.resize(360, 520);
    QTRY_COMPARE(panel.chart()->legend()->alignment(), Qt::AlignRight);
    panel.resize(1000, 520);
    QTRY_COMPARE(panel.chart()->legend()->alignment(), Qt::AlignBottom);
}

void TestChartPanel::legendClickHidesRun()
{
    QLegendMarker *marker = m_panel->chart()->legend()->markers(m_panel->lines()->run(Big)->series).first();
    QVERIFY(!m_panel->lines()->plot()->paintedRaw(Big).isEmpty());
    emit marker->clicked(); // what a click on the legend entry does
    waitForFrame();
    QVERIFY(m_panel->lines()->plot()->paintedRaw(Big).isEmpty()); // not painted
    QVERIFY(!m_panel->lines()->plot()->paintedRaw(Small).isEmpty());
    QVERIFY(m_panel->lines()->isHidden(Big));
    QVERIFY(marker->isVisible());                   // still there, to be clicked back
    QVERIFY(m_panel->axes()->yRange().second < 50); // the y axis fits the shown runs
    emit marker->clicked();
    waitForFrame();
    QVERIFY(!m_panel->lines()->plot()->paintedRaw(Big).isEmpty());
    QVERIFY(m_panel->axes()->yRange().second > 50);
}

void TestChartPanel::logAxisShowsClippedPoints()
{
    m_panel->setRuns({Signed});
    m_panel->toolBar()->setLogY(true);
    waitForFrame();
    QVERIFY(m_panel->axes()->logY());
    const auto [yMin, yMax] = m_panel->axes()->yRange();
    const QList<QPointF> clipped = m_panel->lines()->trace(Signed)->clipped;
    QCOMPARE(clipped.size(), 2);
    QCOMPARE(clipped.at(0).x(), 100.0);
    QCOMPARE(clipped.at(1).x(), 300.0);
    for (const QPointF &point : clipped)
        QVERIFY(point.y() > 0 && point.y() >= yMin && point.y() <= yMax); // on the axis, not off it
    // Painted as markers inside the plot, where the axes map them.
    const QPolygonF markers = m_panel->lines()->plot()->paintedMarkers(Signed);
    QCOMPARE(markers.size(), 2);
    for (qsizetype i = 0; i < markers.size(); ++i) {
        QVERIFY(m_panel->chart()->plotArea().contains(markers[i]));
        const QPointF expected = m_panel->axes()->mapping(m_panel->chart()->plotArea()).map(clipped[i]);
        QVERIFY(std::abs(markers[i].x() - expected.x()) <= 0.5 && std::abs(markers[i].y() - expected.y()) <= 0.5);
    }
    QVERIFY2(m_panel->note().contains(QStringLiteral("2 value")), qPrintable(m_panel->note()));
    // The raw line still runs through them: nothing is dropped.
    QCOMPARE(m_panel->lines()->trace(Signed)->raw.size(), 400);
    m_panel->toolBar()->setLogY(false);
    waitForFrame();
    QCOMPARE(m_panel->lines()->trace(Signed)->clipped.size(), 0);
    QVERIFY(m_panel->lines()->plot()->paintedMarkers(Signed).isEmpty());
    QVERIFY(m_panel->note().isEmpty());
    // A run down to 1e-6 and up to 50: a label for each power of 10 while they fit, for every 2nd, 3rd... power
    // when not, about 35 px apart, never squeezed into "…".
    m_panel->setRuns({Big});
    m_panel->toolBar()->setLogY(true);
    waitForFrame();
    for (const int height : {520, 300}) {
        m_panel->resize(900, height);
        QTest::qWait(40);
        m_panel->setHidden(Big, false); // a frame at the new size
        waitForFrame();
        const auto [low, high] = m_panel->axes()->yRange();
        const double decades = std::log10(high) - std::log10(low);
        const double labels = m_panel->axes()->yTicks().size();
        const double pixels = m_panel->chart()->plotArea().height();
        QVERIFY2(decades > 6 && labels * 34 <= pixels && labels >= 2,
                 qPrintable(QStringLiteral("%1 decades, %2 labels over %3 px").arg(decades).arg(labels).arg(pixels)));
    }
}

void TestChartPanel::liveUpdateIsOneReplacePerFrame()
{
    const QString live = QStringLiteral("SWP-4");
    QVERIFY(m_fixtures.cache().appendPoints(live, Loss, lossPoints(0, 1000)));
    m_panel->setRuns({live});
    waitForFrame();
    const int handed = m_panel->lines()->plot()->frameCount();
    const int frames = m_panel->frameCount();
    for (int batch = 0; batch < 20; ++batch) // 20 batches arrive between two frames
        QVERIFY(m_fixtures.cache().appendPoints(live, Loss, lossPoints(1000 + batch * 10, 10)));
    QTRY_VERIFY(m_panel->frameCount() > frames);
    waitUntilIdle();
    // 20 batches, a frame or two (the y labels may widen and narrow the plot once), each handing the plot every
    // point once.
    const int drawn = m_panel->frameCount() - frames;
    QVERIFY2(drawn <= 2, qPrintable(QString::number(drawn)));
    QCOMPARE(m_panel->lines()->plot()->frameCount() - handed, drawn);
    QCOMPARE(m_panel->lines()->trace(live)->raw.last(), QPointF(1199, lossPoints(1199, 1)[0].value));
    const QPointF last =
        m_panel->chart()->mapToPosition({1199, lossPoints(1199, 1)[0].value}, m_panel->lines()->run(live)->series);
    QVERIFY(paintedAt(m_panel->lines()->plot()->paintedRaw(live), last));
}

// NaN values are a gap: the line stops before them and starts again after, never joined across.
void TestChartPanel::nanBreaksTheLine()
{
    m_panel->setRuns({Gap});
    waitForFrame();
    const QList<QPolygonF> pieces = m_panel->lines()->plot()->paintedRaw(Gap).pieces;
    QCOMPARE(pieces.size(), 2);
    QLineSeries *series = m_panel->lines()->run(Gap)->series;
    const double lastBefore = m_panel->chart()->mapToPosition({GapFrom - 1, 1}, series).x();
    const double firstAfter = m_panel->chart()->mapToPosition({GapTo + 1, 1}, series).x();
    QVERIFY(std::abs(pieces[0].last().x() - lastBefore) <= 0.5);
    QVERIFY(std::abs(pieces[1].first().x() - firstAfter) <= 0.5);
    // And on screen: no pixel of the run's colour in the middle of the gap, some either side of it.
    const QImage image = m_panel->canvas()->grab().toImage();
    const QRectF plot = m_panel->chart()->plotArea();
    const QColor colour = m_panel->lines()->trace(Gap)->color;
    const auto column = [&](int step) { return int(m_panel->chart()->mapToPosition({double(step), 1}, series).x()); };
    QCOMPARE(pixelsOfColour(image, column((GapFrom + GapTo) / 2), plot, colour), 0);
    QVERIFY(pixelsOfColour(image, column(GapFrom / 2), plot, colour) > 0);
    QVERIFY(pixelsOfColour(image, column(GapTo + 200), plot, colour) > 0);
}

void TestChartPanel::xAxisModes()
{
    m_panel->toolBar()->setXMode(XAxisMode::AbsoluteTime);
    waitForFrame();
    auto *time = qobject_cast<QDateTimeAxis *>(m_panel->axes()->x());
    QVERIFY(time);
    QCOMPARE(time->min().toMSecsSinceEpoch(), qint64(1.7e12));
    QCOMPARE(m_panel->lines()->trace(Big)->raw.at(0).x(), 1.7e12); // QDateTimeAxis counts milliseconds
    const QPointF spike{(1.7e9 + SpikeStep * 0.25) * 1000, 50};
    QVERIFY(contains(m_panel->lines()->trace(Big)->raw, spike));
    QVERIFY(paintedAt(m_panel->lines()->plot()->paintedRaw(Big),
                      m_panel->chart()->mapToPosition(spike, m_panel->lines()->run(Big)->series)));
    m_panel->toolBar()->setXMode(XAxisMode::RelativeTime);
    waitForFrame();
    auto *relative = qobject_cast<QValueAxis *>(m_panel->axes()->x());
    QVERIFY(relative);
    QCOMPARE(relative->min(), 0.0);
    QCOMPARE(m_panel->lines()->trace(Small)->raw.at(0).x(), 0.0);           // each run from its own first point
    QCOMPARE(m_panel->lines()->run(Big)->series->attachedAxes().size(), 2); // attached to the new axis
}

void TestChartPanel::hoverShowsNearestPoint()
{
    m_panel->setRuns({Small});
    waitForFrame();
    QLineSeries *raw = m_panel->lines()->run(Small)->series;
    const QPoint at =
        m_panel->chart()->mapToPosition(QPointF(202'000, lossPoints(202'000, 1, 0.4)[0].value), raw).toPoint();
    QTest::mouseMove(m_panel->canvas()->viewport(), at);
    QTRY_VERIFY(!m_panel->hoverText().isEmpty());
    const QString text = m_panel->hoverText();
    QVERIFY2(text.contains(QStringLiteral("SWP-2 · run 2")), qPrintable(text));
    // The point under the cursor: a pixel spans about 6 steps here; of the points within a few pixels, the one
    // nearest the cursor, with its value.
    const QRegularExpressionMatch step = QRegularExpression(QStringLiteral("step (\\d+),")).match(text);
    QVERIFY2(step.hasMatch(), qPrintable(text));
    QVERIFY(std::abs(step.captured(1).toInt() - 202'000) <= 6);
    const FloatPoint point = lossPoints(step.captured(1).toInt(), 1, 0.4)[0];
    QVERIFY2(text.contains(QStringLiteral("value %1,").arg(point.value, 0, 'g', 8)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2023-11-")), qPrintable(text)); // 1.7e9 s is November 2023
}

void TestChartPanel::exportPngLoadsAndCsvRoundTrips()
{
    static_cast<QValueAxis *>(m_panel->axes()->x())->setRange(200'100, 200'300);
    waitForFrame();
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY2(m_panel->savePng(png, &error), qPrintable(error));
    QImage image(png);
    QVERIFY(!image.isNull());
    // The plot under the chart's title (see test_chartexport).
    QCOMPARE(image.width(), m_panel->canvas()->width() * m_panel->devicePixelRatio());
    QVERIFY(image.height() > m_panel->canvas()->height() * m_panel->devicePixelRatio());
    const QString csv = dir.filePath(QStringLiteral("chart.csv"));
    QVERIFY2(csvExportResult(m_panel->startCsvExport(csv), error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<SeriesCsv::Run> runs;
    QVERIFY2(SeriesCsv::read(file, runs, &error), qPrintable(error));
    QCOMPARE(runs.size(), 2); // the runs with points in view: SWP-3 ends at step 399
    QCOMPARE(runs[0].runId, Big);
    QCOMPARE(runs[0].points, m_fixtures.cache().points(Big, Loss, 200'100, 200'300));
    QCOMPARE(runs[1].runId, Small);
    QCOMPARE(runs[1].points, lossPoints(200'100, 201, 0.4));
    QVERIFY(!QFile(QStringLiteral("/nonexistent/dir/x.csv")).exists());
    QVERIFY(!csvExportResult(m_panel->startCsvExport(QStringLiteral("/nonexistent/dir/x.csv")), error));
    QVERIFY2(error.contains(QStringLiteral("cannot be written")), qPrintable(error));
}

// The screenshots, and what they show at each size: the plot inside the panel, a line in each run's colour where the
// run has points (SWP-1 over the whole range, SWP-2 around step 200,000 only), the legend's three entries, and on
// the log axis the note on the points at or below zero.
void TestChartPanel::screenshots()
{
    const auto shoot = [this](const QString &name, bool logY) {
        for (const QSize size : {QSize(900, 520), QSize(480, 300)}) {
            m_panel->resize(size);
            QTest::qWait(40);
            m_panel->drawNow();
            const QImage image = m_panel->grab().toImage();
            const QString path = QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(name.arg(size.width()));
            QVERIFY2(image.save(path), qPrintable(path));
            QWidget *viewport = m_panel->canvas()->viewport();
            const QRect plot = m_panel->chart()->plotArea().toRect();
            QVERIFY2(QRect(QPoint(), viewport->size()).contains(plot), qPrintable(path));
            QVERIFY(plot.width() > size.width() / 2 && plot.height() > size.height() / 5);
            const QPoint origin = viewport->mapTo(m_panel.get(), QPoint());
            const auto column = [&](double step) {
                const int x = int(m_panel->chart()->mapToPosition({step, 1}, m_panel->lines()->anchor()).x());
                return QRect(x - 3, plot.top(), 7, plot.height()).translated(origin);
            };
            const auto colour = [this](const QString &run) { return m_panel->lines()->colorOf(run, Loss); };
            QVERIFY2(pixelsNear(image, plot.translated(origin), colour(Big)) > plot.width() / 2, qPrintable(path));
            QVERIFY2(pixelsNear(image, column(500'000), colour(Big)) > 0, qPrintable(path));
            QVERIFY2(pixelsNear(image, column(202'500), colour(Small)) > 0, qPrintable(path));
            QCOMPARE(pixelsNear(image, column(500'000), colour(Small)), 0); // SWP-2 has no points there
            QStringList legend;
            for (QLegendMarker *marker : m_panel->chart()->legend()->markers())
                if (marker->isVisible() && !marker->label().isEmpty())
                    legend.append(marker->label());
            QCOMPARE(legend, (QStringList{u"SWP-1 · run 1"_s, u"SWP-2 · run 2"_s, u"SWP-3 · run 3"_s}));
            QCOMPARE(m_panel->note().contains(u"≤ 0 in view"_s), logY);
        }
    };
    m_panel->toolBar()->setSmoothing(0.9);
    waitForFrame();
    shoot(u"chartpanel-%1.png"_s, false);
    m_panel->toolBar()->setLogY(true);
    m_panel->toolBar()->setSmoothing(0);
    waitForFrame();
    shoot(u"chartpanel-log-%1.png"_s, true);
}

// Issue 17, item 1: a chart of two paths draws a line per run and path, and is looked at.
void TestChartPanel::trainAndValLossInOneChart()
{
    const QString val = QStringLiteral("val/loss");
    const QJsonObject series = RunFixtures::floatSeries(0, 0, 0, 0);
    QVERIFY(m_fixtures.apply({RunFixtures::run(3, {}, {{Loss, series}, {val, series}}),
                              RunFixtures::run(5, {}, {{Loss, series}, {val, series}})}));
    QVERIFY(m_fixtures.cache().appendPoints(Signed, val, lossPoints(0, 400, 0.3)));
    QVERIFY(m_fixtures.cache().appendPoints(Gap, val, lossPoints(0, 1000, 0.35)));
    ChartPanel both(*m_models, QStringLiteral("train/loss, val/loss"));
    both.resize(900, 520);
    both.show();
    QVERIFY(QTest::qWaitForWindowExposed(&both));
    both.setRuns({Signed, Gap});
    both.drawNow();
    QTest::qWait(40);
    both.drawNow();
    QCOMPARE(both.model().lineKeys().size(), 4);
    for (const QString &key : both.model().lineKeys())
        QVERIFY2(!both.lines()->plot()->paintedRaw(key).pieces.isEmpty(), qPrintable(key));
    const QString path =
        QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(QStringLiteral("chart-train-val-loss.png"));
    QVERIFY2(both.grab().save(path), qPrintable(path));
}

QTEST_MAIN(TestChartPanel)
#include "test_chartpanel.moc"
