#include "apiclient.h"
#include "helpers.h"
#include "testserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpSocket>
#include <QtTest>

using namespace nereid::test;

namespace {
const QString Project = QStringLiteral("team/durable");
constexpr int SeriesPoints = 5000;

// A run as stored: everything but what moves with the clock (state).
QJsonObject stored(const ApiReply &run)
{
    return withoutState(run.object());
}
} // namespace

// What the server acknowledged survives kill -9, and a client that hangs up mid-request changes nothing.
class TestServerDurability : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void acknowledgedWritesSurviveKill();
    void eachAcknowledgementSurvivesKill();
    void batchCutByKillIsAllOrNothing();
    void killAmidConcurrentWritesKeepsTheAcknowledged();
    void survivesClientDisconnectingMidRequest_data();
    void survivesClientDisconnectingMidRequest();

private:
    bool killAndRestart();
    // Sends the start of a request on a raw socket and hangs up.
    void sendAndHangUp(const QByteArray &bytes);
    QJsonArray allPoints(const QString &runId, const QString &path);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
};

void TestServerDurability::init()
{
    m_server = std::make_unique<TestServer>();
    // The server logs each connection it closes: survivesClientDisconnectingMidRequest counts them.
    qputenv("QT_LOGGING_RULES", "nereid.server.http.debug=true");
    const bool started = m_server->start();
    qunsetenv("QT_LOGGING_RULES");
    QVERIFY2(started, qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("DUR")), 201);
}

void TestServerDurability::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_api.reset();
    m_server.reset();
}

bool TestServerDurability::killAndRestart()
{
    m_server->kill(); // SIGKILL: no clean shutdown, no WAL checkpoint
    if (!m_server->start()) {
        qWarning().noquote() << m_server->errors();
        return false;
    }
    m_api->setBaseUrl(m_server->apiUrl()); // a new free port
    return true;
}

QJsonArray TestServerDurability::allPoints(const QString &runId, const QString &path)
{
    return m_api->get(runPath(runId) + QStringLiteral("/series?limit=100000&path=") + path)[QStringLiteral("points")]
        .toArray();
}

void TestServerDurability::acknowledgedWritesSurviveKill()
{
    const ApiReply created = createRun(*m_api, Project, {{QStringLiteral("custom_run_id"), QStringLiteral("job-1")}});
    NEREID_EXPECT_STATUS(created, 201);
    const QString run = created[QStringLiteral("id")].toString();
    QList<QJsonArray> loss;
    for (int step = 0; step < SeriesPoints; ++step)
        loss.append(point(step, 1.0 / (step + 1), 1763805600.0 + step));
    NEREID_EXPECT_STATUS(
        applyOperations(*m_api, run,
                        {assignOp(QStringLiteral("params/lr"), QStringLiteral("float"), 0.001),
                         assignOp(QStringLiteral("params/optimizer"), QStringLiteral("string"), QStringLiteral("Adam")),
                         stringsOp(QStringLiteral("add_strings"), QStringLiteral("data/splits"),
                                   {QStringLiteral("train"), QStringLiteral("val")}),
                         appendOp(QStringLiteral("train/loss"), QStringLiteral("floatSeries"), loss.mid(0, 3000))}),
        200);
    NEREID_EXPECT_STATUS(
        applyOperations(*m_api, run,
                        {appendOp(QStringLiteral("train/loss"), QStringLiteral("floatSeries"), loss.mid(3000)),
                         appendOp(QStringLiteral("train/log"), QStringLiteral("stringSeries"),
                                  {point(0, QStringLiteral("epoch 0 done"))}),
                         deleteOp(QStringLiteral("params/optimizer"))}),
        200);
    NEREID_EXPECT_STATUS(m_api->patch(runPath(run) + QStringLiteral("/sys"),
                                      {{QStringLiteral("revision"), 0},
                                       {QStringLiteral("tags"),
                                        QJsonObject{{QStringLiteral("add"), QJsonArray{QStringLiteral("kept")}}}}}),
                         200);
    const ApiReply edited =
        m_api->patch(runPath(run) + QStringLiteral("/sys"),
                     {{QStringLiteral("revision"), m_api->get(runPath(run))[QStringLiteral("revision")]},
                      {QStringLiteral("name"), QStringLiteral("survivor")},
                      {QStringLiteral("failed"), true}});
    NEREID_EXPECT_STATUS(edited, 200);
    const ApiReply second = createRun(*m_api, Project, {{QStringLiteral("name"), QStringLiteral("the last write")}});
    NEREID_EXPECT_STATUS(second, 201);
    const QString secondRun = second[QStringLiteral("id")].toString();

    // Read back before the kill: this is what was acknowledged.
    const QJsonObject runBefore = stored(m_api->get(runPath(run)));
    const QJsonObject secondBefore = stored(m_api->get(runPath(secondRun)));
    const QJsonArray pointsBefore = allPoints(run, QStringLiteral("train/loss"));
    const qint64 revisionBefore = m_api->get(projectPath(Project))[QStringLiteral("revision")].toInteger();
    QCOMPARE(pointsBefore.size(), SeriesPoints);

    QVERIFY(killAndRestart());
    QCOMPARE(stored(m_api->get(runPath(run))), runBefore);
    QCOMPARE(stored(m_api->get(runPath(secondRun))), secondBefore);
    QCOMPARE(allPoints(run, QStringLiteral("train/loss")), pointsBefore);
    const ApiReply reduced = m_api->get(runPath(run) + QStringLiteral("/series/reduced?path=train/loss&buckets=10"));
    QCOMPARE(reduced[QStringLiteral("count")].toInteger(), SeriesPoints);
    QCOMPARE(m_api->get(projectPath(Project))[QStringLiteral("revision")].toInteger(), revisionBefore);
    QCOMPARE(m_api->get(projectPath(Project) + QStringLiteral("/changes"))[QStringLiteral("runs")].toArray().size(), 2);

    // The same custom id still resumes the same run, and revisions go on from where they were.
    const ApiReply resumed = createRun(*m_api, Project, {{QStringLiteral("custom_run_id"), QStringLiteral("job-1")}});
    NEREID_EXPECT_STATUS(resumed, 200);
    QCOMPARE(resumed[QStringLiteral("id")].toString(), run);
    QVERIFY(resumed[QStringLiteral("revision")].toInteger() > revisionBefore);
    const ApiReply third = createRun(*m_api, Project);
    QCOMPARE(third[QStringLiteral("id")].toString(), QStringLiteral("DUR-3"));

    // A clean stop (SIGTERM) after the crash recovery keeps it all too.
    const QJsonObject secondAfter = stored(m_api->get(runPath(secondRun)));
    QVERIFY2(m_server->restart(), qPrintable(m_server->errors()));
    m_api->setBaseUrl(m_server->apiUrl());
    QCOMPARE(stored(m_api->get(runPath(secondRun))), secondAfter);
    QCOMPARE(allPoints(run, QStringLiteral("train/loss")), pointsBefore);
    QCOMPARE(m_api->get(runPath(QStringLiteral("DUR-3")))[QStringLiteral("id")].toString(), QStringLiteral("DUR-3"));
}

void TestServerDurability::eachAcknowledgementSurvivesKill()
{
    // Kill straight after each acknowledgement, several times over, appending to the same series.
    const ApiReply created = createRun(*m_api, Project);
    NEREID_EXPECT_STATUS(created, 201);
    const QString run = created[QStringLiteral("id")].toString();
    int step = 0;
    for (int round = 0; round < 3; ++round) {
        QList<QJsonArray> points;
        for (int i = 0; i < 500; ++i, ++step)
            points.append(point(step, double(step), 1763805600.0));
        const ApiReply ack = applyOperations(*m_api, run,
                                             {appendOp(QStringLiteral("x"), QStringLiteral("floatSeries"), points),
                                              assignOp(QStringLiteral("round"), QStringLiteral("int"), round)});
        NEREID_EXPECT_STATUS(ack, 200);
        QVERIFY(killAndRestart());
        const QJsonObject fields = runFields(*m_api, run);
        QCOMPARE(fields[QStringLiteral("round")][QStringLiteral("value")].toInteger(), round);
        QCOMPARE(fields[QStringLiteral("x")][QStringLiteral("count")].toInteger(), step);
        QCOMPARE(fields[QStringLiteral("x")][QStringLiteral("last")].toDouble(), double(step - 1));
        QCOMPARE(allPoints(run, QStringLiteral("x")).size(), step);
        QCOMPARE(m_api->get(runPath(run))[QStringLiteral("revision")].toInteger(),
                 ack[QStringLiteral("revision")].toInteger());
    }
}

void TestServerDurability::killAmidConcurrentWritesKeepsTheAcknowledged()
{
    // Eight clients write to eight runs at once; the server dies the moment the third answer arrives,
    // with the others in flight. Every acknowledged batch must be there, every other one whole or absent.
    constexpr int Clients = 8, Points = 3000, KillAfter = 3;
    QStringList runs;
    for (int i = 0; i < Clients; ++i) {
        const ApiReply created = createRun(*m_api, Project);
        NEREID_EXPECT_STATUS(created, 201);
        runs << created[QStringLiteral("id")].toString();
    }
    QList<QJsonArray> points;
    for (int step = 0; step < Points; ++step)
        points.append(point(step, step * 0.25, 1763805600.0));
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("operations"),
                                   QJsonArray{appendOp(QStringLiteral("loss"), QStringLiteral("floatSeries"), points),
                                              assignOp(QStringLiteral("done"), QStringLiteral("bool"), true)}}})
            .toJson(QJsonDocument::Compact);

    QNetworkAccessManager manager;
    QSet<QString> acknowledged;
    int finished = 0;
    for (const QString &run : std::as_const(runs)) {
        QNetworkRequest request(m_api->url(runPath(run) + QStringLiteral("/operations")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_server->token().toUtf8());
        QNetworkReply *reply = manager.post(request, body);
        connect(reply, &QNetworkReply::finished, this, [&, reply, run] {
            ++finished;
            if (reply->error() == QNetworkReply::NoError &&
                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
                acknowledged.insert(run);
                if (acknowledged.size() == KillAfter)
                    m_server->kill();
            }
            reply->deleteLater();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, Clients, 30000);
    QVERIFY(acknowledged.size() >= KillAfter);
    QVERIFY(killAndRestart());
    int applied = 0;

    for (const QString &run : std::as_const(runs)) {
        const QJsonObject fields = runFields(*m_api, run);
        const bool done = fields.contains(QStringLiteral("done"));
        QVERIFY2(done || !acknowledged.contains(run), qPrintable(run + QStringLiteral(": acknowledged, then lost")));
        QCOMPARE(fields.contains(QStringLiteral("loss")), done);
        if (done)
            QCOMPARE(fields[QStringLiteral("loss")][QStringLiteral("count")].toInteger(), Points);
        applied += done;
    }
    qInfo() << acknowledged.size() << "of" << Clients << "batches acknowledged," << applied << "applied";
}

void TestServerDurability::batchCutByKillIsAllOrNothing()
{
    const ApiReply created = createRun(*m_api, Project);
    NEREID_EXPECT_STATUS(created, 201);
    const QString run = created[QStringLiteral("id")].toString();
    constexpr int Points = 100000;
    QList<QJsonArray> points;
    points.reserve(Points);
    for (int step = 0; step < Points; ++step)
        points.append(point(step, step * 0.5, 1763805600.0));
    const QJsonObject batch{{QStringLiteral("operations"),
                             QJsonArray{assignOp(QStringLiteral("first"), QStringLiteral("int"), 1),
                                        appendOp(QStringLiteral("big"), QStringLiteral("floatSeries"), points),
                                        assignOp(QStringLiteral("last"), QStringLiteral("int"), 2)}}};

    // Kill the server once the whole batch is on its way, while it parses or applies it. Whichever step
    // the kill lands in, the batch must afterwards be there whole or not at all.
    QNetworkAccessManager manager;
    QNetworkRequest request(m_api->url(runPath(run) + QStringLiteral("/operations")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_server->token().toUtf8());
    QNetworkReply *reply = manager.post(request, QJsonDocument(batch).toJson(QJsonDocument::Compact));
    bool sent = false;
    connect(reply, &QNetworkReply::uploadProgress, this,
            [&](qint64 done, qint64 total) { sent = sent || (total > 0 && done == total); });
    QTRY_VERIFY_WITH_TIMEOUT(sent || reply->isFinished(), 20000);
    // A random moment within the time the server takes to parse and apply it, so runs of this test kill
    // it in different steps (its log says which way each went).
    QTest::qWait(int(QRandomGenerator::global()->bounded(400)));
    const bool acknowledged = reply->isFinished() && reply->error() == QNetworkReply::NoError;
    QVERIFY(killAndRestart());
    reply->abort();
    delete reply;

    const QJsonObject fields = runFields(*m_api, run);
    const bool applied = fields.contains(QStringLiteral("last"));
    QVERIFY2(applied || !acknowledged, "an acknowledged batch was lost");
    QCOMPARE(fields.contains(QStringLiteral("first")), applied);
    QCOMPARE(fields.contains(QStringLiteral("big")), applied);
    const ApiReply stored = m_api->get(runPath(run) + QStringLiteral("/series/reduced?buckets=1&path=big"));
    NEREID_EXPECT_STATUS(stored, applied ? 200 : 404);
    if (applied) {
        QCOMPARE(fields[QStringLiteral("big")][QStringLiteral("count")].toInteger(), Points);
        QCOMPARE(stored[QStringLiteral("count")].toInteger(), Points);
    }
    qInfo() << (applied ? "the batch was applied before the kill" : "the kill came before the commit");
}

void TestServerDurability::sendAndHangUp(const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.connectToHost(m_server->baseUrl().host(), quint16(m_server->baseUrl().port()));
    QVERIFY2(socket.waitForConnected(5000), qPrintable(socket.errorString()));
    socket.write(bytes);
    QVERIFY(socket.waitForBytesWritten(5000));
    socket.abort(); // hang up without waiting for an answer
}

void TestServerDurability::survivesClientDisconnectingMidRequest_data()
{
    // How much of the request is sent: -2 all of it, -1 the headers and half the body, else that many bytes.
    QTest::addColumn<int>("cut");
    QTest::newRow("the whole request, no wait for the answer") << -2;
    QTest::newRow("half the body") << -1;
    QTest::newRow("half the headers") << 60;
    QTest::newRow("request line only") << 20;
}

void TestServerDurability::survivesClientDisconnectingMidRequest()
{
    QFETCH(int, cut);
    const ApiReply created = createRun(*m_api, Project);
    NEREID_EXPECT_STATUS(created, 201);
    const QString run = created[QStringLiteral("id")].toString();
    NEREID_EXPECT_STATUS(applyOperations(*m_api, run, {assignOp(QStringLiteral("before"), QStringLiteral("int"), 1)}),
                         200);
    const QJsonObject before = stored(m_api->get(runPath(run)));

    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("operations"),
                                   QJsonArray{assignOp(QStringLiteral("half"), QStringLiteral("int"), 2),
                                              assignOp(QStringLiteral("other"), QStringLiteral("string"),
                                                       QString(2000, QLatin1Char('x')))}}})
            .toJson(QJsonDocument::Compact);
    const QByteArray request =
        "POST /api/v1/runs/" + run.toUtf8() + "/operations HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
        m_server->token().toUtf8() +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    const QByteArray sent = cut == -2   ? request + body
                            : cut == -1 ? request + body.left(body.size() / 2)
                                        : request.left(cut);
    const auto closed = [this] { return m_server->errors().count(QStringLiteral("connection closed")); };
    const qsizetype closedBefore = closed();
    for (int i = 0; i < 3; ++i)
        sendAndHangUp(sent);
    // The server has seen each hang-up and ended its connection: whatever it was to apply of them is applied.
    QTRY_VERIFY_WITH_TIMEOUT(closed() >= closedBefore + 3, 20000);

    // The server is up, answers, and applied nothing of a cut request; a whole one, whole or not at all.
    const ApiReply health = m_api->get(QStringLiteral("/health"));
    NEREID_EXPECT_STATUS(health, 200);
    if (cut == -2) {
        const QJsonObject fields = runFields(*m_api, run);
        QCOMPARE(fields.contains(QStringLiteral("other")), fields.contains(QStringLiteral("half")));
    } else {
        QCOMPARE(stored(m_api->get(runPath(run))), before);
    }
    NEREID_EXPECT_STATUS(applyOperations(*m_api, run, {assignOp(QStringLiteral("after"), QStringLiteral("int"), 3)}),
                         200);
    QCOMPARE(runFields(*m_api, run)[QStringLiteral("after")][QStringLiteral("value")].toInteger(), 3);
    QVERIFY(m_server->isRunning());
}

QTEST_GUILESS_MAIN(TestServerDurability)
#include "test_server_durability.moc"
