// ChartPanel (issue 7) over a real cache file: a QtCharts line per run with at most ~4 points per pixel column, the
// spike among 1,000,000 points kept at every zoom, legend clicks, the log axis' clipped points, live points in one
// replace() per frame, hover, export. Screenshots land in the build folder, to be looked at.
#include "runfixtures.h"
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
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Loss = QStringLiteral("train/loss");
const QString Big = QStringLiteral("SWP-1"), Small = QStringLiteral("SWP-2"), Signed = QStringLiteral("SWP-3");
constexpr int SpikeStep = 654321;

QList<FloatPoint> lossPoints(int firstStep, int count, double offset = 0)
{
    QList<FloatPoint> points;
    points.reserve(count);
    for (int step = firstStep; step < firstStep + count; ++step)
        points.append(
            {double(step), offset + 1.0 / (1 + step * 1e-4) + 0.02 * std::sin(step * 0.1), 1.7e9 + step * 0.25});
    return points;
}

bool contains(const QLineSeries *series, QPointF point)
{
    const QList<QPointF> points = series->points();
    return std::find(points.begin(), points.end(), point) != points.end();
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
    void logAxisShowsClippedPoints();
    void liveUpdateIsOneReplacePerFrame();
    void xAxisModes();
    void hoverShowsNearestPoint();
    void exportPngLoadsAndCsvRoundTrips();
    void screenshots();

private:
    void waitForFrame();
    void waitUntilIdle();
    qreal plotWidth() const { return m_panel->chart()->plotArea().width(); }

    RunFixtures m_fixtures;
    std::unique_ptr<ChartPanel> m_panel;
};

void TestChartPanel::initTestCase()
{
    QVERIFY(m_fixtures.open());
    QList<QJsonObject> runs;
    for (int number = 1; number <= 4; ++number)
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
}

void TestChartPanel::init()
{
    m_panel = std::make_unique<ChartPanel>(m_fixtures.cache(), Loss);
    m_panel->resize(900, 520);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->setRuns({Big, Small, Signed});
    waitForFrame();
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
    QCOMPARE(m_panel->model().view(), (std::pair{0.0, 999999.0}));
    for (const QString &runId : runs) {
        QLineSeries *raw = m_panel->lines()->run(runId)->raw;
        QVERIFY(raw->isVisible());
        QVERIFY(raw->count() > 0);
        QVERIFY2(raw->count() <= 4 * m_panel->model().width() + 2, qPrintable(QString::number(raw->count())));
        QCOMPARE(raw->attachedAxes().size(), 2);
    }
    const QList<QLegendMarker *> markers = m_panel->chart()->legend()->markers(m_panel->lines()->run(Big)->raw);
    QCOMPARE(markers.size(), 1);
    QCOMPARE(markers.first()->label(), QStringLiteral("SWP-1 · run 1"));
    QCOMPARE(m_panel->lines()->run(Big)->raw->color().rgb(), m_panel->lines()->run(Big)->smoothed->color().rgb());
    QVERIFY(m_panel->lines()->run(Big)->raw->color() != m_panel->lines()->run(Small)->raw->color());
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
        const QLineSeries *raw = m_panel->lines()->run(Big)->raw;
        QVERIFY2(contains(raw, {SpikeStep, 50}), qPrintable(QStringLiteral("zoom %1..%2").arg(from).arg(to)));
        QVERIFY(raw->count() <= 4 * m_panel->model().width() + 2);
        QCOMPARE(m_panel->axes()->xRange(), (std::pair{from, to}));
    }
}

void TestChartPanel::wheelZoomAndResetAskTheModel()
{
    const QPointF spike = m_panel->chart()->mapToPosition({SpikeStep, 50}, m_panel->lines()->run(Big)->raw);
    m_panel->canvas()->zoomX(4, spike);
    waitForFrame();
    const auto [from, to] = m_panel->model().view();
    QVERIFY(std::abs((to - from) - 999999 / 4.0) < 1000);
    // The step under the cursor stays under it.
    QVERIFY(std::abs((SpikeStep - from) / (to - from) - SpikeStep / 999999.0) < 0.01);
    QVERIFY(contains(m_panel->lines()->run(Big)->raw, {SpikeStep, 50}));
    emit m_panel->toolBar()->resetZoomClicked();
    waitForFrame();
    QCOMPARE(m_panel->model().view(), (std::pair{0.0, 999999.0}));
}

void TestChartPanel::legendClickHidesRun()
{
    QLegendMarker *marker = m_panel->chart()->legend()->markers(m_panel->lines()->run(Big)->raw).first();
    emit marker->clicked(); // what a click on the legend entry does
    waitForFrame();
    QVERIFY(!m_panel->lines()->run(Big)->raw->isVisible());
    QVERIFY(m_panel->lines()->isHidden(Big));
    QVERIFY(marker->isVisible());                   // still there, to be clicked back
    QVERIFY(m_panel->axes()->yRange().second < 50); // the y axis fits the shown runs
    emit marker->clicked();
    waitForFrame();
    QVERIFY(m_panel->lines()->run(Big)->raw->isVisible());
    QVERIFY(m_panel->axes()->yRange().second > 50);
}

void TestChartPanel::logAxisShowsClippedPoints()
{
    m_panel->setRuns({Signed});
    m_panel->toolBar()->setLogY(true);
    waitForFrame();
    auto *y = qobject_cast<QLogValueAxis *>(m_panel->axes()->y());
    QVERIFY(y);
    const QScatterSeries *clipped = m_panel->lines()->run(Signed)->clipped;
    QCOMPARE(clipped->count(), 2);
    QCOMPARE(clipped->at(0).x(), 100.0);
    QCOMPARE(clipped->at(1).x(), 300.0);
    QVERIFY(clipped->isVisible());
    for (const QPointF &point : clipped->points())
        QVERIFY(point.y() > 0 && point.y() >= y->min() && point.y() <= y->max()); // on the axis, not off it
    QVERIFY2(m_panel->note().contains(QStringLiteral("2 value")), qPrintable(m_panel->note()));
    // The raw line still runs through them: nothing is dropped.
    QCOMPARE(m_panel->lines()->run(Signed)->raw->count(), 400);
    m_panel->toolBar()->setLogY(false);
    waitForFrame();
    QCOMPARE(clipped->count(), 0);
    QVERIFY(m_panel->note().isEmpty());
}

void TestChartPanel::liveUpdateIsOneReplacePerFrame()
{
    const QString live = QStringLiteral("SWP-4");
    QVERIFY(m_fixtures.cache().appendPoints(live, Loss, lossPoints(0, 1000)));
    m_panel->setRuns({live});
    waitForFrame();
    const QLineSeries *raw = m_panel->lines()->run(live)->raw;
    QSignalSpy replaced(raw, &QXYSeries::pointsReplaced);
    QSignalSpy added(raw, &QXYSeries::pointAdded);
    const int frames = m_panel->frameCount();
    for (int batch = 0; batch < 20; ++batch) // 20 batches arrive between two frames
        QVERIFY(m_fixtures.cache().appendPoints(live, Loss, lossPoints(1000 + batch * 10, 10)));
    QTRY_VERIFY(m_panel->frameCount() > frames);
    waitUntilIdle();
    // 20 batches, a frame or two (the y labels may widen and narrow the plot once), each a single replace().
    const int drawn = m_panel->frameCount() - frames;
    QVERIFY2(drawn <= 2, qPrintable(QString::number(drawn)));
    QCOMPARE(replaced.size(), drawn);
    QCOMPARE(added.size(), 0);
    QCOMPARE(raw->points().last(), QPointF(1199, lossPoints(1199, 1)[0].value));
}

void TestChartPanel::xAxisModes()
{
    m_panel->toolBar()->setXMode(XAxisMode::AbsoluteTime);
    waitForFrame();
    auto *time = qobject_cast<QDateTimeAxis *>(m_panel->axes()->x());
    QVERIFY(time);
    QCOMPARE(time->min().toMSecsSinceEpoch(), qint64(1.7e12));
    QCOMPARE(m_panel->lines()->run(Big)->raw->at(0).x(), 1.7e12); // QDateTimeAxis counts milliseconds
    QVERIFY(contains(m_panel->lines()->run(Big)->raw, {(1.7e9 + SpikeStep * 0.25) * 1000, 50}));
    m_panel->toolBar()->setXMode(XAxisMode::RelativeTime);
    waitForFrame();
    auto *relative = qobject_cast<QValueAxis *>(m_panel->axes()->x());
    QVERIFY(relative);
    QCOMPARE(relative->min(), 0.0);
    QCOMPARE(m_panel->lines()->run(Small)->raw->at(0).x(), 0.0);         // each run from its own first point
    QCOMPARE(m_panel->lines()->run(Big)->raw->attachedAxes().size(), 2); // attached to the new axis
}

void TestChartPanel::hoverShowsNearestPoint()
{
    m_panel->setRuns({Small});
    waitForFrame();
    QLineSeries *raw = m_panel->lines()->run(Small)->raw;
    const FloatPoint point = lossPoints(202'000, 1, 0.4)[0];
    const QPointF at = m_panel->chart()->mapToPosition(QPointF(point.step, point.value), raw);
    QTest::mouseMove(m_panel->canvas()->viewport(), at.toPoint());
    QTRY_VERIFY(!m_panel->hoverText().isEmpty());
    const QString text = m_panel->hoverText();
    QVERIFY2(text.contains(QStringLiteral("SWP-2 · run 2")), qPrintable(text));
    // The point under the cursor (a pixel spans about 6 steps here: the nearest one by x is that point).
    QVERIFY2(text.contains(QStringLiteral("step 202000,")), qPrintable(text));
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
    QCOMPARE(image.size(), m_panel->canvas()->size() * m_panel->devicePixelRatio());
    const QString csv = dir.filePath(QStringLiteral("chart.csv"));
    QVERIFY2(m_panel->saveCsv(csv, &error), qPrintable(error));
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
    QVERIFY(!m_panel->saveCsv(QStringLiteral("/nonexistent/dir/x.csv"), &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be written")), qPrintable(error));
}

void TestChartPanel::screenshots()
{
    m_panel->toolBar()->setSmoothing(0.9);
    waitForFrame();
    for (const QSize size : {QSize(900, 520), QSize(480, 300)}) {
        m_panel->resize(size);
        QTest::qWait(40);
        m_panel->drawNow();
        const QString path =
            QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(QStringLiteral("chartpanel-%1.png").arg(size.width()));
        QVERIFY2(m_panel->grab().save(path), qPrintable(path));
    }
    m_panel->toolBar()->setLogY(true);
    m_panel->toolBar()->setSmoothing(0);
    waitForFrame();
    QVERIFY(m_panel->grab().save(
        QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(QStringLiteral("chartpanel-log.png"))));
}

QTEST_MAIN(TestChartPanel)
#include "test_chartpanel.moc"
