#include "apiclient.h"
#include "helpers.h"
#include "rawconnection.h"
#include "sanitizerbuild.h"
#include "testserver.h"

#include <atomic>
#include <csignal>
#include <mutex>
#include <QElapsedTimer>
#include <QtTest>
#include <thread>

using namespace nereid::test;

// Many clients at once: a long write never holds up reads or health, acknowledged writes survive a crash even
// when they shared a commit, a shutdown answers what is in flight, running out of descriptors does not spin, and
// writes wait for another process writing the same database.
class TestServerConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void longBatchDelaysNoRead();
    void groupCommittedWritesSurviveACrash();
    void shutdownAnswersTheWriteInFlight();
    void descriptorExhaustionDoesNotSpin();
    void writesWaitForAnotherWriter();

private:
    void startServer(const QStringList &args = {});
    std::unique_ptr<TestServer> m_server;
};

namespace {

// A batch of `count` single-point appends to one series, as a hand-written client might send: ~55 bytes each.
// With `series` above 1 they go to m/x0, m/x1, ... in turn, so none follows an append to its own series and each
// is written on its own (slower to apply than points the writer can gather).
QByteArray appendBatch(int count, int firstStep = 0, int series = 1)
{
    QByteArray body = R"({"operations": [)";
    body.reserve(qsizetype(count) * 60 + 32);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            body += ',';
        const QByteArray path = series > 1 ? "m/x" + QByteArray::number(i % series) : QByteArray("m/x");
        body += R"({"op":"append","path":")" + path + R"(","type":"floatSeries","points":[[)" +
                QByteArray::number(firstStep + i) + ",0.5,null]]}";
    }
    return body + "]}";
}

QByteArray post(const QString &token, const QString &path, const QByteArray &body)
{
    return "POST /api/v1" + path.toUtf8() + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token.toUtf8() +
           "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
           body;
}

} // namespace

void TestServerConcurrency::startServer(const QStringList &args)
{
    m_server = std::make_unique<TestServer>(args);
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    ApiClient api(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(api, QStringLiteral("team/busy"), QStringLiteral("BUSY")), 201);
}

void TestServerConcurrency::cleanup()
{
    if (QTest::currentTestFailed() && m_server)
        qWarning().noquote() << m_server->errors();
    m_server.reset();
}

// A batch of 1,000,000 single-point operations (55 MB) takes seconds to apply; meanwhile health and a run's read
// answer at once.
void TestServerConcurrency::longBatchDelaysNoRead()
{
    startServer({QStringLiteral("--max-body-bytes"), QStringLiteral("100000000")});
    ApiClient api(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createRun(api, QStringLiteral("team/busy")), 201);
    NEREID_EXPECT_STATUS(createRun(api, QStringLiteral("team/busy")), 201);
    const QByteArray batch = post(m_server->token(), QStringLiteral("/runs/BUSY-1/operations"), appendBatch(1'000'000));
    std::atomic<bool> batchDone = false;
    int batchStatus = 0;
    std::thread writer([&] {
        RawConnection client;
        if (client.connectTo(m_server->port()) && client.send(batch))
            batchStatus = client.readResponse(300000).status;
        batchDone = true;
    });
    QList<qint64> waits;
    QElapsedTimer timer;
    RawConnection reader;
    QVERIFY(reader.connectTo(m_server->port()));
    const QByteArray token = m_server->token().toUtf8();
    for (int i = 0; !batchDone; ++i) {
        timer.start();
        const bool health = i % 2 == 0;
        QVERIFY(reader.send(health
                                ? QByteArray("GET /api/v1/health HTTP/1.1\r\n\r\n")
                                : "GET /api/v1/runs/BUSY-2 HTTP/1.1\r\nAuthorization: Bearer " + token + "\r\n\r\n"));
        QCOMPARE(reader.readResponse().status, 200);
        waits.append(timer.elapsed());
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    writer.join();
    QCOMPARE(batchStatus, 200);
    std::sort(waits.begin(), waits.end());
    qInfo() << "reads during the batch:" << waits.size() << "median" << waits.value(waits.size() / 2) << "ms, max"
            << waits.last() << "ms";
    QVERIFY2(waits.size() > 20, "the batch was too quick to overlap with reads");
    // Before the thread pool every read waited for the whole batch (seconds). The 99th percentile is held to the
    // 100 ms of the issue; the maximum gets room for a scheduler hiccup on a loaded 2-core test machine.
    const qint64 p99 = waits.value(waits.size() * 99 / 100);
    QVERIFY2(p99 <= 100, qPrintable(QStringLiteral("99%% of reads within %1 ms").arg(p99)));
    QVERIFY2(waits.last() <= 500, qPrintable(QStringLiteral("a read waited %1 ms").arg(waits.last())));
}

// Eight clients write at once, so their batches share commits; each is acknowledged only when durable, so
// after a kill -9 every acknowledged point is there.
void TestServerConcurrency::groupCommittedWritesSurviveACrash()
{
    startServer();
    ApiClient api(m_server->apiUrl(), m_server->token());
    constexpr int Clients = 8, Batches = 40, Points = 50;
    for (int c = 0; c < Clients; ++c)
        NEREID_EXPECT_STATUS(createRun(api, QStringLiteral("team/busy")), 201);
    std::atomic<int> acknowledged = 0;
    std::vector<std::thread> threads;
    threads.reserve(Clients);
    for (int c = 0; c < Clients; ++c) {
        threads.emplace_back([&, c] {
            RawConnection client;
            if (!client.connectTo(m_server->port()))
                return;
            const QString path = QStringLiteral("/runs/BUSY-%1/operations").arg(c + 1);
            for (int b = 0; b < Batches; ++b) {
                if (!client.send(post(m_server->token(), path, appendBatch(Points, b * Points))) ||
                    client.readResponse(30000).status != 200)
                    return;
                ++acknowledged;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(acknowledged.load(), Clients * Batches);
    m_server->kill();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    api.setBaseUrl(m_server->apiUrl());
    for (int c = 0; c < Clients; ++c) {
        const QJsonObject x =
            runFields(api, QStringLiteral("BUSY-%1").arg(c + 1)).value(QStringLiteral("m/x")).toObject();
        QCOMPARE(x.value(QStringLiteral("count")).toInt(), Batches * Points);
    }
}

// SIGTERM while a long write is being applied: the server finishes it, answers it, and then exits.
void TestServerConcurrency::shutdownAnswersTheWriteInFlight()
{
    startServer({QStringLiteral("--max-body-bytes"), QStringLiteral("100000000")});
    ApiClient api(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createRun(api, QStringLiteral("team/busy")), 201);
    RawConnection client;
    QVERIFY(client.connectTo(m_server->port()));
    // Two series in turn: 200,000 points to one series were applied within the 300 ms once the writer stopped
    // parsing JSON and binding through QVariant.
    QVERIFY(
        client.send(post(m_server->token(), QStringLiteral("/runs/BUSY-1/operations"), appendBatch(200'000, 0, 2))));
    std::this_thread::sleep_for(std::chrono::milliseconds(300)); // the body is in; the batch is being applied
    ::kill(pid_t(m_server->processId()), SIGTERM);
    const RawResponse response = client.readResponse(60000);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("connection"), QByteArray("close"));
    m_server->stop(); // waits for the exit
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    api.setBaseUrl(m_server->apiUrl());
    const QJsonObject fields = runFields(api, QStringLiteral("BUSY-1"));
    for (const QString &path : {QStringLiteral("m/x0"), QStringLiteral("m/x1")})
        QCOMPARE(fields.value(path).toObject().value(QStringLiteral("count")).toInt(), 100'000);
}

// With its descriptors used up the server cannot accept; it must wait for one to free, not retry at full speed.
void TestServerConcurrency::descriptorExhaustionDoesNotSpin()
{
    // UBSan's vptr check probes an object's memory through a pipe; with no descriptor left it reports every virtual
    // call as one on an invalid object (the log line's QTextStream, then Boost's error_category), and its
    // suppressions do not silence that. The normal build runs this test.
    if (UnderAddressSanitizer)
        QSKIP("the sanitizers need free descriptors of their own");
    m_server = std::make_unique<TestServer>();
    m_server->setDescriptorLimit(64);
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    std::vector<std::unique_ptr<RawConnection>> hogs;
    for (int i = 0; i < 100; ++i) {
        hogs.push_back(std::make_unique<RawConnection>());
        QVERIFY(hogs.back()->connectTo(m_server->port()));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const qint64 before = m_server->cpuTicks();
    std::this_thread::sleep_for(std::chrono::seconds(1));
    const qint64 used = m_server->cpuTicks() - before;
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    QVERIFY2(used < ticksPerSecond / 5,
             qPrintable(QStringLiteral("%1 of %2 ticks busy").arg(used).arg(ticksPerSecond)));
    hogs.clear();
    ApiClient api(m_server->apiUrl());
    api.setTimeout(10000);
    NEREID_EXPECT_STATUS(api.get(QStringLiteral("/health")), 200);
}

// An administrator creates tokens (`nereid-server token create`, another process writing the same database) while
// clients write: each write waits for the other writer's moment with the lock. Before the server's writes took the
// write lock as they began, a write that had already read was refused at once: 500 "database is locked".
void TestServerConcurrency::writesWaitForAnotherWriter()
{
    startServer();
    ApiClient api(m_server->apiUrl(), m_server->token());
    constexpr int Clients = 4, Tokens = 10;
    for (int c = 0; c < Clients; ++c)
        NEREID_EXPECT_STATUS(createRun(api, QStringLiteral("team/busy")), 201);
    std::atomic<bool> done = false;
    std::atomic<int> answered = 0;
    std::mutex mutex;
    QByteArray refused; // the first answer other than 200
    std::vector<std::thread> threads;
    threads.reserve(Clients);
    for (int c = 0; c < Clients; ++c) {
        threads.emplace_back([&, c] {
            RawConnection client;
            if (!client.connectTo(m_server->port()))
                return;
            const QString path = QStringLiteral("/runs/BUSY-%1/operations").arg(c + 1);
            for (int i = 0; !done; ++i) {
                const QByteArray body = R"({"operations": [{"op": "assign", "path": "n", "type": "int", "value": )" +
                                        QByteArray::number(i) + "}]}";
                const RawResponse response =
                    client.send(post(m_server->token(), path, body)) ? client.readResponse(30000) : RawResponse();
                if (response.status != 200) {
                    std::lock_guard lock(mutex);
                    if (refused.isEmpty())
                        refused = QByteArray::number(response.status) + ' ' + response.body;
                    return;
                }
                ++answered;
                // A client logs at its pace; one that never paused would keep the one writer, and with it the
                // lock, busy without a break, and the token command could wait past its busy timeout.
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        });
    }
    int created = 0;
    for (int t = 0; t < Tokens; ++t)
        created += m_server->createToken(QStringLiteral("admin%1").arg(t)).isEmpty() ? 0 : 1;
    done = true;
    for (std::thread &thread : threads)
        thread.join();
    QVERIFY2(created == Tokens, qPrintable(m_server->errors()));
    QVERIFY2(refused.isEmpty(), refused.constData());
    QVERIFY2(answered > Clients, "the writes were too few to meet the token command's");
}

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "test_server_concurrency.moc"
