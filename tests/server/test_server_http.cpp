#include "apiclient.h"
#include "helpers.h"
#include "rawconnection.h"
#include "sanitizerbuild.h"
#include "testserver.h"

#include <atomic>
#include <cerrno>
#include <QElapsedTimer>
#include <QtTest>
#include <thread>

using namespace nereid::test;

// The HTTP layer as a hostile or careless client meets it: framing, limits judged before the body, timeouts,
// half-closes, many clients at once. Raw sockets, since an HTTP library would not send what these send.
class TestServerHttp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hugeBodyWithoutTokenIsRefusedAtOnce();
    void bodyOverTheLimitIsRefusedBeforeItIsSent();
    void chunkedBodyOverTheLimitIsRefused();
    void ambiguousFramingIsRefused_data();
    void ambiguousFramingIsRefused();
    void everyRefusalIsJson_data();
    void everyRefusalIsJson();
    void halfClosedClientGetsItsAnswer();
    void pipelinedRequestsAreAnsweredInOrder();
    void expectContinueIsAnswered();
    void concurrentPostsInSplitSegmentsAreNeverReset();
    void stalledConnectionsAreTimedOut();
    void stalledBodyIsTimedOut();
    void uploadStreamKeepsMemoryFlat();

private:
    QByteArray postHead(const QString &path, qint64 length, bool withToken = true) const;
    std::unique_ptr<TestServer> m_server;
};

void TestServerHttp::init()
{
    m_server = std::make_unique<TestServer>(QStringList{QStringLiteral("--max-body-bytes"), QStringLiteral("1000000"),
                                                        QStringLiteral("--request-timeout"), QStringLiteral("1")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    ApiClient api(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(api, QStringLiteral("team/http")), 201);
}

void TestServerHttp::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_server.reset();
}

QByteArray TestServerHttp::postHead(const QString &path, qint64 length, bool withToken) const
{
    QByteArray head = "POST /api/v1" + path.toUtf8() + " HTTP/1.1\r\nHost: localhost\r\n";
    if (withToken)
        head += "Authorization: Bearer " + m_server->token().toUtf8() + "\r\n";
    if (length >= 0)
        head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(length) + "\r\n";
    return head;
}

void TestServerHttp::hugeBodyWithoutTokenIsRefusedAtOnce()
{
    RawConnection client;
    QVERIFY(client.connectTo(m_server->port()));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.send(postHead(QStringLiteral("/projects/team/http/runs"), 1'000'000'000'000, false) + "\r\n"));
    QVERIFY(client.send(QByteArray(qsizetype(64) * 1024, '{')));
    const RawResponse response = client.readResponse(3000);
    QCOMPARE(response.status, 401);
    QCOMPARE(response.errorCode(), QByteArray("unauthorized"));
    QCOMPARE(response.header("connection"), QByteArray("close"));
    QVERIFY2(timer.elapsed() < 2000, "the refusal waited for the body");
}

void TestServerHttp::bodyOverTheLimitIsRefusedBeforeItIsSent()
{
    RawConnection client;
    QVERIFY(client.connectTo(m_server->port()));
    // With Expect: 100-continue the client waits for a go-ahead: a refusal must come instead.
    QVERIFY(
        client.send(postHead(QStringLiteral("/projects/team/http/runs"), 1'000'001) + "Expect: 100-continue\r\n\r\n"));
    const RawResponse response = client.readResponse(3000);
    QCOMPARE(response.status, 413);
    QCOMPARE(response.errorCode(), QByteArray("body_too_large"));
    QVERIFY(client.waitForClose(3000));
}

void TestServerHttp::chunkedBodyOverTheLimitIsRefused()
{
    RawConnection client;
    QVERIFY(client.connectTo(m_server->port()));
    QByteArray head = postHead(QStringLiteral("/projects/team/http/runs"), -1) + "Transfer-Encoding: chunked\r\n\r\n";
    QVERIFY(client.send(head));
    const QByteArray chunk =
        QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(qsizetype(64) * 1024, ' ') + "\r\n";
    for (int i = 0; i < 17 && client.send(chunk); ++i) {
    }
    const RawResponse response = client.readResponse(3000);
    QCOMPARE(response.status, 413);
    QCOMPARE(response.errorCode(), QByteArray("body_too_large"));
}

void TestServerHttp::ambiguousFramingIsRefused_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::newRow("two lengths") << QByteArray("Content-Length: 2\r\nContent-Length: 20\r\n");
    QTest::newRow("signed length") << QByteArray("Content-Length: +2\r\n");
    QTest::newRow("length list") << QByteArray("Content-Length: 2, 3\r\n");
    QTest::newRow("length and chunked") << QByteArray("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n");
    QTest::newRow("chunked and length") << QByteArray("Transfer-Encoding: chunked\r\nContent-Length: 2\r\n");
    QTest::newRow("unknown coding") << QByteArray("Transfer-Encoding: gzip\r\n");
}

void TestServerHttp::ambiguousFramingIsRefused()
{
    QFETCH(QByteArray, headers);
    RawConnection client;
    QVERIFY(client.connectTo(m_server->port()));
    QVERIFY(client.send(postHead(QStringLiteral("/projects/team/http/runs"), -1) + headers + "\r\n{}"));
    const RawResponse response = client.readResponse(3000);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.errorCode(), QByteArray("bad_request"));
    QVERIFY(client.waitForClose(3000));
    ApiClient api(m_server->apiUrl(), m_server->token());
    QCOMPARE(api.get(QStringLiteral("/projects/team/http/runs"))[QStringLiteral("total")].toInt(), 0);
}

void TestServerHttp::everyRefusalIsJson_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("no route") << QByteArray("GET /nowhere HTTP/1.1\r\n\r\n") << 401 << QByteArray("unauthorized");
    QTest::newRow("header too large") << QByteArray("GET /api/v1/health HTTP/1.1\r\nX-Big: " + QByteArray(20000, 'x') +
                                                    "\r\n\r\n")
                                      << 431 << QByteArray("header_too_large");
    QTest::newRow("not HTTP") << QByteArray("HELLO\r\n\r\n") << 400 << QByteArray("bad_request");
    QTest::newRow("health by POST") << QByteArray("POST /api/v1/health HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << 405
                                    << QByteArray("method_not_allowed");
}

void TestServerHttp::everyRefusalIsJson()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    RawConnection client;
    QVERIFY(client.connectTo(m_server->port()));
    QVERIFY(client.send(request));
    const RawResponse response = client.readResponse(3000);
    QCOMPARE(response.status, status);
    QCOMPARE(response.header("content-type"), QByteArray("application/json"));
    QCOMPARE(response.errorCode(), code);
}

void TestServerHttp::halfClosedClientGetsItsAnswer()
{
    const QByteArray body = R"({"name": "half-closed"})";
    RawConnection client;
    QVERIFY(client.connectTo(m_server->port()));
    QVERIFY(client.send(postHead(QStringLiteral("/projects/team/http/runs"), body.size()) + "\r\n" + body));
    client.shutdownWrite();
    const RawResponse response = client.readResponse(3000);
    QCOMPARE(response.status, 201);
    QVERIFY(response.body.contains("half-closed"));
}

void TestServerHttp::pipelinedRequestsAreAnsweredInOrder()
{
    const QByteArray token = "Authorization: Bearer " + m_server->token().toUtf8() + "\r\n";
    RawConnection client;
    QVERIFY(client.connectTo(m_server->port()));
    QVERIFY(client.send("GET /api/v1/health HTTP/1.1\r\n\r\nGET /api/v1/whoami HTTP/1.1\r\n" + token +
                        "\r\nGET /api/v1/projects/team/nothing HTTP/1.1\r\n" + token + "\r\n"));
    QCOMPARE(client.readResponse().status, 200);
    const RawResponse whoami = client.readResponse();
    QCOMPARE(whoami.status, 200);
    QVERIFY(whoami.body.contains("\"user\""));
    QCOMPARE(client.readResponse().status, 404);
}

void TestServerHttp::expectContinueIsAnswered()
{
    const QByteArray body = R"({"name": "continued"})";
    RawConnection client;
    QVERIFY(client.connectTo(m_server->port()));
    QVERIFY(client.send(postHead(QStringLiteral("/projects/team/http/runs"), body.size()) +
                        "Expect: 100-continue\r\n\r\n"));
    QCOMPARE(client.readResponse(3000).status, 100);
    QVERIFY(client.send(body));
    QCOMPARE(client.readResponse(3000).status, 201);
}

// 400 clients each send their header, then their body in a segment of its own a moment later. None may see
// a reset, and every run must be there.
void TestServerHttp::concurrentPostsInSplitSegmentsAreNeverReset()
{
    constexpr int Clients = 400;
    std::atomic<int> created = 0, resets = 0, other = 0;
    std::vector<std::thread> threads;
    threads.reserve(Clients);
    for (int i = 0; i < Clients; ++i) {
        threads.emplace_back([&, i] {
            const QByteArray body = R"({"name": "split )" + QByteArray::number(i) + "\"}";
            RawConnection client;
            if (!client.connectTo(m_server->port(), 20000)) {
                ++(client.lastError() == ECONNRESET ? resets : other);
                return;
            }
            const bool sent = client.send(postHead(QStringLiteral("/projects/team/http/runs"), body.size()) + "\r\n");
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            const RawResponse response = sent && client.send(body) ? client.readResponse(20000) : RawResponse{};
            if (response.status == 201)
                ++created;
            else
                ++(client.lastError() == ECONNRESET ? resets : other);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(resets.load(), 0);
    QCOMPARE(other.load(), 0);
    QCOMPARE(created.load(), Clients);
    ApiClient api(m_server->apiUrl(), m_server->token());
    QCOMPARE(api.get(QStringLiteral("/projects/team/http/runs?limit=1"))[QStringLiteral("total")].toInt(), Clients);
}

// Slowloris: 200 connections that send half a header and stop. The server drops them after its request
// timeout (1 s here) and answers everyone else meanwhile.
void TestServerHttp::stalledConnectionsAreTimedOut()
{
    std::vector<std::unique_ptr<RawConnection>> stalled;
    for (int i = 0; i < 200; ++i) {
        stalled.push_back(std::make_unique<RawConnection>());
        QVERIFY(stalled.back()->connectTo(m_server->port()));
        QVERIFY(stalled.back()->send("GET /api/v1/health HTTP/1.1\r\nX-Slow: "));
    }
    ApiClient api(m_server->apiUrl());
    NEREID_EXPECT_STATUS(api.get(QStringLiteral("/health")), 200);
    int closed = 0;
    for (const auto &connection : stalled)
        closed += connection->waitForClose(5000) ? 1 : 0;
    QCOMPARE(closed, 200);
    NEREID_EXPECT_STATUS(api.get(QStringLiteral("/health")), 200);
}

void TestServerHttp::stalledBodyIsTimedOut()
{
    RawConnection client;
    QVERIFY(client.connectTo(m_server->port()));
    QVERIFY(client.send(postHead(QStringLiteral("/projects/team/http/runs"), 100) + "\r\n{\"name\""));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.waitForClose(5000));
    QVERIFY2(timer.elapsed() >= 900, "closed before the request timeout");
    ApiClient api(m_server->apiUrl(), m_server->token());
    QCOMPARE(api.get(QStringLiteral("/projects/team/http/runs"))[QStringLiteral("total")].toInt(), 0);
}

// A client streams up to 1 GB at a server that refused it from its header: the server's memory stays flat.
void TestServerHttp::uploadStreamKeepsMemoryFlat()
{
    const qint64 idleKiB = m_server->residentKiB();
    QVERIFY(idleKiB > 0);
    for (const bool withToken : {false, true}) {
        RawConnection client;
        QVERIFY(client.connectTo(m_server->port()));
        const qint64 length = 1024LL * 1024 * 1024;
        QVERIFY(client.send(postHead(QStringLiteral("/projects/team/http/runs"), length, withToken) + "\r\n"));
        const QByteArray block(qsizetype(1024) * 1024, ' ');
        qint64 peakKiB = idleKiB;
        for (int i = 0; i < 1024 && client.send(block); ++i)
            peakKiB = std::max(peakKiB, m_server->residentKiB());
        const RawResponse response = client.readResponse(3000);
        QCOMPARE(response.status, withToken ? 413 : 401);
        if (UnderAddressSanitizer) { // it keeps freed memory (quarantine): RSS grows with every read's handler
            qInfo("under AddressSanitizer, RSS grew from %lld KiB to %lld KiB", idleKiB, peakKiB);
            continue;
        }
        QVERIFY2(peakKiB - idleKiB < qint64(50) * 1024,
                 qPrintable(QStringLiteral("RSS grew from %1 KiB to %2 KiB").arg(idleKiB).arg(peakKiB)));
    }
}

QTEST_GUILESS_MAIN(TestServerHttp)
#include "test_server_http.moc"
