#include "apiclient.h"
#include "helpers.h"
#include "serversql.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {
const QString Run = u"FAIL-1"_s;

// The field the database refuses once the test has put its trigger in: a write the storage cannot take, on both
// backends, that the server's own checks let through.
const QString SqliteTrigger = u"CREATE TRIGGER refuse_poison BEFORE INSERT ON fields WHEN NEW.path = 'poison'"
                              " BEGIN SELECT RAISE(ABORT, 'the test refuses the field poison'); END"_s;
const QString PostgresTrigger =
    u"CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS"
    " $$ BEGIN RAISE EXCEPTION 'the test refuses the field poison'; END $$;"
    " CREATE TRIGGER refuse_poison BEFORE INSERT ON fields FOR EACH ROW WHEN (NEW.path = 'poison')"
    " EXECUTE FUNCTION refuse_poison()"_s;

QList<QJsonArray> lossPoints(int from, int count)
{
    QList<QJsonArray> points;
    for (int step = from; step < from + count; ++step)
        points.append(point(step, 1.0 / (step + 1)));
    return points;
}

// Changes every kind of row before the refused field comes: a value, a float series, a string series, a new field.
QJsonArray poisonedBatch()
{
    return {assignOp(u"params/lr"_s, u"float"_s, 0.5),
            appendOp(u"metrics/loss"_s, u"floatSeries"_s, lossPoints(10, 10)),
            appendOp(u"logs/out"_s, u"stringSeries"_s, {point(1, u"second line"_s)}),
            assignOp(u"params/fresh"_s, u"string"_s, u"new"_s), assignOp(u"poison"_s, u"int"_s, 1)};
}
} // namespace

// A write the database refuses halfway through a batch (issue 20): the client gets an error it can act on, nothing
// of the batch stays, and the same batch sent again once the database takes it is applied exactly once.
class TestServerStorageFailure : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusedBatchLeavesNothingAndAppliesOnceOnRetry();
    void writesAlongsideTheRefusedBatchAreKept();

private:
    QJsonObject seriesOf(const QString &path) { return m_api->get(runPath(Run) + u"/series?path="_s + path).object(); }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
};

void TestServerStorageFailure::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, u"team/fail"_s, u"FAIL"_s), 201);
    NEREID_EXPECT_STATUS(createRun(*m_api, u"team/fail"_s), 201);
    NEREID_EXPECT_STATUS(applyOperations(*m_api, Run,
                                         {assignOp(u"params/lr"_s, u"float"_s, 0.1),
                                          appendOp(u"metrics/loss"_s, u"floatSeries"_s, lossPoints(0, 10)),
                                          appendOp(u"logs/out"_s, u"stringSeries"_s, {point(0, u"first line"_s)})}),
                         200);
}

void TestServerStorageFailure::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_api.reset();
    m_server.reset();
}

void TestServerStorageFailure::refusedBatchLeavesNothingAndAppliesOnceOnRetry()
{
    const QJsonObject runBefore = withoutState(m_api->get(runPath(Run)).object());
    const QJsonObject lossBefore = seriesOf(u"metrics/loss"_s);
    const QJsonObject logBefore = seriesOf(u"logs/out"_s);
    QCOMPARE(lossBefore[u"points"_s].toArray().size(), 10);
    ServerSql sql(*m_server);
    QVERIFY2(sql.run(m_server->isPostgres() ? PostgresTrigger : SqliteTrigger), qPrintable(sql.problem()));

    const ApiReply refused = applyOperations(*m_api, Run, poisonedBatch());
    NEREID_EXPECT_STATUS(refused, 500);
    QCOMPARE(refused.errorCode(), u"internal"_s);
    QVERIFY2(refused.message().contains(u"the test refuses the field poison"_s), refused.body.constData());

    // Nothing of the batch is there: the run, its fields and both series read as before it.
    QCOMPARE(withoutState(m_api->get(runPath(Run)).object()), runBefore);
    QCOMPARE(seriesOf(u"metrics/loss"_s), lossBefore);
    QCOMPARE(seriesOf(u"logs/out"_s), logBefore);
    QVERIFY(!runFields(*m_api, Run).contains(u"params/fresh"_s));
    // The server goes on serving, the write connection included.
    NEREID_EXPECT_STATUS(applyOperations(*m_api, Run, {assignOp(u"params/other"_s, u"int"_s, 7)}), 200);

    // Once the database takes the field, the same batch is applied once: ten more points, not twenty.
    QVERIFY2(sql.run(u"DROP TRIGGER refuse_poison"_s + (m_server->isPostgres() ? u" ON fields"_s : QString())),
             qPrintable(sql.problem()));
    NEREID_EXPECT_STATUS(applyOperations(*m_api, Run, poisonedBatch()), 200);
    const QJsonArray loss = seriesOf(u"metrics/loss"_s)[u"points"_s].toArray();
    QCOMPARE(loss.size(), 20);
    QCOMPARE(loss.last().toArray().first().toDouble(), 19.0);
    QCOMPARE(seriesOf(u"logs/out"_s)[u"points"_s].toArray().size(), 2);
    const QJsonObject fields = runFields(*m_api, Run);
    QCOMPARE(fields[u"params/lr"_s].toObject()[u"value"_s].toDouble(), 0.5);
    QCOMPARE(fields[u"params/fresh"_s].toObject()[u"value"_s].toString(), u"new"_s);
    QCOMPARE(fields[u"poison"_s].toObject()[u"value"_s].toInt(), 1);
    QCOMPARE(fields[u"params/other"_s].toObject()[u"value"_s].toInt(), 7);
}

void TestServerStorageFailure::writesAlongsideTheRefusedBatchAreKept()
{
    // The writer commits the requests that arrive together in one transaction, each in a savepoint of its own:
    // the refused batch must take none of the others with it. Sent at once, some share its group.
    NEREID_EXPECT_STATUS(createRun(*m_api, u"team/fail"_s), 201); // FAIL-2
    const QJsonObject runBefore = withoutState(m_api->get(runPath(Run)).object());
    ServerSql sql(*m_server);
    QVERIFY2(sql.run(m_server->isPostgres() ? PostgresTrigger : SqliteTrigger), qPrintable(sql.problem()));
    QNetworkAccessManager manager;
    const auto send = [&](const QString &run, const QJsonArray &operations) {
        QNetworkRequest request(QUrl(m_server->apiUrl().toString() + runPath(run) + u"/operations"_s));
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("Authorization", "Bearer " + m_server->token().toUtf8());
        const QJsonObject body{{u"operations"_s, operations}};
        return manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
    QList<QNetworkReply *> good;
    QNetworkReply *refused = nullptr;
    for (int i = 0; i < 8; ++i) {
        good.append(send(u"FAIL-2"_s, {appendOp(u"metrics/loss%1"_s.arg(i), u"floatSeries"_s, lossPoints(0, 10))}));
        if (i == 3)
            refused = send(Run, poisonedBatch());
    }
    for (QNetworkReply *reply : good + QList<QNetworkReply *>{refused})
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
    QCOMPARE(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 500);
    for (QNetworkReply *reply : good)
        QVERIFY2(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200,
                 reply->readAll().constData());
    qDeleteAll(good + QList<QNetworkReply *>{refused});
    for (int i = 0; i < 8; ++i) {
        const ApiReply loss = m_api->get(runPath(u"FAIL-2"_s) + u"/series?path=metrics/loss%1"_s.arg(i));
        QCOMPARE(loss[u"points"_s].toArray().size(), 10);
    }
    QCOMPARE(withoutState(m_api->get(runPath(Run)).object()), runBefore);
}

QTEST_GUILESS_MAIN(TestServerStorageFailure)
#include "test_server_storagefailure.moc"
