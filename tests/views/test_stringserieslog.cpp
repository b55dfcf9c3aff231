// StringSeriesLog in the chart grid (issues 7 and 16): an active run's log follows its new lines as sync reports the
// run changed, read from a real nereid-server into the cache; scrolled to its end, the log stays at its end, scrolled
// up it stays; in a narrow panel long lines are elided, never scrolled sideways, the whole line in the tooltip.
#include "apiclient.h"
#include "helpers.h"
#include "models/sessionmodels.h"
#include "models/stringlogmodel.h"
#include "runfixtures.h"
#include "sync/apiconnection.h"
#include "sync/seriesfetcher.h"
#include "sync/syncseriessource.h"
#include "testserver.h"
#include "views/chartarea.h"
#include "views/stringserieslog.h"

#include <csignal>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Project = QStringLiteral("team/p");
const QString Log = QStringLiteral("monitoring/log");
const QString Run = QStringLiteral("CLS-1");

} // namespace

class TestStringSeriesLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void followsTheNewLinesOfAnActiveRun();
    void longLinesAreElidedInANarrowPanel();
    void offlineShowsTheCachedLinesAndWhy();

private:
    void logLines(int first, int count);
    // What the sync engine does when a page says the run changed: the cache stores it and says so.
    void syncRunWith(int lines);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<ApiConnection> m_connection;
    std::unique_ptr<RunFixtures> m_fixtures;
    std::unique_ptr<SeriesFetcher> m_fetcher;
    std::unique_ptr<SyncSeriesSource> m_source;
};

void TestStringSeriesLog::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("CLS")), 201);
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    m_connection = std::make_unique<ApiConnection>(ServerProfile{m_server->baseUrl(), {}, m_server->token()});
    m_connection->setTimeout(5000);
    m_fixtures = std::make_unique<RunFixtures>();
    QVERIFY(m_fixtures->open());
    m_fetcher = std::make_unique<SeriesFetcher>(*m_connection, m_fixtures->cache());
    m_source = std::make_unique<SyncSeriesSource>(*m_connection, m_fixtures->cache(), *m_fetcher);
}

void TestStringSeriesLog::cleanup()
{
    m_source.reset();
    m_fetcher.reset();
    m_fixtures.reset();
    m_connection.reset();
    if (m_server)
        ::kill(pid_t(m_server->processId()), SIGCONT); // a test that stopped it
    m_server.reset();
}

void TestStringSeriesLog::logLines(int first, int count)
{
    QList<QJsonArray> points;
    for (int step = first; step < first + count; ++step)
        points.append(point(step, QStringLiteral("epoch %1 done").arg(step), 1763805600.0 + step));
    NEREID_EXPECT_STATUS(applyOperations(*m_api, Run, {appendOp(Log, QStringLiteral("stringSeries"), points)}), 200);
}

void TestStringSeriesLog::syncRunWith(int lines)
{
    QJsonObject run =
        RunFixtures::run(1, {{QStringLiteral("id"), Run}, {QStringLiteral("state"), QStringLiteral("active")}},
                         {{Log, RunFixtures::stringSeries(lines, QStringLiteral("epoch %1 done").arg(lines - 1))}});
    run.insert(QStringLiteral("id"), Run);
    QVERIFY(m_fixtures->apply({run}));
}

void TestStringSeriesLog::followsTheNewLinesOfAnActiveRun()
{
    logLines(0, 200);
    syncRunWith(200);
    SessionModels areaModels(m_fixtures->cache(), nullptr, m_source.get());
    ChartArea area(areaModels);
    area.resize(600, 400);
    area.show();
    area.setRuns({Run});
    area.addChart(Log);
    auto *log = qobject_cast<StringSeriesLog *>(area.panel(Log));
    QVERIFY(log);
    QSignalSpy loaded(log, &StringSeriesLog::loaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(log->model()->rowCount(), 200);
    QScrollBar *bar = log->table()->verticalScrollBar();
    QCOMPARE(bar->value(), 0);       // the first read starts at the top
    QTRY_VERIFY(bar->maximum() > 0); // laid out: 200 lines do not fit in 400 px

    log->table()->scrollToBottom(); // the user reads the latest lines
    logLines(200, 3);
    syncRunWith(203);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(log->model()->rowCount(), 203);
    QCOMPARE(log->model()->index(202, 3).data().toString(), QStringLiteral("epoch 202 done"));
    QTRY_COMPARE(bar->value(), bar->maximum()); // still at the end, new lines in sight

    bar->setValue(0); // the user scrolls up to read an early line
    logLines(203, 2);
    syncRunWith(205);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(log->model()->rowCount(), 205);
    QCOMPARE(bar->value(), 0); // left where the user is reading
}

void TestStringSeriesLog::longLinesAreElidedInANarrowPanel()
{
    const QString longLine = QStringLiteral("loss went down ").repeated(30);
    NEREID_EXPECT_STATUS(
        applyOperations(*m_api, Run,
                        {appendOp(Log, QStringLiteral("stringSeries"), {point(0, longLine, 1763805600.0)})}),
        200);
    syncRunWith(1);
    SessionModels models(m_fixtures->cache(), nullptr, m_source.get());
    StringSeriesLog log(models, Log);
    log.resize(380, 300);
    log.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log));
    QSignalSpy loaded(&log, &StringSeriesLog::loaded);
    log.setRuns({Run});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(log.model()->rowCount(), 1);
    QTableView *table = log.table();
    QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0); // nothing to scroll sideways to
    const int textWidth = table->columnWidth(StringLogModel::TextColumn);
    QVERIFY2(textWidth < table->fontMetrics().horizontalAdvance(longLine),
             qPrintable(QStringLiteral("text column %1 px").arg(textWidth)));
    QCOMPARE(table->columnViewportPosition(StringLogModel::TextColumn) + textWidth, table->viewport()->width());
    QCOMPARE(log.model()->index(0, StringLogModel::TextColumn).data(Qt::ToolTipRole).toString(), longLine);
    QVERIFY2(log.status().startsWith(QStringLiteral("1 line")), qPrintable(log.status()));
}

// Offline (the server stops answering), a log read before shows its cached lines at once and says below them why it
// could not read more; once the sync gets through again, the log reads on and the error goes.
void TestStringSeriesLog::offlineShowsTheCachedLinesAndWhy()
{
    logLines(0, 5);
    syncRunWith(5);
    SessionModels models(m_fixtures->cache(), nullptr, m_source.get());
    {
        StringSeriesLog first(models, Log);
        QSignalSpy loaded(&first, &StringSeriesLog::loaded);
        first.setRuns({Run});
        QVERIFY(loaded.wait(10000));
    }
    m_connection->setTimeout(300);
    QVERIFY(m_server->pause()); // SIGSTOP, and every thread of it stopped
    StringSeriesLog log(models, Log);
    log.resize(520, 300);
    log.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log));
    QSignalSpy loaded(&log, &StringSeriesLog::loaded);
    log.setRuns({Run});
    QCOMPARE(log.model()->rowCount(), 5); // from the cache, before any answer
    QVERIFY(loaded.wait(10000));
    QVERIFY2(log.status().contains(QStringLiteral("could not be read")), qPrintable(log.status()));
    QCOMPARE(log.model()->rowCount(), 5);
    QTest::qWait(50); // the status line lays itself out anew for the longer text
    QVERIFY(log.grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/log-offline.png")));

    QCOMPARE(::kill(pid_t(m_server->processId()), SIGCONT), 0);
    m_connection->setTimeout(5000);
    logLines(5, 1);
    m_source->markReachable(); // what the sync engine says when a pull gets through again
    QVERIFY(loaded.wait(10000));
    QCOMPARE(log.model()->rowCount(), 6);
    QVERIFY2(log.status().startsWith(QStringLiteral("6 line")), qPrintable(log.status()));
}

QTEST_MAIN(TestStringSeriesLog)
#include "test_stringserieslog.moc"
