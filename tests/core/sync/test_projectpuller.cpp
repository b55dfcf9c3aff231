#include "apiclient.h"
#include "cache/cache.h"
#include "cache/cachedatabase.h"
#include "helpers.h"
#include "sync/apiconnection.h"
#include "sync/projectpuller.h"
#include "testserver.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;

namespace {
const QString Project = QStringLiteral("team/p");
}

// Pulling a project's changes feed from the real server into a cache: all of it at first, then only what
// changed, page by page, resuming after a stop or a failed page with nothing lost and nothing twice.
class TestProjectPuller : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void initialSyncPagesThroughAllRuns();
    void incrementalSyncBringsOnlyTheChange();
    void resumesAfterStopBetweenPages();
    void resumesAfterPageFailingHalfway();
    void trashedRunsArriveWithTheirFlag();
    void unknownProjectIsRefused();

private:
    void createRuns(int count);
    // Pulls until finished or failed; true when it finished.
    bool pull(ProjectPuller &puller);
    std::unique_ptr<ProjectPuller> newPuller(int pageSize);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<ApiConnection> m_connection;
};

void TestProjectPuller::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("CLS")), 201);
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<Cache>();
    QVERIFY(m_cache->open(m_dir->filePath(QStringLiteral("cache.sqlite"))));
    m_connection = std::make_unique<ApiConnection>(ServerProfile{m_server->baseUrl(), {}, m_server->token()});
}

void TestProjectPuller::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_connection.reset();
    m_cache.reset();
    m_server.reset();
}

void TestProjectPuller::createRuns(int count)
{
    for (int i = 0; i < count; ++i) {
        const ApiReply run = createRun(*m_api, Project, {{QStringLiteral("name"), QStringLiteral("run %1").arg(i)}});
        NEREID_EXPECT_STATUS(run, 201);
        const QString id = run[QStringLiteral("id")].toString();
        NEREID_EXPECT_STATUS(applyOperations(*m_api, id,
                                             {assignOp(QStringLiteral("params/lr"), QStringLiteral("float"), 0.1 * i),
                                              appendOp(QStringLiteral("train/loss"), QStringLiteral("floatSeries"),
                                                       {point(0, 1.0), point(1, 0.5)})}),
                             200);
    }
}

std::unique_ptr<ProjectPuller> TestProjectPuller::newPuller(int pageSize)
{
    auto puller = std::make_unique<ProjectPuller>(*m_connection, *m_cache, Project);
    puller->setPageSize(pageSize);
    return puller;
}

bool TestProjectPuller::pull(ProjectPuller &puller)
{
    QSignalSpy finished(&puller, &ProjectPuller::finished);
    QSignalSpy failed(&puller, &ProjectPuller::failed);
    puller.start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 20000))
        return false;
    if (!failed.isEmpty())
        qWarning().noquote() << failed[0][0].value<SyncError>().message;
    return !finished.isEmpty();
}

void TestProjectPuller::initialSyncPagesThroughAllRuns()
{
    createRuns(5);
    auto puller = newPuller(2);
    QSignalSpy pages(puller.get(), &ProjectPuller::pageApplied);
    QSignalSpy added(m_cache.get(), &Cache::runsAdded);
    QVERIFY(pull(*puller));
    QCOMPARE(pages.size(), 3);
    QCOMPARE(m_cache->runs(Project).size(), 5);
    QStringList allAdded;
    for (const QList<QVariant> &signal : std::as_const(added))
        allAdded += signal[1].toStringList();
    QCOMPARE(allAdded.size(), 5);
    const qint64 revision = m_api->get(projectPath(Project))[QStringLiteral("revision")].toInteger();
    QCOMPARE(m_cache->syncState(Project).cursor, revision);
    const std::optional<RunRecord> run = m_cache->run(QStringLiteral("CLS-3"));
    QCOMPARE(run->name, QStringLiteral("run 2"));
    QCOMPARE(run->owner, m_api->get(QStringLiteral("/whoami"))[QStringLiteral("user")].toString());
    QCOMPARE(run->fields.size(), 2);
}

void TestProjectPuller::incrementalSyncBringsOnlyTheChange()
{
    createRuns(3);
    auto puller = newPuller(100);
    QVERIFY(pull(*puller));
    NEREID_EXPECT_STATUS(applyOperations(*m_api, QStringLiteral("CLS-2"),
                                         {assignOp(QStringLiteral("params/lr"), QStringLiteral("float"), 7.0)}),
                         200);
    QSignalSpy added(m_cache.get(), &Cache::runsAdded);
    QSignalSpy changed(m_cache.get(), &Cache::runsChanged);
    QSignalSpy fields(m_cache.get(), &Cache::fieldsChanged);
    QVERIFY(pull(*puller));
    QCOMPARE(added.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][1].toStringList(), QStringList{QStringLiteral("CLS-2")});
    QVERIFY2(fields[0][1].toStringList().contains(QStringLiteral("params/lr")),
             qPrintable(fields[0][1].toStringList().join(QLatin1Char(','))));
    const std::optional<RunRecord> run = m_cache->run(QStringLiteral("CLS-2"));
    QCOMPARE(run->fields[0].atomValue(), FieldValue::fromFloat(7.0));
}

void TestProjectPuller::resumesAfterStopBetweenPages()
{
    createRuns(5);
    {
        auto puller = newPuller(2);
        QSignalSpy pages(puller.get(), &ProjectPuller::pageApplied);
        connect(puller.get(), &ProjectPuller::pageApplied, puller.get(), &ProjectPuller::stop);
        puller->start();
        QTRY_COMPARE(pages.size(), 1);
        QTest::qWait(50); // a second page would have arrived by now
        QCOMPARE(pages.size(), 1);
    }
    // The app quits and comes back: a new cache object on the same file, a new puller.
    const QString file = m_cache->database().filePath();
    m_cache = std::make_unique<Cache>();
    QVERIFY(m_cache->open(file));
    QCOMPARE(m_cache->runs(Project).size(), 2);
    QSignalSpy added(m_cache.get(), &Cache::runsAdded);
    auto puller = newPuller(2);
    QVERIFY(pull(*puller));
    QStringList allAdded;
    for (const QList<QVariant> &signal : std::as_const(added))
        allAdded += signal[1].toStringList();
    QCOMPARE(allAdded, (QStringList{QStringLiteral("CLS-3"), QStringLiteral("CLS-4"), QStringLiteral("CLS-5")}));
    QCOMPARE(m_cache->runs(Project).size(), 5);
}

void TestProjectPuller::resumesAfterPageFailingHalfway()
{
    createRuns(5);
    {
        // Another connection makes the cache fail while writing CLS-4, in the middle of the second page.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
        db.setDatabaseName(m_cache->database().filePath());
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TRIGGER fail BEFORE INSERT ON runs WHEN NEW.run_id = 'CLS-4'"
                                                  " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
    auto puller = newPuller(2);
    QSignalSpy failed(puller.get(), &ProjectPuller::failed);
    QVERIFY(!pull(*puller));
    QCOMPARE(failed[0][0].value<SyncError>().kind, SyncError::Kind::Storage);
    QVERIFY(failed[0][0].value<SyncError>().message.contains(QStringLiteral("disk I/O error")));
    QCOMPARE(m_cache->runs(Project).size(), 2); // the first page, not a part of the second

    m_cache->database().exec(QStringLiteral("DROP TRIGGER fail"));
    QVERIFY(pull(*puller));
    QStringList ids;
    for (const RunRecord &run : m_cache->runs(Project))
        ids.append(run.runId);
    QCOMPARE(ids, (QStringList{QStringLiteral("CLS-1"), QStringLiteral("CLS-2"), QStringLiteral("CLS-3"),
                               QStringLiteral("CLS-4"), QStringLiteral("CLS-5")}));
}

void TestProjectPuller::trashedRunsArriveWithTheirFlag()
{
    createRuns(2);
    auto puller = newPuller(100);
    QVERIFY(pull(*puller));
    NEREID_EXPECT_STATUS(m_api->post(runPath(QStringLiteral("CLS-1")) + QStringLiteral("/trash")), 200);
    QVERIFY(pull(*puller));
    QVERIFY(m_cache->run(QStringLiteral("CLS-1"))->trashed);
    NEREID_EXPECT_STATUS(m_api->post(runPath(QStringLiteral("CLS-1")) + QStringLiteral("/restore")), 200);
    QSignalSpy fields(m_cache.get(), &Cache::fieldsChanged);
    QVERIFY(pull(*puller));
    QVERIFY(!m_cache->run(QStringLiteral("CLS-1"))->trashed);
    QVERIFY(fields[0][1].toStringList().contains(QStringLiteral("sys/trashed")));
}

void TestProjectPuller::unknownProjectIsRefused()
{
    ProjectPuller puller(*m_connection, *m_cache, QStringLiteral("team/nothing"));
    QSignalSpy failed(&puller, &ProjectPuller::failed);
    QVERIFY(!pull(puller));
    const SyncError error = failed[0][0].value<SyncError>();
    QCOMPARE(error.kind, SyncError::Kind::Refused);
    QVERIFY2(error.message.contains(QStringLiteral("404")), qPrintable(error.message));
    QVERIFY(!error.isRetryable());
}

QTEST_GUILESS_MAIN(TestProjectPuller)
#include "test_projectpuller.moc"
