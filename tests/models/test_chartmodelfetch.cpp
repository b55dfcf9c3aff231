// ChartModel (issue 7) with a SeriesSource (SyncSeriesSource over a SeriesFetcher) against a real nereid-server: a
// series the cache does not hold is drawn from the server's reduced read (the spike kept), and a zoom asks for the
// range in view only, finer, by step or by time; a short series asked for again while its fetch is under way is fetched
// once, with no point stored twice.
#include "apiclient.h"
#include "cache/cache.h"
#include "helpers.h"
#include "models/chartmodel.h"
#include "seriescheck.h"
#include "sync/apiconnection.h"
#include "sync/projectpuller.h"
#include "sync/seriesfetcher.h"
#include "sync/syncseriessource.h"
#include "testserver.h"

#include <cmath>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nereid;
using namespace nereid::test;
using nereid::seriescheck::containsPoint;

namespace {

const QString Project = QStringLiteral("team/p");
const QString Run = QStringLiteral("CLS-1");
const QString Loss = QStringLiteral("train/loss");
constexpr int Count = 20000;
constexpr int SpikeStep = 12345;
const QString Short = QStringLiteral("train/short");
constexpr int ShortCount = 3000;

// The cache's complaints (a point stored again after the cached ones) while a test runs.
QStringList cacheWarnings;
QtMessageHandler previousHandler = nullptr;

void catchCacheWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "nereid.cache")
        cacheWarnings.append(message);
    previousHandler(type, context, message);
}

double lossAt(int step)
{
    return step == SpikeStep ? 99.0 : 1.0 / (1 + step * 0.01);
}

// TensorBoard's debiased EMA of every point of the loss, written out plainly.
QList<double> smoothedLoss(double w)
{
    QList<double> smoothed;
    double last = 0;
    for (int step = 0; step < Count; ++step) {
        last = last * w + (1 - w) * lossAt(step);
        smoothed.append(last / (1 - std::pow(w, step + 1)));
    }
    return smoothed;
}

} // namespace

class TestChartModelFetch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void longSeriesComesReducedAndZoomsFiner();
    void timeAxisZoomsFiner();
    void longSeriesIsSmoothedOverEveryPoint();
    void hoverFindsTheBucketsPoints();
    void shortSeriesIsCachedAndDrawnWhole();
    void seriesAskedAgainDuringItsFetchIsFetchedOnce();
    void followsRunsThatLog();

private:
    bool pull();

    TestServer m_server;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_dir;
    Cache m_cache;
    std::unique_ptr<ApiConnection> m_connection;
};

void TestChartModelFetch::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errors()));
    m_api = std::make_unique<ApiClient>(m_server.apiUrl(), m_server.token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("CLS")), 201);
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    QList<QJsonArray> points;
    for (int step = 0; step < Count; ++step)
        points.append(point(step, step == SpikeStep ? 99.0 : 1.0 / (1 + step * 0.01), 1763805600.0 + step));
    NEREID_EXPECT_STATUS(applyOperations(*m_api, Run, {appendOp(Loss, QStringLiteral("floatSeries"), points)}), 200);
    QList<QJsonArray> shortPoints;
    for (int step = 0; step < ShortCount; ++step)
        shortPoints.append(point(step, step * 0.5, 1763805600.0 + step));
    NEREID_EXPECT_STATUS(applyOperations(*m_api, Run, {appendOp(Short, QStringLiteral("floatSeries"), shortPoints)}),
                         200);
    QVERIFY(m_cache.open(m_dir.filePath(QStringLiteral("c.sqlite"))));
    m_connection = std::make_unique<ApiConnection>(ServerProfile{m_server.baseUrl(), {}, m_server.token()});
    ProjectPuller puller(*m_connection, m_cache, Project);
    QSignalSpy finished(&puller, &ProjectPuller::finished);
    puller.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_cache.cachedPointCount(Run, Loss), 0); // the pull brings the summary, not the points
}

void TestChartModelFetch::longSeriesComesReducedAndZoomsFiner()
{
    SeriesFetcher fetcher(*m_connection, m_cache);
    SyncSeriesSource source(*m_connection, m_cache, fetcher);
    fetcher.setRawLimit(1000); // 20,000 points is "long" here
    ChartModel model(m_cache);
    QSignalSpy changed(&model, &ChartModel::changed);
    model.setSource(&source);
    model.setSeries(Loss, {Run});
    model.setWidth(200);
    QTRY_VERIFY(model.extent().second > 19000);
    QList<QPointF> raw = model.lines().first().raw;
    QVERIFY(raw.size() <= 4 * 200 + 2);
    QVERIFY(containsPoint(raw, SpikeStep, 99));
    QCOMPARE(m_cache.cachedPointCount(Run, Loss), 0);
    // A zoom into 300 steps at 600 px: the server's buckets are one step wide, every point comes.
    model.setView(12200, 12499, 600);
    QTRY_VERIFY(model.lines().first().raw.size() >= 300);
    raw = model.lines().first().raw;
    QVERIFY(containsPoint(raw, SpikeStep, 99));
    QVERIFY(containsPoint(raw, 12200, 1.0 / (1 + 12200 * 0.01)));
    QVERIFY(model.fetchError().isEmpty());
}

// On a time axis too: the server's ranges are steps, so a zoom asks for the steps around the times in view (a
// step a second here), and every point of those 300 seconds comes. The whole series at 600 px would give about
// 36 points for them.
void TestChartModelFetch::timeAxisZoomsFiner()
{
    SeriesFetcher fetcher(*m_connection, m_cache);
    SyncSeriesSource source(*m_connection, m_cache, fetcher);
    fetcher.setRawLimit(1000);
    QSignalSpy ready(&fetcher, &SeriesFetcher::ready);
    ChartModel model(m_cache);
    model.setSource(&source);
    model.setSeries(Loss, {Run});
    model.setXAxisMode(XAxisMode::RelativeTime);
    model.setWidth(600);
    QTRY_VERIFY(model.extent().second > 19000);
    model.setView(12200, 12499, 600);
    QTRY_VERIFY(model.lines().first().raw.size() >= 300);
    const SeriesRequest asked = ready.last().first().value<SeriesRequest>();
    QVERIFY2(asked.from <= 12200 && asked.from > 12100, qPrintable(QString::number(asked.from)));
    QVERIFY2(asked.to >= 12499 && asked.to < 12600, qPrintable(QString::number(asked.to)));
    QList<QPointF> raw = model.lines().first().raw;
    QVERIFY(containsPoint(raw, SpikeStep, 99)); // relative seconds are steps here
    QVERIFY(containsPoint(raw, 12200, 1.0 / (1 + 12200 * 0.01)));
    // By absolute time the same.
    model.setXAxisMode(XAxisMode::AbsoluteTime);
    QTRY_VERIFY(model.extent().first == 1763805600.0);
    model.setView(1763805600.0 + 12200, 1763805600.0 + 12499, 600);
    QTRY_VERIFY(model.lines().first().raw.size() >= 300);
    QVERIFY(containsPoint(model.lines().first().raw, 1763805600.0 + SpikeStep, 99));
    QVERIFY(model.fetchError().isEmpty());
}

// A long series the cache does not hold is smoothed by the server over every raw point from step 0, not over the
// buckets nor from the start of the view: zoomed into 300 steps, each smoothed point is the reference's.
void TestChartModelFetch::longSeriesIsSmoothedOverEveryPoint()
{
    SeriesFetcher fetcher(*m_connection, m_cache);
    SyncSeriesSource source(*m_connection, m_cache, fetcher);
    fetcher.setRawLimit(1000);
    ChartModel model(m_cache);
    model.setSource(&source);
    model.setSeries(Loss, {Run});
    model.setWidth(600);
    QTRY_VERIFY(model.extent().second > 19000);
    QVERIFY(model.lines().first().smoothed.isEmpty());
    model.setSmoothing(0.5); // the slider on its way...
    model.setSmoothing(0.9); // ...to where it rests: only this one is asked for
    QTRY_VERIFY(!model.lines().first().smoothed.isEmpty());
    model.setView(12200, 12499, 600);
    QTRY_VERIFY(model.lines().first().smoothed.size() >= 300);
    const QList<double> expected = smoothedLoss(0.9);
    int compared = 0;
    const QList<QPointF> smoothed = model.lines().first().smoothed;
    for (const QPointF &point : smoothed) {
        if (point.x() < 12200 || point.x() > 12499)
            continue; // the points just outside the view that run the line to its edges
        QCOMPARE(point.x(), std::round(point.x()));
        QVERIFY2(
            std::abs(point.y() - expected[int(point.x())]) < 1e-9,
            qPrintable(
                QStringLiteral("step %1: %2, not %3").arg(point.x()).arg(point.y()).arg(expected[int(point.x())])));
        ++compared;
    }
    QCOMPARE(compared, 300);
    QVERIFY(model.fetchError().isEmpty());
}

// Hovering a run drawn from the server's buckets finds their points: the spike with its step and value, its time an
// estimate while its bucket holds other points, exact once a zoom brings every point.
void TestChartModelFetch::hoverFindsTheBucketsPoints()
{
    SeriesFetcher fetcher(*m_connection, m_cache);
    SyncSeriesSource source(*m_connection, m_cache, fetcher);
    fetcher.setRawLimit(1000);
    ChartModel model(m_cache);
    model.setSource(&source);
    model.setSeries(Loss, {Run});
    model.setWidth(200);
    QTRY_VERIFY(model.isReduced(Run));
    std::optional<ChartModel::NearestPoint> nearest = model.nearest(Run, SpikeStep + 0.3);
    QVERIFY(nearest);
    QCOMPARE(nearest->point.step, double(SpikeStep));
    QCOMPARE(nearest->point.value, 99.0);
    QVERIFY(nearest->estimatedTime);
    model.setView(12300, 12399, 200);
    QTRY_VERIFY(model.lines().first().raw.size() >= 100);
    nearest = model.nearest(Run, SpikeStep + 0.3);
    QVERIFY(nearest);
    QCOMPARE(nearest->point.step, double(SpikeStep));
    QCOMPARE(nearest->point.timestamp, 1763805600.0 + SpikeStep);
    QVERIFY(!nearest->estimatedTime);
}

void TestChartModelFetch::shortSeriesIsCachedAndDrawnWhole()
{
    SeriesFetcher fetcher(*m_connection, m_cache); // the default raw limit: 20,000 points are fetched and cached
    SyncSeriesSource source(*m_connection, m_cache, fetcher);
    ChartModel model(m_cache);
    model.setSource(&source);
    model.setSeries(Loss, {Run});
    QTRY_COMPARE(m_cache.cachedPointCount(Run, Loss), qint64(Count));
    QTRY_COMPARE(model.series(Run)->points().size(), qsizetype(Count));
    model.setView(0, Count - 1, 500);
    QVERIFY(containsPoint(model.lines().first().raw, SpikeStep, 99));
}

void TestChartModelFetch::seriesAskedAgainDuringItsFetchIsFetchedOnce()
{
    cacheWarnings.clear();
    previousHandler = qInstallMessageHandler(catchCacheWarnings);
    const auto restore = qScopeGuard([] { qInstallMessageHandler(previousHandler); });
    SeriesFetcher fetcher(*m_connection, m_cache);
    SyncSeriesSource source(*m_connection, m_cache, fetcher);
    fetcher.setPageSize(1000); // three pages: the later asks come while the fetch is under way
    ChartModel model(m_cache);
    model.setSource(&source);
    const int requestsBefore = m_connection->requestCount();
    // A chart opening: the series, its plot width and a first view each ask for the missing points.
    model.setSeries(Short, {Run});
    model.setWidth(640);
    model.setView(0, ShortCount - 1, 640);
    QTRY_COMPARE(m_cache.cachedPointCount(Run, Short), qint64(ShortCount));
    QTRY_COMPARE(model.series(Run)->points().size(), qsizetype(ShortCount));
    // The three asks came before any answer, so a second fetch would have sent its request by now: the one fetch
    // took its three full pages and the empty one after them, and nothing more went out.
    QCOMPARE(m_connection->requestCount() - requestsBefore, ShortCount / 1000 + 1);
    QCOMPARE(m_cache.cachedPointCount(Run, Short), qint64(ShortCount));
    QVERIFY2(cacheWarnings.isEmpty(), qPrintable(cacheWarnings.join(u'\n')));
    QVERIFY2(model.fetchError().isEmpty(), qPrintable(model.fetchError()));
    // Now cached whole: a new chart of it is answered from the cache at once, without asking the server.
    ChartModel again(m_cache);
    QSignalSpy ready(&fetcher, &SeriesFetcher::ready);
    again.setSource(&source);
    again.setSeries(Short, {Run});
    QCOMPARE(ready.size(), 0); // fetchMissing() skips a series the cache holds whole
    fetcher.fetch({Run, Short, 0, 9, 640});
    QCOMPARE(ready.size(), 1); // answered synchronously: no request went out
    QCOMPARE(ready.first().at(1).value<SeriesView>().points.size(), qsizetype(10));
    QCOMPARE(again.series(Run)->points().size(), qsizetype(ShortCount));
    QVERIFY(cacheWarnings.isEmpty());
}

bool TestChartModelFetch::pull()
{
    ProjectPuller puller(*m_connection, m_cache, Project);
    QSignalSpy finished(&puller, &ProjectPuller::finished);
    puller.start();
    return finished.wait(10000);
}

// A chart of an active run follows it as the sync brings the series' new summary: a short series' new points are
// fetched after the cached ones and cached, a long one's buckets are read again, and one that grows past the raw
// limit is drawn from the buckets from then on, not from its cached start. Nothing but the sync tells the chart:
// the points are logged on the server.
void TestChartModelFetch::followsRunsThatLog()
{
    const QString runId = createRun(*m_api, Project)[QStringLiteral("id")].toString();
    const auto logged = [&](const QString &path, int from, int count) {
        QList<QJsonArray> points;
        for (int step = from; step < from + count; ++step)
            points.append(point(step, std::sin(step * 0.01), 1763805600.0 + step));
        return applyOperations(*m_api, runId, {appendOp(path, QStringLiteral("floatSeries"), points)}).status == 200;
    };
    const QString live = QStringLiteral("live/short"), longLive = QStringLiteral("live/long");
    const QString crossing = QStringLiteral("live/crossing");
    QVERIFY(logged(live, 0, 100));
    QVERIFY(logged(longLive, 0, 3000));
    QVERIFY(logged(crossing, 0, 900));
    QVERIFY(pull());
    SeriesFetcher fetcher(*m_connection, m_cache);
    SyncSeriesSource source(*m_connection, m_cache, fetcher);
    fetcher.setRawLimit(1000);
    ChartModel shortChart(m_cache), longChart(m_cache), crossingChart(m_cache);
    shortChart.setSource(&source);
    longChart.setSource(&source);
    crossingChart.setSource(&source);
    shortChart.setSeries(live, {runId});
    longChart.setSeries(longLive, {runId});
    crossingChart.setSeries(crossing, {runId});
    QTRY_COMPARE(shortChart.extent().second, 99.0);
    QTRY_COMPARE(longChart.extent().second, 2999.0);
    QTRY_COMPARE(crossingChart.extent().second, 899.0);
    QVERIFY(!crossingChart.isReduced(runId)); // 900 points: cached whole
    QVERIFY(logged(live, 100, 50));
    QVERIFY(logged(longLive, 3000, 500));
    QVERIFY(logged(crossing, 900, 600)); // 1,500 points: past the raw limit
    QVERIFY(pull());
    QTRY_COMPARE(shortChart.extent().second, 149.0);
    QCOMPARE(shortChart.series(runId)->points().size(), 150);
    QCOMPARE(m_cache.cachedPointCount(runId, live), 150);
    QTRY_COMPARE(longChart.extent().second, 3499.0);
    QVERIFY(longChart.isReduced(runId));
    QTRY_COMPARE(crossingChart.extent().second, 1499.0);
    QVERIFY(crossingChart.isReduced(runId));
    QCOMPARE(m_cache.cachedPointCount(runId, crossing), 900); // the cache keeps its start; the chart draws it all
    QVERIFY(shortChart.fetchError().isEmpty() && longChart.fetchError().isEmpty());
}

QTEST_GUILESS_MAIN(TestChartModelFetch)
#include "test_chartmodelfetch.moc"
