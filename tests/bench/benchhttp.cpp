// nereid-server's HTTP layer under load (issue 15), against a real server on loopback, clients on raw
// keep-alive connections (tests/support/rawconnection.h), one thread each:
//   ingest         4 clients posting batches of 1,000 points (MLflow's largest batch) and of 10,000 points;
//                  prints points/s
//   smallGets      32 keep-alive connections driven from one thread, asking for /health, a run's JSON or both;
//                  prints requests/s
//   listingReuse   a ~45 KB run listing on a kept-alive connection; baseline: the same on a new connection each
// Run with `-median 5` for medians.
#include "apiclient.h"
#include "helpers.h"
#include "rawconnection.h"
#include "testserver.h"

#include <atomic>
#include <cmath>
#include <poll.h>
#include <QElapsedTimer>
#include <QTest>
#include <sys/socket.h>
#include <thread>

using namespace nereid::test;

namespace {

constexpr int Clients = 4;

// `series` series of `steps` points each, from `firstStep` on: the shape the Python client sends.
QByteArray batchBody(int firstStep, int series, int steps)
{
    QByteArray body = R"({"operations":[)";
    for (int s = 0; s < series; ++s) {
        body += (s ? ",{" : "{") + QByteArray(R"("op":"append","path":"metrics/m)") + QByteArray::number(s) +
                R"(","type":"floatSeries","points":[)";
        for (int i = 0; i < steps; ++i) {
            const int step = firstStep + i;
            body += (i ? ",[" : "[") + QByteArray::number(step) + ',' +
                    QByteArray::number(std::sin(step * 0.01 + s) + s, 'g', 17) + ',' +
                    QByteArray::number(1763805600.0 + step * 0.5, 'f', 1) + ']';
        }
        body += "]}";
    }
    return body + "]}";
}

QByteArray request(const char *method, const QString &path, const QString &token, const QByteArray &body = {})
{
    QByteArray text = QByteArray(method) + " /api/v1" + path.toUtf8() + " HTTP/1.1\r\nHost: localhost\r\n";
    if (!token.isEmpty())
        text += "Authorization: Bearer " + token.toUtf8() + "\r\n";
    if (!body.isEmpty())
        text += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return text + "\r\n" + body;
}

// Keeps `connections` keep-alive connections busy from one thread (a thread each would measure the client's
// context switches more than the server): each sends its next request as soon as its answer is whole.
// Returns the number of 200 answers.
int driveConnections(quint16 port, int connections, int perConnection, const QList<QByteArray> &requests)
{
    std::vector<std::unique_ptr<RawConnection>> clients;
    std::vector<int> sent(connections, 0), done(connections, 0);
    std::vector<QByteArray> pending(connections);
    std::vector<pollfd> fds;
    for (int c = 0; c < connections; ++c) {
        clients.push_back(std::make_unique<RawConnection>());
        if (!clients.back()->connectTo(port) || !clients.back()->send(requests[c % requests.size()]))
            return 0;
        sent[c] = 1;
        fds.push_back({clients.back()->descriptor(), POLLIN, 0});
    }
    int ok = 0, finished = 0;
    char buffer[65536];
    while (finished < connections) {
        if (::poll(fds.data(), fds.size(), 10000) <= 0)
            return ok;
        for (int c = 0; c < connections; ++c) {
            if (!(fds[c].revents & POLLIN))
                continue;
            const ssize_t n = ::recv(fds[c].fd, buffer, sizeof buffer, 0);
            if (n <= 0)
                return ok;
            pending[c].append(buffer, n);
            // Answers are small and one at a time per connection: whole once the body length is in.
            const qsizetype end = pending[c].indexOf("\r\n\r\n");
            const qsizetype at = pending[c].indexOf("Content-Length: ");
            if (end < 0 || at < 0)
                continue;
            const qsizetype length = pending[c].mid(at + 16, pending[c].indexOf('\r', at) - at - 16).toLongLong();
            if (pending[c].size() < end + 4 + length)
                continue;
            ok += pending[c].startsWith("HTTP/1.1 200") ? 1 : 0;
            pending[c].remove(0, end + 4 + length);
            if (++done[c] == perConnection) {
                ++finished;
                fds[c].events = 0;
            } else {
                clients[c]->send(requests[(c + sent[c]++) % requests.size()]);
            }
        }
    }
    return ok;
}

} // namespace

class BenchHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ingest_data();
    void ingest();
    void smallGets_data();
    void smallGets();
    void listingReuse_data();
    void listingReuse();

private:
    TestServer m_server;
    QString m_token;
    int m_nextStep = 0;
    int m_round = 0;
};

void BenchHttp::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errors()));
    m_token = m_server.token();
    ApiClient api(m_server.apiUrl(), m_token);
    QCOMPARE(createProject(api, QStringLiteral("bench/http"), QStringLiteral("HTTP")).status, 201);
    // Runs with a few fields each: a listing of 5 is about 45 KB.
    for (int r = 0; r < 40; ++r) {
        QCOMPARE(createRun(api, QStringLiteral("bench/http")).status, 201);
        QJsonArray operations;
        for (int f = 0; f < 12; ++f)
            operations.append(assignOp(QStringLiteral("params/p%1").arg(f), QStringLiteral("string"),
                                       QStringLiteral("value %1 of a parameter").arg(f)));
        QCOMPARE(applyOperations(api, QStringLiteral("HTTP-%1").arg(r + 1), operations).status, 200);
    }
}

void BenchHttp::ingest_data()
{
    QTest::addColumn<int>("series");
    QTest::newRow("1,000-point batches") << 10;
    QTest::newRow("10,000-point batches") << 100;
}

void BenchHttp::ingest()
{
    QFETCH(int, series);
    constexpr int Steps = 100, Batches = 40; // each client's share of a round
    ApiClient api(m_server.apiUrl(), m_token);
    QStringList runs;
    for (int c = 0; c < Clients; ++c)
        runs.append(createRun(api, QStringLiteral("bench/http"))[QStringLiteral("id")].toString());
    QBENCHMARK
    {
        std::vector<QList<QByteArray>> bodies(Clients);
        for (int b = 0; b < Batches; ++b, m_nextStep += Steps) {
            for (int c = 0; c < Clients; ++c)
                bodies[c].append(request("POST", QStringLiteral("/runs/%1/operations").arg(runs[c]), m_token,
                                         batchBody(m_nextStep, series, Steps)));
        }
        std::atomic<int> failures = 0;
        QElapsedTimer timer;
        timer.start();
        std::vector<std::thread> threads;
        threads.reserve(Clients);
        for (int c = 0; c < Clients; ++c) {
            threads.emplace_back([&, c] {
                RawConnection client;
                bool ok = client.connectTo(m_server.port());
                for (const QByteArray &body : bodies[c])
                    ok = ok && client.send(body) && client.readResponse(60000).status == 200;
                failures += ok ? 0 : 1;
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
        const double points = double(Clients) * Batches * series * Steps;
        qInfo("ingest: %.0f points/s (%d clients, %d-point batches)", points / (timer.nsecsElapsed() / 1e9), Clients,
              series * Steps);
    }
}

void BenchHttp::smallGets_data()
{
    QTest::addColumn<bool>("health");
    QTest::addColumn<bool>("run");
    QTest::newRow("health") << true << false;
    QTest::newRow("a run's JSON") << false << true;
    QTest::newRow("both, alternating") << true << true;
}

void BenchHttp::smallGets()
{
    QFETCH(bool, health);
    QFETCH(bool, run);
    constexpr int Connections = 32, PerConnection = 1000;
    QList<QByteArray> requests;
    if (health)
        requests.append(request("GET", QStringLiteral("/health"), {}));
    if (run)
        requests.append(request("GET", QStringLiteral("/runs/HTTP-1"), m_token));
    QBENCHMARK
    {
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(driveConnections(m_server.port(), Connections, PerConnection, requests), Connections * PerConnection);
        qInfo("small GETs: %.0f requests/s over %d keep-alive connections",
              Connections * PerConnection / (timer.nsecsElapsed() / 1e9), Connections);
    }
}

void BenchHttp::listingReuse_data()
{
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("kept-alive connection") << true;
    QTest::newRow("baseline: new connection") << false;
}

void BenchHttp::listingReuse()
{
    QFETCH(bool, keepAlive);
    const QByteArray listing = request("GET", QStringLiteral("/projects/bench/http/runs?limit=5"), m_token);
    RawConnection kept;
    QVERIFY(kept.connectTo(m_server.port()));
    QVERIFY(kept.send(listing));
    const RawResponse first = kept.readResponse();
    QCOMPARE(first.status, 200);
    if (m_round++ == 0)
        qInfo("listing: %lld bytes", qint64(first.body.size()));
    QBENCHMARK
    {
        for (int i = 0; i < 20; ++i) {
            RawConnection fresh;
            RawConnection &client = keepAlive ? kept : fresh;
            if (!keepAlive)
                QVERIFY(fresh.connectTo(m_server.port()));
            QVERIFY(client.send(listing));
            QCOMPARE(client.readResponse().status, 200);
        }
    }
}

QTEST_GUILESS_MAIN(BenchHttp)
#include "benchhttp.moc"
