// StringLogModel and StringSeriesLoader (issue 7): a string series shown as a log (run, step, time, text), read
// page by page from a real nereid-server; the model passes QAbstractItemModelTester.
#include "apiclient.h"
#include "helpers.h"
#include "models/stringlogmodel.h"
#include "models/stringseriesloader.h"
#include "sync/apiconnection.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Project = QStringLiteral("team/p");
const QString Log = QStringLiteral("train/log");

} // namespace

class TestStringLogModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEveryLineOfEveryRun();
    void unknownSeriesIsSaidInWords();
    void followAppendsTheNewLinesOnly();

private:
    void logLines(const QString &runId, int count, int first = 0);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<ApiConnection> m_connection;
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
    m_connection->setTimeout(5000);
}

void TestStringLogModel::cleanup()
{
    m_connection.reset();
    m_server.reset();
}

void TestStringLogModel::logLines(const QString &runId, int count, int first)
{
    QList<QJsonArray> points;
    for (int step = first; step < first + count; ++step)
        points.append(point(step, QStringLiteral("%1 epoch %2 done").arg(runId).arg(step), 1763805600.0 + step));
    NEREID_EXPECT_STATUS(applyOperations(*m_api, runId, {appendOp(Log, QStringLiteral("stringSeries"), points)}), 200);
}

void TestStringLogModel::showsEveryLineOfEveryRun()
{
    logLines(QStringLiteral("CLS-1"), 12005); // more than a page of 10,000
    logLines(QStringLiteral("CLS-2"), 3);
    QAbstractItemModelTester tester(&m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    StringSeriesLoader loader(*m_connection, m_model);
    QSignalSpy finished(&loader, &StringSeriesLoader::finished);
    QSignalSpy rows(&m_model, &QAbstractItemModel::rowsInserted);
    loader.load(Log, {QStringLiteral("CLS-1"), QStringLiteral("CLS-2")});
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_model.rowCount(), 12008);
    QCOMPARE(rows.size(), 3); // a batch a page
    QCOMPARE(m_model.columnCount(), int(StringLogModel::ColumnCount));
    QCOMPARE(m_model.headerData(StringLogModel::TextColumn, Qt::Horizontal).toString(), QStringLiteral("Text"));
    QCOMPARE(m_model.index(10001, StringLogModel::TextColumn).data().toString(),
             QStringLiteral("CLS-1 epoch 10001 done"));
    QCOMPARE(m_model.index(10001, StringLogModel::StepColumn).data().toString(), QStringLiteral("10001"));
    QCOMPARE(m_model.index(12006, StringLogModel::RunColumn).data().toString(), QStringLiteral("CLS-2"));
    QCOMPARE(m_model.index(12006, StringLogModel::TimeColumn).data(Qt::UserRole).toDouble(), 1763805601.0);
    QVERIFY(
        m_model.index(12006, StringLogModel::TimeColumn).data().toString().startsWith(QStringLiteral("2025-11-22")));
    loader.load(Log, {QStringLiteral("CLS-2")}); // again, for another selection: the old rows go
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_model.rowCount(), 3);
}

void TestStringLogModel::unknownSeriesIsSaidInWords()
{
    logLines(QStringLiteral("CLS-2"), 2);
    StringSeriesLoader loader(*m_connection, m_model);
    QSignalSpy failed(&loader, &StringSeriesLoader::failed);
    loader.load(Log, {QStringLiteral("CLS-2"), QStringLiteral("CLS-1")});
    QVERIFY(failed.wait(20000));
    QVERIFY2(failed[0][0].toString().contains(QStringLiteral("train/log of run CLS-1")),
             qPrintable(failed[0][0].toString()));
    QCOMPARE(m_model.rowCount(), 2); // what was read stays
    QVERIFY(!loader.isLoading());
}

void TestStringLogModel::followAppendsTheNewLinesOnly()
{
    logLines(QStringLiteral("CLS-1"), 5);
    logLines(QStringLiteral("CLS-2"), 2);
    QAbstractItemModelTester tester(&m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    StringSeriesLoader loader(*m_connection, m_model);
    QSignalSpy finished(&loader, &StringSeriesLoader::finished);
    loader.load(Log, {QStringLiteral("CLS-1"), QStringLiteral("CLS-2")});
    loader.follow(QStringLiteral("CLS-1")); // asked during the first read: runs after it
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(m_model.rowCount(), 7); // nothing new yet, and nothing twice

    logLines(QStringLiteral("CLS-1"), 3, 5); // the run logs on
    QSignalSpy rows(&m_model, &QAbstractItemModel::rowsInserted);
    loader.follow(QStringLiteral("CLS-1"));
    QTRY_COMPARE(finished.size(), 3);
    QCOMPARE(m_model.rowCount(), 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(m_model.index(7, StringLogModel::TextColumn).data().toString(), QStringLiteral("CLS-1 epoch 5 done"));
    QCOMPARE(m_model.index(9, StringLogModel::TextColumn).data().toString(), QStringLiteral("CLS-1 epoch 7 done"));

    loader.follow(QStringLiteral("CLS-1")); // no new line: the last one is not shown again
    QTRY_COMPARE(finished.size(), 4);
    QCOMPARE(m_model.rowCount(), 10);
    loader.follow(QStringLiteral("CLS-7")); // not a run of this log
    QVERIFY(!loader.isLoading());
}

QTEST_GUILESS_MAIN(TestStringLogModel)
#include "test_stringlogmodel.moc"
