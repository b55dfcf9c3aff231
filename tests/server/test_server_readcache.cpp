#include "apiclient.h"
#include "helpers.h"
#include "rawconnection.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QtTest>

using namespace nereid::test;

// The server's reading threads keep tokens, roles and runs between requests (ReadCache) while the database is
// unchanged. Every test first has each of several kept-alive connections (spread over the server's threads)
// read the same things many times, then changes them, through the API or with the administration commands of
// another process, and expects every connection to see the change with its next request.
class TestServerReadCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readAfterWriteSeesTheWrite();
    void revokedTokenIsRefusedOnEveryConnection();
    void removedMemberLosesTheRunAtOnce();
    void runJsonIsTheSameFromMemory();

private:
    QByteArray get(const QString &path, const QString &token) const;
    // `rounds` GETs of `path` on each connection; the statuses seen, in order.
    QList<int> readOnEach(const QString &path, const QString &token, int rounds = 20);

    std::unique_ptr<TestServer> m_server;
    std::vector<std::unique_ptr<RawConnection>> m_connections;
    QString m_run;
};

void TestServerReadCache::init()
{
    m_server = std::make_unique<TestServer>(QStringList{QStringLiteral("--threads"), QStringLiteral("3")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    ApiClient api(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(api, QStringLiteral("team/cache"), QStringLiteral("RC")), 201);
    m_run = createRun(api, QStringLiteral("team/cache"))[QStringLiteral("id")].toString();
    m_connections.clear();
    for (int c = 0; c < 6; ++c) {
        m_connections.push_back(std::make_unique<RawConnection>());
        QVERIFY(m_connections.back()->connectTo(m_server->port()));
    }
}

void TestServerReadCache::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_connections.clear();
    m_server.reset();
}

QByteArray TestServerReadCache::get(const QString &path, const QString &token) const
{
    return "GET /api/v1" + path.toUtf8() + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token.toUtf8() +
           "\r\n\r\n";
}

QList<int> TestServerReadCache::readOnEach(const QString &path, const QString &token, int rounds)
{
    QList<int> statuses;
    for (int round = 0; round < rounds; ++round) {
        for (const auto &connection : m_connections) {
            if (!connection->send(get(path, token)))
                return statuses << -1;
            statuses.append(connection->readResponse().status);
        }
    }
    return statuses;
}

void TestServerReadCache::readAfterWriteSeesTheWrite()
{
    ApiClient api(m_server->apiUrl(), m_server->token());
    const QString path = QStringLiteral("/runs/") + m_run;
    for (int i = 0; i < 40; ++i) {
        // A field (the run's fields text) and a sys column (the run's row), each read back on every connection.
        NEREID_EXPECT_STATUS(
            applyOperations(api, m_run, {assignOp(QStringLiteral("params/round"), QStringLiteral("int"), i)}), 200);
        const qint64 revision = api.get(path)[QStringLiteral("revision")].toInteger();
        NEREID_EXPECT_STATUS(
            api.patch(path + QStringLiteral("/sys"), {{QStringLiteral("revision"), revision},
                                                      {QStringLiteral("name"), QStringLiteral("round %1").arg(i)}}),
            200);
        for (const auto &connection : m_connections) {
            QVERIFY(connection->send(get(path, m_server->token())));
            const RawResponse response = connection->readResponse();
            QCOMPARE(response.status, 200);
            const QJsonObject run = QJsonDocument::fromJson(response.body).object();
            QCOMPARE(run[QStringLiteral("sys")][QStringLiteral("name")].toString(), QStringLiteral("round %1").arg(i));
            QCOMPARE(run[QStringLiteral("fields")][QStringLiteral("params/round")][QStringLiteral("value")].toInt(), i);
        }
    }
}

void TestServerReadCache::revokedTokenIsRefusedOnEveryConnection()
{
    const QString token = m_server->createToken(QStringLiteral("carol"));
    QVERIFY(m_server->addMember(QStringLiteral("team"), QStringLiteral("carol"), QStringLiteral("viewer")));
    const QString path = QStringLiteral("/runs/") + m_run;
    QCOMPARE(readOnEach(path, token), QList<int>(20 * m_connections.size(), 200));

    // Revoked by another process: the server's connections never wrote, yet none may take the token again.
    QVERIFY2(m_server->revokeToken(token), qPrintable(m_server->errors()));
    QCOMPARE(readOnEach(path, token, 2), QList<int>(2 * m_connections.size(), 401));
}

void TestServerReadCache::removedMemberLosesTheRunAtOnce()
{
    const QString token = m_server->createToken(QStringLiteral("dave"));
    QVERIFY(m_server->addMember(QStringLiteral("team"), QStringLiteral("dave"), QStringLiteral("viewer")));
    const QString path = QStringLiteral("/runs/") + m_run;
    QCOMPARE(readOnEach(path, token), QList<int>(20 * m_connections.size(), 200));

    const TestServer::CliResult removed = m_server->cli(
        {QStringLiteral("member"), QStringLiteral("remove"), QStringLiteral("team"), QStringLiteral("dave")});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(readOnEach(path, token, 2), QList<int>(2 * m_connections.size(), 404));
}

void TestServerReadCache::runJsonIsTheSameFromMemory()
{
    // Fields of every type, strings that need escaping: the first read builds the text, later ones reuse it.
    ApiClient api(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(applyOperations(api, m_run,
                                         {assignOp(QStringLiteral("params/text"), QStringLiteral("string"),
                                                   QStringLiteral("tab\there \"quoted\" \\ ünï ✓")),
                                          assignOp(QStringLiteral("params/lr"), QStringLiteral("float"), 0.001),
                                          assignOp(QStringLiteral("params/ok"), QStringLiteral("bool"), true)}),
                         200);
    const QJsonObject viaClient = api.get(QStringLiteral("/runs/") + m_run).object();
    QCOMPARE(viaClient[QStringLiteral("fields")][QStringLiteral("params/text")][QStringLiteral("value")].toString(),
             QStringLiteral("tab\there \"quoted\" \\ ünï ✓"));
    for (int round = 0; round < 5; ++round) {
        for (const auto &connection : m_connections) {
            QVERIFY(connection->send(get(QStringLiteral("/runs/") + m_run, m_server->token())));
            const RawResponse response = connection->readResponse();
            QCOMPARE(response.status, 200);
            const QJsonObject run = QJsonDocument::fromJson(response.body).object();
            // Only time moves: running_time and the like do not change without a write, so the objects are equal.
            QCOMPARE(run, viaClient);
        }
    }
}

QTEST_GUILESS_MAIN(TestServerReadCache)
#include "test_server_readcache.moc"
