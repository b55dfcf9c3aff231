#include "apiclient.h"
#include "cache/cache.h"
#include "cache/runeditor.h"
#include "helpers.h"
#include "sync/apiconnection.h"
#include "sync/editpusher.h"
#include "sync/projectsync.h"
#include "testserver.h"

#include <QtTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Project = QStringLiteral("team/p");

} // namespace

// Issue 21: models, model versions and the project's metadata come from the server's feeds of their kinds into
// the cache beside the runs, without mixing into the runs; a version's stage edited in the app reaches the server
// through the outbox, also after waiting offline.
class TestModelSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void syncsEveryKindBesideRuns();
    void laterChangesOfAKindArrive();
    void stageEditWaitsOfflineAndReachesTheServer();
    void invalidStageIsRefusedAndDropped();

private:
    bool syncOnce();

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<ApiConnection> m_connection;
    std::unique_ptr<ProjectSync> m_sync;
};

void TestModelSync::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("CLS")), 201);
    NEREID_EXPECT_STATUS(createRun(*m_api, Project, {{QStringLiteral("name"), QStringLiteral("a run")}}), 201);
    NEREID_EXPECT_STATUS(m_api->post(projectPath(Project) + QStringLiteral("/models"),
                                     {{QStringLiteral("key"), QStringLiteral("MOD")},
                                      {QStringLiteral("name"), QStringLiteral("fraud detector")}}),
                         201);
    for (int i = 0; i < 2; ++i)
        NEREID_EXPECT_STATUS(m_api->post(QStringLiteral("/models/CLS-MOD/versions")), 201);
    NEREID_EXPECT_STATUS(applyOperations(*m_api, QStringLiteral("CLS-MOD-2"),
                                         {assignOp(QStringLiteral("eval/auc"), QStringLiteral("float"), 0.93)}),
                         200);
    NEREID_EXPECT_STATUS(m_api->post(projectPath(Project) + QStringLiteral("/metadata")), 201);
    NEREID_EXPECT_STATUS(applyOperations(*m_api, QStringLiteral("CLS"),
                                         {assignOp(QStringLiteral("general/brief"), QStringLiteral("string"),
                                                   QStringLiteral("fraud models"))}),
                         200);
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<Cache>();
    QVERIFY(m_cache->open(m_dir->filePath(QStringLiteral("cache.sqlite"))));
    m_connection = std::make_unique<ApiConnection>(ServerProfile{m_server->baseUrl(), {}, m_server->token()});
    m_connection->setTimeout(2000);
    m_sync = std::make_unique<ProjectSync>(*m_connection, *m_cache, Project);
    m_sync->setPollInterval(0);
    m_sync->setBackoff(Backoff(50, 200));
}

void TestModelSync::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_sync.reset();
    m_connection.reset();
    m_cache.reset();
    m_api.reset();
    m_server.reset();
}

bool TestModelSync::syncOnce()
{
    m_sync->stop();
    m_sync->start();
    return QTest::qWaitFor([&] { return m_sync->status().state == SyncStatus::State::UpToDate; }, 10000);
}

void TestModelSync::syncsEveryKindBesideRuns()
{
    QSignalSpy added(m_cache.get(), &Cache::runsAdded);
    QVERIFY(syncOnce());
    // The runs table holds the run alone.
    const QList<RunRecord> runs = m_cache->runs(Project);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs[0].runId, QStringLiteral("CLS-1"));
    const QList<RunRecord> models = m_cache->runs(Project, ObjectScope::models());
    QCOMPARE(models.size(), 1);
    QCOMPARE(models[0].runId, QStringLiteral("CLS-MOD"));
    QCOMPARE(models[0].name, QStringLiteral("fraud detector"));
    const QList<RunRecord> versions = m_cache->runs(Project, ObjectScope::versionsOf(QStringLiteral("CLS-MOD")));
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions[1].runId, QStringLiteral("CLS-MOD-2"));
    QCOMPARE(versions[1].modelId, QStringLiteral("CLS-MOD"));
    QCOMPARE(versions[1].stage, QStringLiteral("none"));
    QVERIFY(m_cache->runs(Project, ObjectScope::versionsOf(QStringLiteral("CLS-OTHER"))).isEmpty());
    const std::optional<RunRecord> version = m_cache->run(QStringLiteral("CLS-MOD-2"));
    QVERIFY(version);
    QCOMPARE(version->fields.size(), 1);
    QCOMPARE(version->fields[0].path, QStringLiteral("eval/auc"));
    const std::optional<RunRecord> metadata = m_cache->run(QStringLiteral("CLS"));
    QVERIFY(metadata);
    QCOMPARE(metadata->kind, QStringLiteral("project"));
    QCOMPARE(metadata->fields.size(), 1);
    QCOMPARE(metadata->fields[0].value.toString(), QStringLiteral("fraud models"));
    // Each kind keeps its own cursor; the runs' is the one it always was.
    QVERIFY(m_cache->syncState(Project, QStringLiteral("model_version")).cursor > 0);
    QVERIFY(m_cache->syncState(Project).cursor > 0);
    QVERIFY(added.size() >= 4);
}

void TestModelSync::laterChangesOfAKindArrive()
{
    QVERIFY(syncOnce());
    const qint64 seen = m_cache->run(QStringLiteral("CLS-MOD-1"))->revision;
    NEREID_EXPECT_STATUS(
        m_api->patch(runPath(QStringLiteral("CLS-MOD-1")) + QStringLiteral("/sys"),
                     {{QStringLiteral("revision"), seen}, {QStringLiteral("stage"), QStringLiteral("production")}}),
        200);
    NEREID_EXPECT_STATUS(m_api->post(QStringLiteral("/models/CLS-MOD/versions")), 201);
    QSignalSpy changed(m_cache.get(), &Cache::runsChanged);
    QVERIFY(syncOnce());
    QCOMPARE(m_cache->run(QStringLiteral("CLS-MOD-1"))->stage, QStringLiteral("production"));
    QCOMPARE(m_cache->runs(Project, ObjectScope::versionsOf(QStringLiteral("CLS-MOD"))).size(), 3);
    QCOMPARE(m_cache->runs(Project).size(), 1);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed[0][1].toStringList(), QStringList{QStringLiteral("CLS-MOD-1")});
}

void TestModelSync::stageEditWaitsOfflineAndReachesTheServer()
{
    QVERIFY(syncOnce());
    RunEditor editor(*m_cache);
    // Edited with nothing to push it (offline): shown at once, and waiting in the outbox.
    QVERIFY(editor.edit(QStringLiteral("CLS-MOD-2"), RunEdit::Kind::SetStage, QStringLiteral("staging")));
    QCOMPARE(m_cache->run(QStringLiteral("CLS-MOD-2"))->stage, QStringLiteral("staging"));
    QCOMPARE(
        m_api->get(runPath(QStringLiteral("CLS-MOD-2")))[QStringLiteral("sys")][QStringLiteral("stage")].toString(),
        QStringLiteral("none"));
    QCOMPARE(editor.outbox().size(), 1);
    EditPusher pusher(*m_connection, editor);
    QSignalSpy pushed(&pusher, &EditPusher::pushed);
    pusher.start();
    QTRY_COMPARE_WITH_TIMEOUT(pushed.size(), 1, 10000);
    QCOMPARE(editor.outbox().size(), 0);
    QCOMPARE(
        m_api->get(runPath(QStringLiteral("CLS-MOD-2")))[QStringLiteral("sys")][QStringLiteral("stage")].toString(),
        QStringLiteral("staging"));
    QVERIFY(syncOnce());
    QCOMPARE(m_cache->run(QStringLiteral("CLS-MOD-2"))->stage, QStringLiteral("staging"));
}

void TestModelSync::invalidStageIsRefusedAndDropped()
{
    QVERIFY(syncOnce());
    RunEditor editor(*m_cache);
    EditPusher pusher(*m_connection, editor);
    QSignalSpy failed(&pusher, &EditPusher::failed);
    QVERIFY(editor.edit(QStringLiteral("CLS-MOD-2"), RunEdit::Kind::SetStage, QStringLiteral("retired")));
    pusher.start();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
    QTRY_COMPARE(editor.outbox().size(), 0);
    QCOMPARE(
        m_api->get(runPath(QStringLiteral("CLS-MOD-2")))[QStringLiteral("sys")][QStringLiteral("stage")].toString(),
        QStringLiteral("none"));
    // The cache shows the server's stage again, not one the server never took.
    QTRY_COMPARE(m_cache->run(QStringLiteral("CLS-MOD-2"))->stage, QStringLiteral("none"));
}

QTEST_GUILESS_MAIN(TestModelSync)
#include "test_modelsync.moc"
