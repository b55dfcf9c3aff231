#include "apiclient.h"
#include "helpers.h"
#include "sync/syncengine.h"
#include "testserver.h"

#include <QDir>
#include <QTcpServer>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {
const QString Project = u"team/p"_s;

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QStringList viewNames(const QList<SavedView> &views)
{
    QStringList names;
    for (const SavedView &view : views)
        names.append(view.name);
    names.sort();
    return names;
}

QStringList runIds(const QList<RunRecord> &runs)
{
    QStringList ids;
    for (const RunRecord &run : runs)
        ids.append(run.runId);
    ids.sort();
    return ids;
}

// The database files of a stopped server's data folder, copied as an operator would with `cp`.
bool copyDatabase(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : QDir(from).entryList({u"nereid.sqlite*"_s}, QDir::Files)) {
        QFile::remove(QDir(to).filePath(name));
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}
} // namespace

// Issue 19 item 4: the server's database goes back in time under a syncing app (a backup restored, a folder copied
// back). The app notices (another epoch, or its cursor above the server's revision), says so, ends with exactly the
// server's runs, and the edit typed meanwhile reaches the server.
class TestServerReplaced : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void restoredBackupIsLoadedAgainAndTheQueuedEditPushed();
    void editOfAValueTheRestoredServerChangedIsAConflict();
    void folderCopiedBackIsNoticedByTheCursor();
    void anotherDatabaseAheadOfTheCursorIsNoticedByTheEpoch();
    void cacheFromBeforeEpochsIsFilledInWithoutAResync();
    void savedViewsArePulledAgainFromAnotherDatabase();

private:
    // Stops the server, puts the database files of `folder` in place of its own, starts it on the same port.
    void restoreFrom(const QString &folder);
    bool sawMessage(const QString &words) const;
    QString epoch() { return m_api->get(u"/health"_s)[u"epoch"_s].toString(); }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_engine;
    QTemporaryDir m_dir;
    QStringList m_messages; // every status the engine gave the project
};

void TestServerReplaced::init()
{
    // A fixed port, so the app's profile reaches the restored server where it reached the old one.
    m_server = std::make_unique<TestServer>(QStringList{u"--listen"_s, u"127.0.0.1:%1"_s.arg(freePort())});
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, u"CLS"_s), 201);
    NEREID_EXPECT_STATUS(createRun(*m_api, Project, {{u"name"_s, u"first"_s}}), 201);
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    m_engine = std::make_unique<SyncEngine>(ServerProfile{m_server->baseUrl(), u"alice"_s, m_server->token()});
    m_engine->setPollInterval(100);
    QVERIFY(m_engine->open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u"/cache"_s)));
    m_messages.clear();
    connect(m_engine.get(), &SyncEngine::statusChanged, this,
            [this](const QString &, const SyncStatus &status) { m_messages.append(status.message); });
}

void TestServerReplaced::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors() << m_messages;
    m_engine.reset();
    m_api.reset();
    m_server.reset();
}

void TestServerReplaced::restoreFrom(const QString &folder)
{
    m_server->stop();
    for (const QString &name : QDir(m_server->dataDir()).entryList({u"nereid.sqlite*"_s}, QDir::Files))
        QVERIFY(QFile::remove(QDir(m_server->dataDir()).filePath(name)));
    QVERIFY(copyDatabase(folder, m_server->dataDir()));
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api->setBaseUrl(m_server->apiUrl());
}

bool TestServerReplaced::sawMessage(const QString &words) const
{
    return std::any_of(m_messages.cbegin(), m_messages.cend(),
                       [&](const QString &message) { return message.contains(words); });
}

void TestServerReplaced::restoredBackupIsLoadedAgainAndTheQueuedEditPushed()
{
    const QString backup = m_dir.filePath(u"backup"_s);
    const TestServer::CliResult made = m_server->cli({u"backup"_s, backup});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    // After the backup: a run it lacks, and a rename it does not know.
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    const qint64 seen = m_api->get(runPath(u"CLS-1"_s))[u"revision"_s].toInteger();
    NEREID_EXPECT_STATUS(
        m_api->patch(runPath(u"CLS-1"_s) + u"/sys"_s, {{u"revision"_s, seen}, {u"name"_s, u"renamed"_s}}), 200);
    const QString before = epoch();

    m_engine->follow(Project);
    QTRY_COMPARE(runIds(m_engine->cache().runs(Project)), (QStringList{u"CLS-1"_s, u"CLS-2"_s, u"CLS-3"_s}));
    QTRY_COMPARE(m_engine->status(Project).state, SyncStatus::State::UpToDate);

    // Offline, the user types a description; then the server comes back restored from the backup.
    m_server->stop();
    QVERIFY(m_engine->editor().edit(u"CLS-1"_s, RunEdit::Kind::SetDescription, u"typed offline"_s));
    QCOMPARE(m_engine->editor().outbox().size(), 1);
    restoreFrom(backup);
    QVERIFY(epoch() != before);
    m_engine->syncNow(Project);

    QTRY_VERIFY(sawMessage(u"restored from a backup or replaced"_s));
    QTRY_COMPARE(m_api->get(runPath(u"CLS-1"_s))[u"sys"_s][u"description"_s].toString(), u"typed offline"_s);
    QTRY_VERIFY(m_engine->editor().outbox().isEmpty());
    QVERIFY(m_engine->editor().conflicts().isEmpty());
    // Exactly the server's runs, as the server has them: CLS-3 is gone, the rename with it, the edit is there.
    QTRY_COMPARE(runIds(m_engine->cache().runs(Project)), (QStringList{u"CLS-1"_s, u"CLS-2"_s}));
    QTRY_COMPARE(m_engine->cache().run(u"CLS-1"_s)->description, u"typed offline"_s);
    QCOMPARE(m_engine->cache().run(u"CLS-1"_s)->name, u"first"_s);
    QCOMPARE(m_engine->cache().syncState(Project).epoch, epoch());
    QTRY_VERIFY(m_engine->status(Project).message.contains(u"was loaded again"_s));
}

void TestServerReplaced::editOfAValueTheRestoredServerChangedIsAConflict()
{
    const QString backup = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u"/backup"_s);
    QCOMPARE(m_server->cli({u"backup"_s, backup}).exitCode, 0);
    m_engine->follow(Project);
    QTRY_COMPARE(m_engine->cache().runs(Project).size(), 2);
    QTRY_COMPARE(m_engine->status(Project).state, SyncStatus::State::UpToDate);
    m_server->stop();
    QVERIFY(m_engine->editor().edit(u"CLS-1"_s, RunEdit::Kind::SetDescription, u"typed offline"_s));

    // The backup lived on elsewhere: someone wrote the description there, at revisions past those the edit saw.
    {
        TestServer elsewhere({u"--data"_s, backup});
        QVERIFY2(elsewhere.start(), qPrintable(elsewhere.errors()));
        ApiClient api(elsewhere.apiUrl(), m_server->token());
        for (int i = 0; i < 5; ++i)
            NEREID_EXPECT_STATUS(createRun(api, Project), 201);
        const qint64 seen = api.get(runPath(u"CLS-1"_s))[u"revision"_s].toInteger();
        NEREID_EXPECT_STATUS(
            api.patch(runPath(u"CLS-1"_s) + u"/sys"_s, {{u"revision"_s, seen}, {u"description"_s, u"theirs"_s}}), 200);
    }
    restoreFrom(backup);
    m_engine->syncNow(Project);

    // Neither is lost: theirs is the run's, mine waits in a conflict for the user to choose.
    QTRY_COMPARE(m_engine->editor().conflicts(u"CLS-1"_s).size(), 1);
    const SysConflict conflict = m_engine->editor().conflicts(u"CLS-1"_s).first();
    QCOMPARE(conflict.field, u"description"_s);
    QCOMPARE(conflict.mine.toString(), u"typed offline"_s);
    QCOMPARE(conflict.theirs.toString(), u"theirs"_s);
    QVERIFY(m_engine->editor().outbox().isEmpty());
    QCOMPARE(m_api->get(runPath(u"CLS-1"_s))[u"sys"_s][u"description"_s].toString(), u"theirs"_s);
    QTRY_COMPARE(m_engine->cache().runs(Project).size(), 7);
    QTRY_COMPARE(m_engine->cache().run(u"CLS-1"_s)->description, u"theirs"_s);
}

void TestServerReplaced::folderCopiedBackIsNoticedByTheCursor()
{
    // A copy of the folder as it is now (the same epoch), then more revisions than it has.
    const QString copy = m_dir.filePath(u"copy"_s);
    m_server->stop();
    QVERIFY(copyDatabase(m_server->dataDir(), copy));
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    const QString before = epoch();
    for (int i = 0; i < 3; ++i)
        NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    m_engine->follow(Project);
    QTRY_COMPARE(m_engine->cache().runs(Project).size(), 5);
    QTRY_COMPARE(m_engine->status(Project).state, SyncStatus::State::UpToDate);

    restoreFrom(copy);
    QCOMPARE(epoch(), before); // only the cursor can tell
    m_engine->syncNow(Project);
    QTRY_VERIFY(sawMessage(u"restored from a backup or replaced"_s));
    QTRY_COMPARE(runIds(m_engine->cache().runs(Project)), (QStringList{u"CLS-1"_s, u"CLS-2"_s}));
    // And it follows the restored server from there: a new run arrives as usual.
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    QTRY_COMPARE(runIds(m_engine->cache().runs(Project)), (QStringList{u"CLS-1"_s, u"CLS-2"_s, u"CLS-3"_s}));
}

void TestServerReplaced::anotherDatabaseAheadOfTheCursorIsNoticedByTheEpoch()
{
    const QString backup = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u"/backup"_s);
    QCOMPARE(m_server->cli({u"backup"_s, backup}).exitCode, 0);
    // Only the old database has this rename; the app syncs it.
    const qint64 seen = m_api->get(runPath(u"CLS-2"_s))[u"revision"_s].toInteger();
    NEREID_EXPECT_STATUS(
        m_api->patch(runPath(u"CLS-2"_s) + u"/sys"_s, {{u"revision"_s, seen}, {u"name"_s, u"old server only"_s}}), 200);
    m_engine->follow(Project);
    QTRY_COMPARE(m_engine->cache().run(u"CLS-2"_s)->name, u"old server only"_s);
    QTRY_COMPARE(m_engine->status(Project).state, SyncStatus::State::UpToDate);
    const qint64 cursor = m_engine->cache().syncState(Project).cursor;

    // The restored database goes on past the app's cursor before the app asks: the revisions alone cannot tell.
    m_engine->unfollow(Project);
    restoreFrom(backup);
    for (int i = 0; i < 4; ++i)
        NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    QVERIFY(m_api->get(projectPath(Project) + u"/changes?since=0"_s)[u"revision"_s].toInteger() > cursor);
    m_engine->follow(Project);
    QTRY_COMPARE(runIds(m_engine->cache().runs(Project)),
                 (QStringList{u"CLS-1"_s, u"CLS-2"_s, u"CLS-3"_s, u"CLS-4"_s, u"CLS-5"_s, u"CLS-6"_s}));
    QTRY_COMPARE(m_engine->cache().run(u"CLS-2"_s)->name, u"Untitled"_s);
    QVERIFY(sawMessage(u"restored from a backup or replaced"_s));
}

void TestServerReplaced::cacheFromBeforeEpochsIsFilledInWithoutAResync()
{
    m_engine->follow(Project);
    QTRY_COMPARE(m_engine->cache().runs(Project).size(), 2);
    QTRY_COMPARE(m_engine->status(Project).state, SyncStatus::State::UpToDate);
    QCOMPARE(m_engine->cache().syncState(Project).epoch, epoch());
    // As a cache written before epochs has it: a cursor and no epoch.
    CacheProjectStore::SyncState state = m_engine->cache().syncState(Project);
    state.epoch.clear();
    QVERIFY(m_engine->cache().applyPage(Project, {}, state));
    QSignalSpy reset(&m_engine->cache(), &Cache::projectReset);
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    QTRY_COMPARE(m_engine->cache().runs(Project).size(), 3);
    QTRY_COMPARE(m_engine->cache().syncState(Project).epoch, epoch());
    QCOMPARE(reset.size(), 0);
    QVERIFY(!sawMessage(u"restored from a backup"_s));
}

void TestServerReplaced::savedViewsArePulledAgainFromAnotherDatabase()
{
    const QString backup = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u"/backup"_s);
    QCOMPARE(m_server->cli({u"backup"_s, backup}).exitCode, 0);
    const auto save = [this](const QString &name) {
        const QByteArray body = QJsonDocument(QJsonObject{{u"revision"_s, 0}, {u"state"_s, QJsonObject{}}}).toJson();
        return m_api->sendRaw(
            "PUT", projectPath(Project) + u"/views/"_s + QString::fromLatin1(QUrl::toPercentEncoding(name)), body);
    };
    NEREID_EXPECT_STATUS(save(u"old server only"_s), 201);
    m_engine->follow(Project);
    QTRY_COMPARE(viewNames(m_engine->viewEditor().views(Project)), QStringList{u"old server only"_s});

    // The restored database saves a view of its own at the same view revision: only the epoch tells.
    m_engine->unfollow(Project);
    restoreFrom(backup);
    NEREID_EXPECT_STATUS(save(u"restored"_s), 201);
    m_engine->follow(Project);
    QTRY_COMPARE(viewNames(m_engine->viewEditor().views(Project)), QStringList{u"restored"_s});
}

QTEST_MAIN(TestServerReplaced)
#include "test_serverreplaced.moc"
