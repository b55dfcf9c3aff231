// ChartPanel (issue 7) over a real nereid-server, for a long series the cache does not hold (drawn from the server's
// buckets): the smoothing slider draws the server's smoothed line, hovering the spike names it, the CSV export
// downloads every raw point in view, and a server that has gone away gives a clear error and writes nothing.
#include "apiclient.h"
#include "cache/cache.h"
#include "csvexportresult.h"
#include "helpers.h"
#include "models/sessionmodels.h"
#include "sync/apiconnection.h"
#include "sync/projectpuller.h"
#include "sync/seriesfetcher.h"
#include "sync/syncseriessource.h"
#include "testserver.h"
#include "views/chartaxes.h"
#include "views/chartcanvas.h"
#include "views/chartlines.h"
#include "views/chartpanel.h"
#include "views/charttoolbar.h"

#include <QChart>
#include <QFile>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Project = QStringLiteral("team/p");
const QString Run = QStringLiteral("CLS-1");
const QString Loss = QStringLiteral("train/loss");
constexpr int Count = 20000;
constexpr int SpikeStep = 12345;

FloatPoint lossAt(int step)
{
    return {double(step), step == SpikeStep ? 99.0 : 1.0 / (1 + step * 0.01), 1763805600.0 + step};
}

} // namespace

class TestChartPanelServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void smoothingDrawsTheServersLine();
    void hoverNamesTheSpike();
    void csvHoldsEveryRawPointInView();
    void csvOfAServerGoneAwayWritesNothing();

private:
    void waitForFrame();

    TestServer m_server;
    QTemporaryDir m_dir;
    Cache m_cache;
    std::unique_ptr<ApiConnection> m_connection;
    std::unique_ptr<SeriesFetcher> m_fetcher;
    std::unique_ptr<SyncSeriesSource> m_source;
    std::unique_ptr<SessionModels> m_models;
    std::unique_ptr<ChartPanel> m_panel;
};

void TestChartPanelServer::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errors()));
    ApiClient api(m_server.apiUrl(), m_server.token());
    NEREID_EXPECT_STATUS(createProject(api, Project, QStringLiteral("CLS")), 201);
    NEREID_EXPECT_STATUS(createRun(api, Project), 201);
    QList<QJsonArray> points;
    for (int step = 0; step < Count; ++step)
        points.append(point(step, lossAt(step).value, lossAt(step).timestamp));
    NEREID_EXPECT_STATUS(applyOperations(api, Run, {appendOp(Loss, QStringLiteral("floatSeries"), points)}), 200);
    QVERIFY(m_cache.open(m_dir.filePath(QStringLiteral("c.sqlite"))));
    m_connection = std::make_unique<ApiConnection>(ServerProfile{m_server.baseUrl(), {}, m_server.token()});
    m_connection->setTimeout(3000);
    ProjectPuller puller(*m_connection, m_cache, Project);
    QSignalSpy pulled(&puller, &ProjectPuller::finished);
    puller.start();
    QVERIFY(pulled.wait(10000));
    m_fetcher = std::make_unique<SeriesFetcher>(*m_connection, m_cache);
    m_fetcher->setRawLimit(1000); // 20,000 points is "long" here: never cached
    m_source = std::make_unique<SyncSeriesSource>(*m_connection, m_cache, *m_fetcher);
    m_models = std::make_unique<SessionModels>(m_cache, nullptr, m_source.get());
    m_panel = std::make_unique<ChartPanel>(*m_models, Loss);
    m_panel->resize(900, 520);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->setRuns({Run});
    QTRY_VERIFY(m_panel->model().isReduced(Run));
    waitForFrame();
    QVERIFY(!m_panel->lines()->plot()->paintedRaw(Run).isEmpty());
}

void TestChartPanelServer::waitForFrame()
{
    QTRY_VERIFY(!m_panel->framePending());
    QTest::qWait(30); // QtCharts lays the axes out in posted events
}

void TestChartPanelServer::smoothingDrawsTheServersLine()
{
    QVERIFY(m_panel->lines()->plot()->paintedSmoothed(Run).isEmpty());
    m_panel->toolBar()->setSmoothing(0.95);
    QCOMPARE(m_panel->model().smoothing(), 0.95);
    QTRY_VERIFY(!m_panel->lines()->plot()->paintedSmoothed(Run).isEmpty());
    waitForFrame();
    // The smoothed line stays below the spike: the server averaged the raw points, not the buckets' extremes.
    const QList<ChartModel::Line> lines = m_panel->model().lines();
    double highest = 0;
    for (const QPointF &point : lines.first().smoothed)
        highest = std::max(highest, point.y());
    QVERIFY2(highest > 1 && highest < 99 * 0.1, qPrintable(QString::number(highest)));
    QVERIFY(m_panel->grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/chartpanelserver-smoothed.png")));
    m_panel->toolBar()->setSmoothing(0);
    QTRY_VERIFY(m_panel->lines()->plot()->paintedSmoothed(Run).isEmpty());
}

void TestChartPanelServer::hoverNamesTheSpike()
{
    waitForFrame();
    QLineSeries *legend = m_panel->lines()->run(Run)->series;
    const QPoint at = m_panel->chart()->mapToPosition(QPointF(SpikeStep, 99), legend).toPoint();
    QTest::mouseMove(m_panel->canvas()->viewport(), at);
    QTRY_VERIFY(!m_panel->hoverText().isEmpty());
    const QString text = m_panel->hoverText();
    QVERIFY2(text.contains(QStringLiteral("step 12345,")) && text.contains(QStringLiteral("value 99,")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("about 2025-")), qPrintable(text)); // a bucket's highest: its time estimated
}

void TestChartPanelServer::csvHoldsEveryRawPointInView()
{
    static_cast<QValueAxis *>(m_panel->axes()->x())->setRange(12000, 12999);
    waitForFrame();
    QString error;
    const QString csv = m_dir.filePath(QStringLiteral("zoomed.csv"));
    QVERIFY2(csvExportResult(m_panel->startCsvExport(csv), error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<SeriesCsv::Run> runs;
    QVERIFY2(SeriesCsv::read(file, runs, &error), qPrintable(error));
    QCOMPARE(runs.size(), 1);
    QList<FloatPoint> expected;
    for (int step = 12000; step <= 12999; ++step)
        expected.append(lossAt(step));
    QCOMPARE(runs.first().points, expected); // the spike among them, none sampled away
    m_panel->model().resetView();
    waitForFrame();
}

void TestChartPanelServer::csvOfAServerGoneAwayWritesNothing()
{
    const QString csv = m_dir.filePath(QStringLiteral("kept.csv"));
    QFile before(csv);
    QVERIFY(before.open(QIODevice::WriteOnly) && before.write("an earlier export\n") > 0);
    before.close();
    m_server.stop();
    QString error;
    QVERIFY(!csvExportResult(m_panel->startCsvExport(csv), error));
    QVERIFY2(error.contains(QStringLiteral("could not be downloaded")), qPrintable(error));
    QFile after(csv);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), QByteArray("an earlier export\n"));
}

QTEST_MAIN(TestChartPanelServer)
#include "test_chartpanelserver.moc"
