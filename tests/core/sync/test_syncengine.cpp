#include "apiclient.h"
#include "cache/cachelocation.h"
#include "helpers.h"
#include "sync/syncengine.h"
#include "testserver.h"

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
    void followsProjectAndPushesEdits();
    void pushesEditsLeftFromLastSession();

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

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "test_syncengine.moc"
