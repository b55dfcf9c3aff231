// StringLogModel and StringLogReader (issues 7 and 16): a string series shown as a log (run, step, time, text). The
// lines come from a real nereid-server into a real cache file, page by page, through the sync engine's SeriesSource;
// the reader shows them from the cache, so a log read once is there offline, and says why a read failed until one
// goes through. The model passes QAbstractItemModelTester.
#include "apiclient.h"
#include "cache/cache.h"
#include "helpers.h"
#include "models/stringlogmodel.h"
#include "models/stringlogreader.h"
#include "sync/apiconnection.h"
#include "sync/projectpuller.h"
#include "sync/seriesfetcher.h"
#include "sync/syncseriessource.h"
#include "testserver.h"

#include <csignal>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Project = QStringLiteral("team/p");
const QString Log = QStringLiteral("train/log");
const QString Run1 = QStringLiteral("CLS-1");
const QString Run2 = QStringLiteral("CLS-2");

} // namespace

class TestStringLogModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEveryLineOfEveryRun();
    void unknownSeriesIsSaidInWords();
    void followsTheNewLinesOnly();
    void readsTheCacheOfflineAndRecovers();

private:
    void logLines(const QString &runId, int count, int first = 0);
    // What the sync engine does: the cache gets the project's runs, with the logs' summaries.
    void pull();
    // Reads until no read is under way.
    void waitForReads(StringLogReader &reader);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<ApiConnection> m_connection;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<SeriesFetcher> m_fetcher;
    std::unique_ptr<SyncSeriesSource> m_source;
    StringLogModel m_model;
};

void TestStringLogModel::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("CLS")), 201);
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    m_connection = std::make_unique<ApiConnection>(ServerProfile{m_server->baseUrl(), {}, m_server->token()});
    m_connection->setTimeout(2000);
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<Cache>();
    QVERIFY(m_cache->open(m_dir->filePath(QStringLiteral("cache.sqlite"))));
    m_fetcher = std::make_unique<SeriesFetcher>(*m_connection, *m_cache);
    m_source = std::make_unique<SyncSeriesSource>(*m_connection, *m_cache, *m_fetcher);
    m_model.clear();
}

void TestStringLogModel::cleanup()
{
    m_source.reset();
    m_fetcher.reset();
    m_cache.reset();
    m_connection.reset();
    if (m_server)
        ::kill(pid_t(m_server->processId()), SIGCONT); // a test that stopped it
    m_server.reset();
}

void TestStringLogModel::logLines(const QString &runId, int count, int first)
{
    QList<QJsonArray> points;
    for (int step = first; step < first + count; ++step)
        points.append(point(step, QStringLiteral("%1 epoch %2 done").arg(runId).arg(step), 1763805600.0 + step));
    NEREID_EXPECT_STATUS(applyOperations(*m_api, runId, {appendOp(Log, QStringLiteral("stringSeries"), points)}), 200);
}

void TestStringLogModel::pull()
{
    ProjectPuller puller(*m_connection, *m_cache, Project);
    QSignalSpy pulled(&puller, &ProjectPuller::finished);
    puller.start();
    QVERIFY(pulled.wait(10000));
}

void TestStringLogModel::waitForReads(StringLogReader &reader)
{
    QTRY_VERIFY_WITH_TIMEOUT(!reader.isReading(), 20000);
}

void TestStringLogModel::showsEveryLineOfEveryRun()
{
    logLines(Run1, 12005); // more than a page of 10,000
    logLines(Run2, 3);
    pull();
    QAbstractItemModelTester tester(&m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    StringLogReader reader(*m_cache, m_source.get(), m_model, Log);
    QSignalSpy rows(&m_model, &QAbstractItemModel::rowsInserted);
    reader.setRuns({Run1, Run2});
    QVERIFY(reader.isReading());
    waitForReads(reader);
    QCOMPARE(reader.error(), QString());
    QCOMPARE(m_model.rowCount(), 12008);
    QCOMPARE(rows.size(), 3); // a batch a page
    QCOMPARE(m_model.columnCount(), int(StringLogModel::ColumnCount));
    QCOMPARE(m_model.headerData(StringLogModel::TextColumn, Qt::Horizontal).toString(), QStringLiteral("Text"));
    QCOMPARE(m_model.index(10001, StringLogModel::TextColumn).data().toString(),
             QStringLiteral("CLS-1 epoch 10001 done"));
    QCOMPARE(m_model.index(10001, StringLogModel::StepColumn).data().toString(), QStringLiteral("10001"));
    QCOMPARE(m_model.index(12006, StringLogModel::RunColumn).data().toString(), Run2);
    QCOMPARE(m_model.index(12006, StringLogModel::TimeColumn).data(Qt::UserRole).toDouble(), 1763805601.0);
    QVERIFY(
        m_model.index(12006, StringLogModel::TimeColumn).data().toString().startsWith(QStringLiteral("2025-11-22")));
    QCOMPARE(m_cache->lines(Run1, Log).size(), 12005); // kept for next time

    reader.setRuns({Run2}); // another selection: the old rows go, the cached ones are there at once
    QCOMPARE(m_model.rowCount(), 3);
    waitForReads(reader);
    QCOMPARE(m_model.rowCount(), 3); // and nothing twice
}

void TestStringLogModel::unknownSeriesIsSaidInWords()
{
    logLines(Run2, 2);
    pull();
    StringLogReader reader(*m_cache, m_source.get(), m_model, Log);
    reader.setRuns({Run2, Run1});
    waitForReads(reader);
    QVERIFY2(reader.error().contains(QStringLiteral("train/log of run CLS-1")), qPrintable(reader.error()));
    QCOMPARE(m_model.rowCount(), 2); // what was read stays
}

void TestStringLogModel::followsTheNewLinesOnly()
{
    logLines(Run1, 5);
    logLines(Run2, 2);
    pull();
    QAbstractItemModelTester tester(&m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    StringLogReader reader(*m_cache, m_source.get(), m_model, Log);
    reader.setRuns({Run1, Run2});
    waitForReads(reader);
    QCOMPARE(m_model.rowCount(), 7);

    logLines(Run1, 3, 5); // the run logs on; the sync brings its new summary, and the reader the lines
    QSignalSpy rows(&m_model, &QAbstractItemModel::rowsInserted);
    pull();
    QTRY_COMPARE(m_model.rowCount(), 10);
    waitForReads(reader);
    QCOMPARE(m_model.rowCount(), 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(m_model.index(7, StringLogModel::TextColumn).data().toString(), QStringLiteral("CLS-1 epoch 5 done"));
    QCOMPARE(m_model.index(9, StringLogModel::TextColumn).data().toString(), QStringLiteral("CLS-1 epoch 7 done"));

    m_source->fetchLines(Run1, Log); // no new line: the last one is not shown again
    QTRY_VERIFY(!reader.isReading());
    QTest::qWait(200);
    QCOMPARE(m_model.rowCount(), 10);
}

void TestStringLogModel::readsTheCacheOfflineAndRecovers()
{
    logLines(Run1, 4);
    pull();
    {
        StringLogReader first(*m_cache, m_source.get(), m_model, Log);
        first.setRuns({Run1});
        waitForReads(first);
        QCOMPARE(m_model.rowCount(), 4);
    }
    // The server stops answering (a laptop off the network, a server hung): the log is read from the cache.
    QVERIFY(m_server->pause());
    StringLogModel offline;
    QAbstractItemModelTester tester(&offline, QAbstractItemModelTester::FailureReportingMode::QtTest);
    StringLogReader reader(*m_cache, m_source.get(), offline, Log);
    QSignalSpy status(&reader, &StringLogReader::statusChanged);
    reader.setRuns({Run1});
    QCOMPARE(offline.rowCount(), 4); // at once, before any answer
    QCOMPARE(offline.index(3, StringLogModel::TextColumn).data().toString(), QStringLiteral("CLS-1 epoch 3 done"));
    waitForReads(reader);
    QVERIFY2(reader.error().contains(QStringLiteral("train/log of run CLS-1")), qPrintable(reader.error()));
    QCOMPARE(offline.rowCount(), 4); // the error leaves the lines shown

    // Back: once the sync gets through again (the source says the server is reachable), the failed read is tried
    // again, its new lines shown and the error gone.
    QCOMPARE(::kill(pid_t(m_server->processId()), SIGCONT), 0);
    logLines(Run1, 2, 4);
    m_source->markReachable();
    QTRY_COMPARE_WITH_TIMEOUT(offline.rowCount(), 6, 10000);
    waitForReads(reader);
    QCOMPARE(reader.error(), QString());
}

QTEST_GUILESS_MAIN(TestStringLogModel)
#include "test_stringlogmodel.moc"
