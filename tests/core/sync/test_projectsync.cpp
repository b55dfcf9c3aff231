#include "apiclient.h"
#include "cache/cache.h"
#include "helpers.h"
#include "misbehavingserver.h"
#include "sync/apiconnection.h"
#include "sync/projectsync.h"
#include "testserver.h"

#include <QTcpServer>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Project = QStringLiteral("team/p");

// A loopback port nothing listens on (for a moment: long enough for a test).
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

Q_DECLARE_METATYPE(MisbehavingServer::Mode)
Q_DECLARE_METATYPE(SyncError::Kind)

// Keeping a project in sync when the server misbehaves: each failure is a status with a sentence, retried
// with back-off when it may pass, and the cache is never touched by a bad answer.
class TestProjectSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void retriesWhileServerIsDownThenSyncs();
    void badAnswersAreRetriedAndChangeNothing_data();
    void badAnswersAreRetriedAndChangeNothing();
    void revokedTokenStopsWithMessage();
    void pollingFollowsNewWrites();

private:
    std::unique_ptr<ProjectSync> newSync(const QUrl &server, const QString &token);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<ApiConnection> m_connection;
};

void TestProjectSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<Cache>();
    QVERIFY(m_cache->open(m_dir->filePath(QStringLiteral("cache.sqlite"))));
}

void TestProjectSync::cleanup()
{
    m_connection.reset();
    m_cache.reset();
}

std::unique_ptr<ProjectSync> TestProjectSync::newSync(const QUrl &server, const QString &token)
{
    m_connection = std::make_unique<ApiConnection>(ServerProfile{server, {}, token});
    m_connection->setTimeout(500);
    auto sync = std::make_unique<ProjectSync>(*m_connection, *m_cache, Project);
    sync->setBackoff(Backoff(50, 400));
    sync->setPollInterval(0);
    return sync;
}

void TestProjectSync::retriesWhileServerIsDownThenSyncs()
{
    // A server on a fixed port, with a project and a run, then stopped: the app starts while it is down.
    TestServer server({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freePort())});
    QVERIFY2(server.start(), qPrintable(server.errors()));
    ApiClient api(server.apiUrl(), server.token());
    NEREID_EXPECT_STATUS(createProject(api, Project, QStringLiteral("CLS")), 201);
    NEREID_EXPECT_STATUS(createRun(api, Project), 201);
    server.stop();

    auto sync = newSync(server.baseUrl(), server.token());
    QSignalSpy statuses(sync.get(), &ProjectSync::statusChanged);
    sync->start();
    QTRY_COMPARE(sync->status().state, SyncStatus::State::Retrying);
    QCOMPARE(sync->status().error, SyncError::Kind::Unreachable);
    QVERIFY2(sync->status().message.contains(QStringLiteral("refused the connection")),
             qPrintable(sync->status().message));
    QVERIFY2(sync->status().message.contains(QStringLiteral("Trying again")), qPrintable(sync->status().message));
    QTRY_VERIFY(statuses.size() >= 4); // it keeps trying, further apart each time
    QCOMPARE(m_cache->runs(Project).size(), 0);

    // The server comes back on its port; a later retry finds it.
    QVERIFY2(server.start(), qPrintable(server.errors()));
    QTRY_COMPARE(sync->status().state, SyncStatus::State::UpToDate);
    QCOMPARE(m_cache->runs(Project).size(), 1);
}

void TestProjectSync::badAnswersAreRetriedAndChangeNothing_data()
{
    QTest::addColumn<MisbehavingServer::Mode>("mode");
    QTest::addColumn<int>("status");
    QTest::addColumn<SyncError::Kind>("kind");
    QTest::addColumn<QString>("says");
    using M = MisbehavingServer::Mode;
    using K = SyncError::Kind;
    QTest::newRow("no answer") << M::Silent << 0 << K::Timeout << QStringLiteral("did not answer in time");
    QTest::newRow("garbage") << M::Garbage << 0 << K::BadAnswer << QStringLiteral("could not be read");
    QTest::newRow("truncated") << M::Truncated << 0 << K::Unreachable << QStringLiteral("closed the connection");
    QTest::newRow("503") << M::Status << 503 << K::ServerError << QStringLiteral("HTTP 503");
    QTest::newRow("500 with message") << M::Status << 500 << K::ServerError << QStringLiteral("disk on fire");
    QTest::newRow("200 without runs") << M::Status << 200 << K::BadAnswer << QStringLiteral("lack a cursor");
}

void TestProjectSync::badAnswersAreRetriedAndChangeNothing()
{
    QFETCH(MisbehavingServer::Mode, mode);
    QFETCH(int, status);
    QFETCH(SyncError::Kind, kind);
    QFETCH(QString, says);
    MisbehavingServer server(mode);
    server.setAnswer(status, status == 200 ? QByteArray(R"({"project": "team/p"})")
                                           : QByteArray(R"({"error": "internal", "message": "disk on fire"})"));
    QVERIFY(server.start());
    auto sync = newSync(server.url(), QStringLiteral("token"));
    sync->start();
    QTRY_COMPARE(sync->status().state, SyncStatus::State::Retrying);
    QCOMPARE(sync->status().error, kind);
    QVERIFY2(sync->status().message.contains(says), qPrintable(sync->status().message));
    QTRY_VERIFY(server.requests() >= 2); // retried
    QCOMPARE(m_cache->runs(Project).size(), 0);
    QCOMPARE(m_cache->syncState(Project).cursor, 0);
}

void TestProjectSync::revokedTokenStopsWithMessage()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errors()));
    ApiClient api(server.apiUrl(), server.token());
    NEREID_EXPECT_STATUS(createProject(api, Project, QStringLiteral("CLS")), 201);
    QVERIFY(server.addMember(QStringLiteral("team"), QStringLiteral("bob"), QStringLiteral("viewer")));
    const QString token = server.createToken(QStringLiteral("bob"));
    QVERIFY(!token.isEmpty());
    auto sync = newSync(server.baseUrl(), token);
    sync->setBackoff(Backoff(0, 0)); // a retry, were there one, is due at once
    sync->start();
    QTRY_COMPARE(sync->status().state, SyncStatus::State::UpToDate);
    QVERIFY(server.revokeToken(token));
    QSignalSpy statuses(sync.get(), &ProjectSync::statusChanged);
    sync->syncNow();
    QTRY_COMPARE(sync->status().state, SyncStatus::State::Failed);
    QCOMPARE(sync->status().error, SyncError::Kind::Unauthorized);
    QVERIFY2(sync->status().message.contains(QStringLiteral("token")), qPrintable(sync->status().message));
    // No retry: a revoked token stays revoked. A retry's timer of 0 ms started before a timer of 0 ms started now,
    // so it has fired (and sent its request) once this one has.
    const int requests = m_connection->requestCount();
    bool timerFired = false;
    QTimer::singleShot(0, this, [&timerFired] { timerFired = true; });
    QTRY_VERIFY(timerFired);
    QCOMPARE(m_connection->requestCount(), requests);
    QCOMPARE(statuses.size(), 1);
}

void TestProjectSync::pollingFollowsNewWrites()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errors()));
    ApiClient api(server.apiUrl(), server.token());
    NEREID_EXPECT_STATUS(createProject(api, Project, QStringLiteral("CLS")), 201);
    NEREID_EXPECT_STATUS(createRun(api, Project), 201);
    auto sync = newSync(server.baseUrl(), server.token());
    sync->setPollInterval(100);
    sync->start();
    QTRY_COMPARE(m_cache->runs(Project).size(), 1);
    NEREID_EXPECT_STATUS(applyOperations(api, QStringLiteral("CLS-1"),
                                         {appendOp(QStringLiteral("train/loss"), QStringLiteral("floatSeries"),
                                                   {point(0, 0.5), point(1, 0.25)})}),
                         200);
    QTRY_VERIFY(m_cache->run(QStringLiteral("CLS-1"))->fields.size() == 1);
    QCOMPARE(m_cache->run(QStringLiteral("CLS-1"))->fields[0].count, 2);
    QCOMPARE(sync->status().state, SyncStatus::State::UpToDate);
}

QTEST_GUILESS_MAIN(TestProjectSync)
#include "test_projectsync.moc"
