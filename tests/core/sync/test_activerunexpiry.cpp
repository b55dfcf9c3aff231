#include "apiclient.h"
#include "cache/cache.h"
#include "helpers.h"
#include "sync/apiconnection.h"
#include "sync/localclock.h"
#include "sync/projectsync.h"
#include "testserver.h"

#include <QtTest>

using namespace nereid;
using namespace nereid::test;

namespace {
const QString Project = QStringLiteral("team/live");
}

// A run that stops pinging turns inactive on the server without a change in the feed: the cache must age it
// by itself, by the server's clock and active window, and say so as it would for a change. Time passes by moving
// the server's clock (--test-clock) and the app's (LocalClock) together, by more than the real time the test takes.
class TestActiveRunExpiry : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void runThatStopsPingingTurnsInactive();
    void runThatKeepsPingingStaysActive();

private:
    QString state(const QString &runId) { return m_cache->run(runId).value_or(RunRecord()).state; }
    // Both clocks `ms` forward, the server's first: the app then checks its runs at once.
    bool advanceClocks(qint64 ms)
    {
        if (!m_server->advanceClock(ms))
            return false;
        m_clock->advance(ms);
        return true;
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<ApiConnection> m_connection;
    std::unique_ptr<ProjectSync> m_sync;
    std::unique_ptr<LocalClock> m_clock;
};

void TestActiveRunExpiry::init()
{
    m_server = std::make_unique<TestServer>(); // a run is active for 20 s after a contact
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("LV")), 201);
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<Cache>();
    QVERIFY(m_cache->open(m_dir->filePath(QStringLiteral("cache.sqlite"))));
    m_connection = std::make_unique<ApiConnection>(ServerProfile{m_server->baseUrl(), {}, m_server->token()});
    m_sync = std::make_unique<ProjectSync>(*m_connection, *m_cache, Project);
    m_clock = std::make_unique<LocalClock>();
    m_sync->expiry().setClock(*m_clock);
    m_sync->setPollInterval(0); // one pull: whatever changes afterwards is the cache's own doing
}

void TestActiveRunExpiry::cleanup()
{
    m_sync.reset();
    m_clock.reset();
    m_connection.reset();
    m_cache.reset();
    m_api.reset();
    m_server.reset();
}

void TestActiveRunExpiry::runThatStopsPingingTurnsInactive()
{
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201); // the client was in touch: active
    m_sync->start();
    QTRY_COMPARE(m_sync->status().state, SyncStatus::State::UpToDate);
    QCOMPARE(state(QStringLiteral("LV-1")), QStringLiteral("active"));
    const qint64 cursor = m_cache->syncState(Project).cursor;
    QSignalSpy runsChanged(m_cache.get(), &Cache::runsChanged);
    QSignalSpy fieldsChanged(m_cache.get(), &Cache::fieldsChanged);

    QVERIFY2(advanceClocks(10'000), qPrintable(m_server->errors()));
    QCOMPARE(state(QStringLiteral("LV-1")), QStringLiteral("active")); // still within the window
    QCOMPARE(runsChanged.size(), 0);
    QVERIFY(advanceClocks(11'000));
    QCOMPARE(state(QStringLiteral("LV-1")), QStringLiteral("inactive"));
    // The server says the same, and no change came through the feed for it.
    QCOMPARE(m_api->get(runPath(QStringLiteral("LV-1")))[QStringLiteral("sys")][QStringLiteral("state")].toString(),
             QStringLiteral("inactive"));
    QCOMPARE(m_cache->syncState(Project).cursor, cursor);
    QCOMPARE(runsChanged.size(), 1);
    QCOMPARE(runsChanged[0][0].toString(), Project);
    QCOMPARE(runsChanged[0][1].toStringList(), QStringList{QStringLiteral("LV-1")});
    QCOMPARE(fieldsChanged.size(), 1);
    QCOMPARE(fieldsChanged[0][1].toStringList(), QStringList{QStringLiteral("sys/state")});
}

void TestActiveRunExpiry::runThatKeepsPingingStaysActive()
{
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    m_sync->start();
    QTRY_COMPARE(m_cache->runs(Project).size(), 2);
    QTRY_COMPARE(m_sync->status().state, SyncStatus::State::UpToDate);
    // 15 s on, LV-2 logs again and the app pulls that; LV-1 stays quiet.
    QVERIFY2(advanceClocks(15'000), qPrintable(m_server->errors()));
    NEREID_EXPECT_STATUS(
        applyOperations(*m_api, QStringLiteral("LV-2"), {assignOp(QStringLiteral("step"), QStringLiteral("int"), 1)}),
        200);
    QSignalSpy pulled(&m_sync->puller(), &ProjectPuller::finished);
    m_sync->syncNow();
    QTRY_COMPARE(pulled.size(), 1);
    QCOMPARE(state(QStringLiteral("LV-1")), QStringLiteral("active"));
    // 25 s after LV-1's last contact and 10 s after LV-2's.
    QVERIFY(advanceClocks(10'000));
    QCOMPARE(state(QStringLiteral("LV-1")), QStringLiteral("inactive"));
    QCOMPARE(state(QStringLiteral("LV-2")), QStringLiteral("active"));
}

QTEST_GUILESS_MAIN(TestActiveRunExpiry)
#include "test_activerunexpiry.moc"
