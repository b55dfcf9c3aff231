// ChartModel (issue 7) with a SeriesFetcher against a real nereid-server: a series the cache does not hold is drawn
// from the server's reduced read (the spike kept), and a zoom asks for the range in view only, finer.
#include "apiclient.h"
#include "cache/cache.h"
#include "helpers.h"
#include "models/chartmodel.h"
#include "seriescheck.h"
#include "sync/apiconnection.h"
#include "sync/projectpuller.h"
#include "sync/seriesfetcher.h"
#include "testserver.h"

#include <cmath>
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

} // namespace

class TestChartModelFetch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void longSeriesComesReducedAndZoomsFiner();
    void shortSeriesIsCachedAndDrawnWhole();

private:
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
    fetcher.setRawLimit(1000); // 20,000 points is "long" here
    ChartModel model(m_cache);
    QSignalSpy changed(&model, &ChartModel::changed);
    model.setFetcher(&fetcher);
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

void TestChartModelFetch::shortSeriesIsCachedAndDrawnWhole()
{
    SeriesFetcher fetcher(*m_connection, m_cache); // the default raw limit: 20,000 points are fetched and cached
    ChartModel model(m_cache);
    model.setFetcher(&fetcher);
    model.setSeries(Loss, {Run});
    QTRY_COMPARE(m_cache.cachedPointCount(Run, Loss), qint64(Count));
    QTRY_COMPARE(model.series(Run)->points().size(), qsizetype(Count));
    model.setView(0, Count - 1, 500);
    QVERIFY(containsPoint(model.lines().first().raw, SpikeStep, 99));
}

QTEST_GUILESS_MAIN(TestChartModelFetch)
#include "test_chartmodelfetch.moc"
