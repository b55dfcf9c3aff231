#include "apiclient.h"
#include "cache/cache.h"
#include "domain/jsonnumbers.h"
#include "helpers.h"
#include "sync/apiconnection.h"
#include "sync/projectpuller.h"
#include "sync/seriesfetcher.h"
#include "testserver.h"

#include <QtTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Project = QStringLiteral("team/p");
const QString Run = QStringLiteral("CLS-1");
const QString Loss = QStringLiteral("train/loss");

double valueAt(int step)
{
    return 1.0 / (1 + step);
}

} // namespace

// Series points on demand from the real server: fetched raw in pages and cached, then read from the cache;
// new points of a run that keeps logging fetched after the last cached step; long series reduced by the server.
class TestSeriesFetcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fetchesPagesCachesAndAnswersFromCache();
    void followsNewPointsIncrementally();
    void answersAStepRange();
    void longSeriesGetsServerBuckets();
    void keepsNanValues();
    void keepsNonFiniteValuesAcrossPages();
    void unknownSeriesFails();
    void serverDownFailsWithMessage();

private:
    void log(int first, int count, const QString &path = Loss);
    void pull();
    // Fetches and waits; the view, or a failure recorded in m_error.
    std::optional<SeriesView> fetch(const SeriesRequest &request);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<ApiConnection> m_connection;
    std::unique_ptr<SeriesFetcher> m_fetcher;
    SyncError m_error;
};

void TestSeriesFetcher::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("CLS")), 201);
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<Cache>();
    QVERIFY(m_cache->open(m_dir->filePath(QStringLiteral("c.sqlite"))));
    m_connection = std::make_unique<ApiConnection>(ServerProfile{m_server->baseUrl(), {}, m_server->token()});
    m_connection->setTimeout(3000);
    m_fetcher = std::make_unique<SeriesFetcher>(*m_connection, *m_cache);
    m_fetcher->setPageSize(300);
}

void TestSeriesFetcher::cleanup()
{
    m_fetcher.reset();
    m_connection.reset();
    m_cache.reset();
    m_server.reset();
}

void TestSeriesFetcher::log(int first, int count, const QString &path)
{
    QList<QJsonArray> points;
    for (int step = first; step < first + count; ++step)
        points.append(point(step, valueAt(step), 1763805600.0 + step));
    NEREID_EXPECT_STATUS(applyOperations(*m_api, Run, {appendOp(path, QStringLiteral("floatSeries"), points)}), 200);
}

void TestSeriesFetcher::pull()
{
    ProjectPuller puller(*m_connection, *m_cache, Project);
    QSignalSpy finished(&puller, &ProjectPuller::finished);
    puller.start();
    QVERIFY(finished.wait(10000));
}

std::optional<SeriesView> TestSeriesFetcher::fetch(const SeriesRequest &request)
{
    QSignalSpy ready(m_fetcher.get(), &SeriesFetcher::ready);
    QSignalSpy failed(m_fetcher.get(), &SeriesFetcher::failed);
    m_fetcher->fetch(request);
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 10000) || ready.isEmpty()) {
        m_error = failed.isEmpty() ? SyncError() : failed[0][1].value<SyncError>();
        return std::nullopt;
    }
    return ready[0][1].value<SeriesView>();
}

void TestSeriesFetcher::fetchesPagesCachesAndAnswersFromCache()
{
    log(0, 1000);
    pull();
    const int before = m_connection->requestCount();
    const std::optional<SeriesView> view = fetch({Run, Loss});
    QVERIFY(view);
    QVERIFY(!view->reduced);
    QCOMPARE(view->points.size(), 1000);
    QCOMPARE(view->points[999].step, 999.0);
    QCOMPARE(view->points[999].value, valueAt(999));
    QCOMPARE(view->points[5].timestamp, 1763805605.0);
    QCOMPARE(m_connection->requestCount() - before, 4); // pages of 300
    QCOMPARE(m_cache->cachedPointCount(Run, Loss), 1000);

    const std::optional<SeriesView> again = fetch({Run, Loss});
    QCOMPARE(again->points, view->points);
    QCOMPARE(m_connection->requestCount() - before, 4); // from the cache alone
}

void TestSeriesFetcher::followsNewPointsIncrementally()
{
    log(0, 100);
    pull();
    QVERIFY(fetch({Run, Loss}));
    log(100, 50); // the run keeps logging; the project's sync brings the new count
    pull();
    QSignalSpy added(m_cache.get(), &Cache::pointsAdded);
    const int before = m_connection->requestCount();
    const std::optional<SeriesView> view = fetch({Run, Loss});
    QCOMPARE(m_connection->requestCount() - before, 1);
    QCOMPARE(added.size(), 1);
    QCOMPARE(view->points.size(), 150);
    for (int i = 0; i < 150; ++i)
        QCOMPARE(view->points[i].step, double(i)); // nothing twice, nothing missing
}

void TestSeriesFetcher::answersAStepRange()
{
    log(0, 500);
    pull();
    const std::optional<SeriesView> view = fetch({Run, Loss, 100, 199.5});
    QCOMPARE(view->points.size(), 100);
    QCOMPARE(view->points.first().step, 100.0);
    QCOMPARE(view->points.last().step, 199.0);
}

void TestSeriesFetcher::longSeriesGetsServerBuckets()
{
    log(0, 1000);
    pull();
    m_fetcher->setRawLimit(500);
    const std::optional<SeriesView> view = fetch({Run, Loss, 0, 999, 10});
    QVERIFY(view);
    QVERIFY(view->reduced);
    QCOMPARE(view->buckets.size(), 10);
    qint64 total = 0;
    for (const SeriesBucket &bucket : view->buckets)
        total += bucket.count;
    QCOMPARE(total, 1000);
    QCOMPARE(view->buckets[0].maxValue, valueAt(0)); // the spike at the start survives
    QCOMPARE(view->buckets[0].first.step, 0.0);
    QCOMPARE(view->buckets[9].minValue, valueAt(999));
    QCOMPARE(m_cache->cachedPointCount(Run, Loss), 0); // reduced reads are not cached
}

void TestSeriesFetcher::keepsNanValues()
{
    NEREID_EXPECT_STATUS(applyOperations(*m_api, Run,
                                         {appendOp(Loss, QStringLiteral("floatSeries"),
                                                   {point(0, 1.0), point(1, QStringLiteral("NaN")),
                                                    point(2, QStringLiteral("-Infinity"))})}),
                         200);
    pull();
    const std::optional<SeriesView> view = fetch({Run, Loss});
    QCOMPARE(view->points.size(), 3);
    QVERIFY(std::isnan(view->points[1].value));
    QCOMPARE(view->points[2].value, -qInf());
}

void TestSeriesFetcher::keepsNonFiniteValuesAcrossPages()
{
    // Raw pages come in the server's binary form (issue 15): every value as it was written, NaN and infinities
    // among them, in four pages of 300.
    const auto wire = [](int step) -> QJsonValue {
        if (step % 7 == 3)
            return QStringLiteral("NaN");
        if (step % 11 == 5)
            return step % 2 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
        return valueAt(step);
    };
    QList<QJsonArray> points;
    for (int step = 0; step < 1000; ++step)
        points.append(point(step * 0.5, wire(step), 1763805600.25 + step));
    NEREID_EXPECT_STATUS(applyOperations(*m_api, Run, {appendOp(Loss, QStringLiteral("floatSeries"), points)}), 200);
    pull();
    const std::optional<SeriesView> view = fetch({Run, Loss});
    QVERIFY(view);
    QCOMPARE(view->points.size(), 1000);
    for (int step = 0; step < 1000; ++step) {
        const FloatPoint &got = view->points[step];
        const double want = doubleFromJson(wire(step)).value();
        QVERIFY2(got.step == step * 0.5 && got.timestamp == 1763805600.25 + step && sameDouble(got.value, want, 0),
                 qPrintable(QString::number(step)));
    }
}

void TestSeriesFetcher::unknownSeriesFails()
{
    log(0, 3);
    pull();
    QVERIFY(!fetch({Run, QStringLiteral("no/such")}));
    QVERIFY2(m_error.message.contains(QStringLiteral("no/such")), qPrintable(m_error.message));
}

void TestSeriesFetcher::serverDownFailsWithMessage()
{
    log(0, 10);
    pull();
    m_server->stop();
    QVERIFY(!fetch({Run, Loss}));
    QCOMPARE(m_error.kind, SyncError::Kind::Unreachable);
    QVERIFY(!m_error.message.isEmpty());
    QCOMPARE(m_cache->cachedPointCount(Run, Loss), 0);
}

QTEST_GUILESS_MAIN(TestSeriesFetcher)
#include "test_seriesfetcher.moc"
