#include "apiclient.h"
#include "cache/cachelocation.h"
#include "helpers.h"
#include "sync/projectsync.h"
#include "sync/syncengine.h"
#include "testserver.h"

#include <csignal>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;

namespace {
const QString Project = QStringLiteral("team/p");
const QString Run = QStringLiteral("CLS-1");
} // namespace

// The engine as the app uses it: the profile's own cache file, followed projects kept in sync, edits pushed
// as soon as they are made and those of an earlier session as soon as it opens.
class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensTheProfilesCacheFile();
    void namedProfileFindsItsCacheOnAnotherPort();
    void reportsProgressOfALongFirstSync();
    void followsProjectAndPushesEdits();
    void pushesEditsLeftFromLastSession();
    void syncNowPullsWithoutWaitingForThePoll();
    void listedProjectsAreKeptForOffline();
    void saysWhenTheServerIsReachableAgain();

private:
    std::unique_ptr<SyncEngine> newEngine(const QString &token = {});

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSyncEngine::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("CLS")), 201);
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestSyncEngine::cleanup()
{
    m_api.reset();
    m_server.reset();
}

std::unique_ptr<SyncEngine> TestSyncEngine::newEngine(const QString &token)
{
    auto engine = std::make_unique<SyncEngine>(
        ServerProfile{m_server->baseUrl(), QStringLiteral("alice"), token.isEmpty() ? m_server->token() : token});
    engine->setPollInterval(100);
    return engine;
}

void TestSyncEngine::opensTheProfilesCacheFile()
{
    auto engine = newEngine();
    QVERIFY(engine->open(m_dir->path()));
    QVERIFY(QFile::exists(CacheLocation::filePath(m_server->baseUrl(), QStringLiteral("alice"), m_dir->path())));
}

void TestSyncEngine::namedProfileFindsItsCacheOnAnotherPort()
{
    {
        ServerProfile profile{m_server->baseUrl(), {}, m_server->token(), QStringLiteral("local")};
        SyncEngine engine(profile);
        QVERIFY(engine.open(m_dir->path()));
        engine.follow(Project);
        QTRY_COMPARE(engine.status(Project).state, SyncStatus::State::UpToDate);
    }
    QVERIFY(QFile::exists(CacheLocation::filePathForName(QStringLiteral("local"), m_dir->path())));
    // The private server starts again elsewhere: the same name opens the same cache, runs and all, before any
    // pull, and the sync carries on from its cursor.
    QVERIFY(m_server->restart());
    ServerProfile moved{m_server->baseUrl(), {}, m_server->token(), QStringLiteral("local")};
    moved.baseUrl.setHost(QStringLiteral("localhost"));
    SyncEngine engine(moved);
    QVERIFY(engine.open(m_dir->path()));
    QCOMPARE(engine.cache().runs(Project).size(), 1);
    QVERIFY(engine.cache().syncState(Project).cursor > 0);
}

void TestSyncEngine::reportsProgressOfALongFirstSync()
{
    for (int i = 0; i < 24; ++i)
        NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    auto engine = newEngine();
    QVERIFY(engine->open(m_dir->path()));
    QSignalSpy statuses(engine.get(), &SyncEngine::statusChanged);
    ProjectSync sync(engine->connection(), engine->cache(), Project);
    sync.setPageSize(10);
    sync.setPollInterval(0);
    QList<SyncStatus> seen;
    connect(&sync, &ProjectSync::statusChanged, this, [&](const SyncStatus &status) { seen.append(status); });
    sync.start();
    QTRY_COMPARE(sync.status().state, SyncStatus::State::UpToDate);
    // 25 runs in pages of 10: 10, 20 and 25 of 25, each said in words; then up to date, with no figures.
    QList<std::pair<qint64, qint64>> progress;
    for (const SyncStatus &status : std::as_const(seen)) {
        if (status.runsTotal > 0) {
            QCOMPARE(status.state, SyncStatus::State::Syncing);
            QVERIFY2(status.message.contains(QStringLiteral("%1 of 25 runs").arg(status.runsDone)),
                     qPrintable(status.message));
            progress.append({status.runsDone, status.runsTotal});
        }
    }
    QCOMPARE(progress, (QList<std::pair<qint64, qint64>>{{10, 25}, {20, 25}, {25, 25}}));
    QCOMPARE(seen.last().runsTotal, 0);
    QCOMPARE(seen.last().runsDone, 0);
}

void TestSyncEngine::followsProjectAndPushesEdits()
{
    auto engine = newEngine();
    QVERIFY(engine->open(m_dir->path()));
    QSignalSpy statuses(engine.get(), &SyncEngine::statusChanged);
    engine->follow(Project);
    QTRY_COMPARE(engine->status(Project).state, SyncStatus::State::UpToDate);
    QCOMPARE(statuses.last()[0].toString(), Project);
    QCOMPARE(engine->cache().runs(Project).size(), 1);

    QVERIFY(engine->editor().edit(Run, RunEdit::Kind::SetName, QStringLiteral("named in the app")));
    QTRY_COMPARE(m_api->get(runPath(Run))[QStringLiteral("sys")][QStringLiteral("name")].toString(),
                 QStringLiteral("named in the app"));
    QTRY_VERIFY(engine->editor().outbox().isEmpty());

    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201); // someone logs a new run: polling brings it
    QTRY_COMPARE(engine->cache().runs(Project).size(), 2);
}

void TestSyncEngine::pushesEditsLeftFromLastSession()
{
    {
        auto engine = newEngine(QStringLiteral("not-a-valid-token"));
        QVERIFY(engine->open(m_dir->path()));
        // The run is known from an earlier sync; this session ends before the edit reaches the server.
        auto reader = newEngine();
        QVERIFY(reader->open(m_dir->filePath(QStringLiteral("other"))));
        reader->follow(Project);
        QTRY_COMPARE(reader->status(Project).state, SyncStatus::State::UpToDate);
        QVERIFY(engine->cache().applyPage(Project, reader->cache().runs(Project), {1, 1}));
        QSignalSpy failed(&engine->pusher(), &EditPusher::failed);
        QVERIFY(engine->editor().edit(Run, RunEdit::Kind::AddTags, QStringList{QStringLiteral("later")}));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed[0][0].value<SyncError>().kind, SyncError::Kind::Unauthorized);
        QCOMPARE(engine->editor().outbox().size(), 1); // a refused token drops nothing: the edit waits
    }
    auto engine = newEngine();
    QVERIFY(engine->open(m_dir->path()));
    QTRY_COMPARE(m_api->get(runPath(Run))[QStringLiteral("sys")][QStringLiteral("tags")].toArray(),
                 QJsonArray{QStringLiteral("later")});
}

void TestSyncEngine::syncNowPullsWithoutWaitingForThePoll()
{
    auto engine = newEngine();
    engine->setPollInterval(600000); // the next poll is ten minutes away
    QVERIFY(engine->open(m_dir->path()));
    engine->follow(Project);
    QTRY_COMPARE(engine->status(Project).state, SyncStatus::State::UpToDate);
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    QCOMPARE(engine->cache().runs(Project).size(), 1); // not pulled by itself yet
    // Within QTRY's 5 s, far from the next poll: only syncNow() can bring the run, with a request of its own.
    const int requests = engine->connection().requestCount();
    engine->syncNow(Project);
    QCOMPARE(engine->connection().requestCount(), requests + 1);
    QTRY_COMPARE(engine->cache().runs(Project).size(), 2);
    QCOMPARE(engine->status(Project).state, SyncStatus::State::UpToDate);
}

// File > Open project… lists the server's projects through the engine (issue 16); they are kept in the cache, so the
// list is there offline, before any of their runs is.
void TestSyncEngine::listedProjectsAreKeptForOffline()
{
    NEREID_EXPECT_STATUS(createProject(*m_api, QStringLiteral("team/other"), QStringLiteral("OTH")), 201);
    auto engine = newEngine();
    QVERIFY(engine->open(m_dir->path()));
    QStringList listed;
    bool answered = false;
    engine->listProjects(this, [&](const QStringList &names, const SyncError &error) {
        QVERIFY2(!error.isError(), qPrintable(error.message));
        listed = names;
        answered = true;
    });
    QTRY_VERIFY(answered);
    listed.sort();
    QCOMPARE(listed, (QStringList{QStringLiteral("team/other"), Project}));
    engine.reset();
    m_server->stop();
    auto offline = newEngine();
    QVERIFY(offline->open(m_dir->path()));
    QStringList cached = offline->cache().projects();
    cached.sort();
    QCOMPARE(cached, listed);
    answered = false;
    SyncError failure;
    offline->listProjects(this, [&](const QStringList &, const SyncError &error) {
        failure = error;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QCOMPARE(failure.kind, SyncError::Kind::Unreachable);
    QCOMPARE(offline->cache().projects().size(), 2); // a failed listing forgets nothing
}

// The charts and logs ask again for what failed when a pull gets through after failures: the engine's series source
// says so when the project's sync is up to date again.
void TestSyncEngine::saysWhenTheServerIsReachableAgain()
{
    auto engine = newEngine();
    QVERIFY(engine->open(m_dir->path()));
    QSignalSpy reachable(&engine->source(), &SeriesSource::reachable);
    engine->follow(Project);
    QTRY_COMPARE(engine->status(Project).state, SyncStatus::State::UpToDate);
    QCOMPARE(reachable.size(), 1);
    // The server stops answering: the pulls time out, and the status says the app is offline.
    engine->connection().setTimeout(500);
    QVERIFY(m_server->pause()); // SIGSTOP, and every thread of it stopped
    QTRY_COMPARE_WITH_TIMEOUT(engine->status(Project).state, SyncStatus::State::Retrying, 10000);
    QVERIFY(engine->status(Project).isOffline());
    QCOMPARE(reachable.size(), 1);
    QCOMPARE(::kill(pid_t(m_server->processId()), SIGCONT), 0);
    engine->connection().setTimeout(5000);
    QTRY_COMPARE_WITH_TIMEOUT(engine->status(Project).state, SyncStatus::State::UpToDate, 20000);
    QCOMPARE(reachable.size(), 2);
    QVERIFY(!engine->status(Project).isOffline());
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "test_syncengine.moc"
