#include "apiclient.h"
#include "cache/cache.h"
#include "cache/runeditor.h"
#include "helpers.h"
#include "sync/apiconnection.h"
#include "sync/editpusher.h"
#include "sync/projectpuller.h"
#include "testserver.h"

#include <QTcpServer>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Project = QStringLiteral("team/p");
const QString Run = QStringLiteral("CLS-1");

// One desktop app: a cache, its editor, a connection, a puller and a pusher.
struct App
{
    App(const QString &file, const ServerProfile &profile)
        : connection(profile)
        , editor(cache)
        , puller(connection, cache, Project)
        , pusher(connection, editor)
    {
        connection.setTimeout(2000);
        pusher.setBackoff(Backoff(50, 200));
        cache.open(file);
    }

    bool pull()
    {
        QSignalSpy finished(&puller, &ProjectPuller::finished);
        puller.start();
        return finished.wait(10000);
    }
    bool pushAll()
    {
        if (editor.outbox().isEmpty())
            return true;
        QSignalSpy idle(&pusher, &EditPusher::idle);
        pusher.start();
        return QTest::qWaitFor([&] { return !idle.isEmpty(); }, 10000);
    }
    RunRecord run() { return cache.run(Run).value_or(RunRecord()); }

    Cache cache;
    ApiConnection connection;
    RunEditor editor;
    ProjectPuller puller;
    EditPusher pusher;
};

} // namespace

// Edits made in the app reach the server in order; offline they wait, also across a restart; a description
// edited in two apps at once gives a conflict that keeps both texts; tag edits merge; trash and restore.
class TestEditPusher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editsReachTheServerInOrder();
    void offlineEditsWaitAcrossRestart();
    void conflictKeepsBothTexts();
    void editQueuedBehindAnotherStillMeetsOthersChanges();
    void editCarriesTheRevisionTheUserSaw();
    void resolvingWithMineWins();
    void resolvingWithTheirsDropsMine();
    void tagEditsMerge();
    void trashAndRestore();
    void editOfVanishedRunIsDroppedWithMessage();
    void forbiddenEditIsUndoneWithMessage_data();
    void forbiddenEditIsUndoneWithMessage();

private:
    std::unique_ptr<App> newApp(const QString &name, const QUrl &server = {}, const QString &token = {});
    QJsonObject serverSys() { return m_api->get(runPath(Run))[QStringLiteral("sys")].toObject(); }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEditPusher::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("CLS")), 201);
    NEREID_EXPECT_STATUS(createRun(*m_api, Project, {{QStringLiteral("tags"), QJsonArray{QStringLiteral("base")}}}),
                         201);
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestEditPusher::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_api.reset();
    m_server.reset();
}

std::unique_ptr<App> TestEditPusher::newApp(const QString &name, const QUrl &server, const QString &token)
{
    auto app = std::make_unique<App>(m_dir->filePath(name + QStringLiteral(".sqlite")),
                                     ServerProfile{server.isEmpty() ? m_server->baseUrl() : server,
                                                   {},
                                                   token.isEmpty() ? m_server->token() : token});
    return app;
}

void TestEditPusher::editsReachTheServerInOrder()
{
    auto app = newApp(QStringLiteral("a"));
    QVERIFY(app->pull());
    QSignalSpy fields(&app->cache, &Cache::fieldsChanged);
    QVERIFY(app->editor.edit(Run, RunEdit::Kind::SetName, QStringLiteral("first")));
    QVERIFY(app->editor.edit(Run, RunEdit::Kind::SetName, QStringLiteral("second")));
    QVERIFY(app->editor.edit(Run, RunEdit::Kind::SetDescription, QStringLiteral("why")));
    QVERIFY(app->editor.edit(Run, RunEdit::Kind::SetFailed, true));
    // The app shows the edits at once, before the server has them.
    QCOMPARE(app->run().name, QStringLiteral("second"));
    QCOMPARE(fields[0][1].toStringList(), QStringList{QStringLiteral("sys/name")});
    QCOMPARE(app->editor.outbox().size(), 4);

    QVERIFY(app->pushAll());
    QCOMPARE(app->editor.outbox().size(), 0);
    QCOMPARE(serverSys()[QStringLiteral("name")].toString(), QStringLiteral("second"));
    QCOMPARE(serverSys()[QStringLiteral("description")].toString(), QStringLiteral("why"));
    QCOMPARE(serverSys()[QStringLiteral("failed")].toBool(), true);
    QVERIFY(app->editor.conflicts().isEmpty()); // its own earlier edits are no conflict
    QVERIFY(app->pull());
    QCOMPARE(app->run().name, QStringLiteral("second"));
}

void TestEditPusher::offlineEditsWaitAcrossRestart()
{
    const QUrl online = m_server->baseUrl();
    {
        auto app = newApp(QStringLiteral("a"));
        QVERIFY(app->pull());
    }
    QTcpServer probe; // a port where nothing answers: the server is out of reach
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QUrl offline(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close();
    {
        auto app = newApp(QStringLiteral("a"), offline);
        QSignalSpy failed(&app->pusher, &EditPusher::failed);
        QVERIFY(app->editor.edit(Run, RunEdit::Kind::SetDescription, QStringLiteral("written on the train")));
        QVERIFY(app->editor.edit(Run, RunEdit::Kind::AddTags, QStringList{QStringLiteral("offline")}));
        QTRY_VERIFY(failed.size() >= 2); // tried, failed, tried again later
        QCOMPARE(failed[0][0].value<SyncError>().kind, SyncError::Kind::Unreachable);
        QCOMPARE(app->editor.outbox().size(), 2);
        // A pull that brings the server's older copy keeps showing the local edit.
        QCOMPARE(app->run().description, QStringLiteral("written on the train"));
    } // the app quits
    NEREID_EXPECT_STATUS(applyOperations(*m_api, Run, {assignOp(QStringLiteral("x"), QStringLiteral("int"), 1)}), 200);
    auto app = newApp(QStringLiteral("a"), online);
    QVERIFY(app->pull()); // the server's newer run, with the edits still on top
    QCOMPARE(app->run().description, QStringLiteral("written on the train"));
    QVERIFY(app->run().tags.contains(QStringLiteral("offline")));
    QVERIFY(app->pushAll());
    QCOMPARE(serverSys()[QStringLiteral("description")].toString(), QStringLiteral("written on the train"));
    QCOMPARE(serverSys()[QStringLiteral("tags")].toArray(),
             (QJsonArray{QStringLiteral("base"), QStringLiteral("offline")}));
}

void TestEditPusher::conflictKeepsBothTexts()
{
    auto alice = newApp(QStringLiteral("alice"));
    auto bob = newApp(QStringLiteral("bob"));
    QVERIFY(alice->pull());
    QVERIFY(bob->pull());
    QVERIFY(alice->editor.edit(Run, RunEdit::Kind::SetDescription, QStringLiteral("alice's text")));
    QVERIFY(alice->pushAll());
    QSignalSpy conflicts(&bob->editor, &RunEditor::conflictsChanged);
    QVERIFY(bob->editor.edit(Run, RunEdit::Kind::SetDescription, QStringLiteral("bob's text")));
    QVERIFY(bob->pushAll());

    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(serverSys()[QStringLiteral("description")].toString(), QStringLiteral("alice's text"));
    QCOMPARE(bob->run().description, QStringLiteral("alice's text")); // the server's value on the run
    const QList<SysConflict> kept = bob->editor.conflicts(Run);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept[0].field, QStringLiteral("description"));
    QCOMPARE(kept[0].mine.toString(), QStringLiteral("bob's text"));
    QCOMPARE(kept[0].theirs.toString(), QStringLiteral("alice's text"));
    QVERIFY(bob->editor.outbox().isEmpty());
}

void TestEditPusher::editQueuedBehindAnotherStillMeetsOthersChanges()
{
    auto alice = newApp(QStringLiteral("alice"));
    auto bob = newApp(QStringLiteral("bob"));
    QVERIFY(alice->pull() && bob->pull());
    QVERIFY(alice->editor.edit(Run, RunEdit::Kind::SetDescription, QStringLiteral("alice's text")));
    QVERIFY(alice->pushAll());
    // Bob has not seen alice's edit. His name edit goes first and is accepted; his description edit, queued
    // behind it, must still be checked against alice's change, not slip through on the name's new revision.
    QSignalSpy conflicts(&bob->editor, &RunEditor::conflictsChanged);
    QVERIFY(bob->editor.edit(Run, RunEdit::Kind::SetName, QStringLiteral("bob's name")));
    QVERIFY(bob->editor.edit(Run, RunEdit::Kind::SetDescription, QStringLiteral("bob's text")));
    QVERIFY(bob->editor.edit(Run, RunEdit::Kind::AddTags, QStringList{QStringLiteral("bob")}));
    QVERIFY(bob->pushAll());

    QCOMPARE(serverSys()[QStringLiteral("name")].toString(), QStringLiteral("bob's name"));
    QCOMPARE(serverSys()[QStringLiteral("description")].toString(), QStringLiteral("alice's text"));
    QVERIFY(serverSys()[QStringLiteral("tags")].toArray().contains(QStringLiteral("bob"))); // tags never conflict
    QCOMPARE(conflicts.size(), 1);
    const QList<SysConflict> kept = bob->editor.conflicts(Run);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept[0].field, QStringLiteral("description"));
    QCOMPARE(kept[0].mine.toString(), QStringLiteral("bob's text"));
    QCOMPARE(kept[0].theirs.toString(), QStringLiteral("alice's text"));
    QCOMPARE(bob->run().description, QStringLiteral("alice's text"));
    QCOMPARE(bob->run().name, QStringLiteral("bob's name"));
}

void TestEditPusher::editCarriesTheRevisionTheUserSaw()
{
    auto alice = newApp(QStringLiteral("alice"));
    auto bob = newApp(QStringLiteral("bob"));
    QVERIFY(alice->pull() && bob->pull());
    const qint64 seen = bob->run().revision; // bob opens the run's dialog
    QVERIFY(alice->editor.edit(Run, RunEdit::Kind::SetDescription, QStringLiteral("alice's text")));
    QVERIFY(alice->pushAll());
    QVERIFY(bob->pull()); // bob's cache has alice's text now, but his dialog still shows the older run
    QVERIFY(bob->run().revision > seen);
    QVERIFY(bob->editor.edit(Run, RunEdit::Kind::SetDescription, QStringLiteral("bob's text"), seen));
    QVERIFY(bob->pushAll());
    QCOMPARE(serverSys()[QStringLiteral("description")].toString(), QStringLiteral("alice's text"));
    QCOMPARE(bob->editor.conflicts(Run).size(), 1);
    QCOMPARE(bob->editor.conflicts(Run)[0].mine.toString(), QStringLiteral("bob's text"));

    // An edit of what the cache shows now (no revision given) is based on the cached run and goes through.
    QVERIFY(bob->editor.edit(Run, RunEdit::Kind::SetName, QStringLiteral("bob")));
    QVERIFY(bob->pushAll());
    QCOMPARE(serverSys()[QStringLiteral("name")].toString(), QStringLiteral("bob"));
}

void TestEditPusher::resolvingWithMineWins()
{
    auto alice = newApp(QStringLiteral("alice"));
    auto bob = newApp(QStringLiteral("bob"));
    QVERIFY(alice->pull() && bob->pull());
    QVERIFY(alice->editor.edit(Run, RunEdit::Kind::SetName, QStringLiteral("alice")));
    QVERIFY(alice->pushAll());
    QVERIFY(bob->editor.edit(Run, RunEdit::Kind::SetName, QStringLiteral("bob")));
    QVERIFY(bob->pushAll());
    QCOMPARE(bob->editor.conflicts(Run).size(), 1);
    QVERIFY(bob->editor.resolve(Run, QStringLiteral("name"), true));
    QCOMPARE(bob->run().name, QStringLiteral("bob"));
    QVERIFY(bob->pushAll());
    QCOMPARE(serverSys()[QStringLiteral("name")].toString(), QStringLiteral("bob"));
    QVERIFY(bob->editor.conflicts().isEmpty());
}

void TestEditPusher::resolvingWithTheirsDropsMine()
{
    auto alice = newApp(QStringLiteral("alice"));
    auto bob = newApp(QStringLiteral("bob"));
    QVERIFY(alice->pull() && bob->pull());
    QVERIFY(alice->editor.edit(Run, RunEdit::Kind::SetFailed, true));
    QVERIFY(alice->pushAll());
    QVERIFY(bob->editor.edit(Run, RunEdit::Kind::SetFailed, false));
    QVERIFY(bob->pushAll());
    QVERIFY(bob->editor.resolve(Run, QStringLiteral("failed"), false));
    QVERIFY(bob->editor.conflicts().isEmpty());
    QVERIFY(bob->editor.outbox().isEmpty());
    QCOMPARE(bob->run().failed, true);
    QVERIFY(!bob->editor.resolve(Run, QStringLiteral("failed"), false)); // nothing left to resolve
}

void TestEditPusher::tagEditsMerge()
{
    auto alice = newApp(QStringLiteral("alice"));
    auto bob = newApp(QStringLiteral("bob"));
    QVERIFY(alice->pull() && bob->pull());
    QVERIFY(alice->editor.edit(Run, RunEdit::Kind::AddTags, QStringList{QStringLiteral("a")}));
    QVERIFY(alice->editor.edit(Run, RunEdit::Kind::AddGroupTags, QStringList{QStringLiteral("g")}));
    QVERIFY(bob->editor.edit(Run, RunEdit::Kind::AddTags, QStringList{QStringLiteral("b")}));
    QVERIFY(bob->editor.edit(Run, RunEdit::Kind::RemoveTags, QStringList{QStringLiteral("base")}));
    QVERIFY(alice->pushAll());
    QVERIFY(bob->pushAll());
    QVERIFY(bob->editor.conflicts().isEmpty());
    QCOMPARE(serverSys()[QStringLiteral("tags")].toArray(), (QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(serverSys()[QStringLiteral("group_tags")].toArray(), QJsonArray{QStringLiteral("g")});
    QVERIFY(alice->pull());
    QCOMPARE(alice->run().tags, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void TestEditPusher::trashAndRestore()
{
    auto app = newApp(QStringLiteral("a"));
    QVERIFY(app->pull());
    QVERIFY(app->editor.edit(Run, RunEdit::Kind::Trash, {}));
    QVERIFY(app->run().trashed);
    QVERIFY(app->pushAll());
    QCOMPARE(serverSys()[QStringLiteral("trashed")].toBool(), true);
    QVERIFY(app->editor.edit(Run, RunEdit::Kind::Restore, {}));
    QVERIFY(app->pushAll());
    QCOMPARE(serverSys()[QStringLiteral("trashed")].toBool(), false);
    QVERIFY(!app->run().trashed);
}

void TestEditPusher::editOfVanishedRunIsDroppedWithMessage()
{
    auto app = newApp(QStringLiteral("a"));
    QVERIFY(app->pull());
    // A run the server does not know (another server's cache, say): the edit can never succeed.
    RunRecord ghost = app->run();
    ghost.runId = QStringLiteral("CLS-99");
    ghost.number = 99;
    QVERIFY(app->cache.applyPage(Project, {ghost}, app->cache.syncState(Project)));
    QSignalSpy failed(&app->pusher, &EditPusher::failed);
    QVERIFY(app->editor.edit(QStringLiteral("CLS-99"), RunEdit::Kind::SetName, QStringLiteral("x")));
    QVERIFY(app->editor.edit(Run, RunEdit::Kind::SetName, QStringLiteral("still pushed")));
    QVERIFY(app->pushAll());
    QCOMPARE(failed.size(), 1);
    const SyncError error = failed[0][0].value<SyncError>();
    QCOMPARE(error.kind, SyncError::Kind::Refused);
    QVERIFY2(error.message.contains(QStringLiteral("CLS-99")), qPrintable(error.message));
    QCOMPARE(serverSys()[QStringLiteral("name")].toString(), QStringLiteral("still pushed"));
}

void TestEditPusher::forbiddenEditIsUndoneWithMessage_data()
{
    QTest::addColumn<bool>("readOnlyToken");
    QTest::addColumn<QString>("says");
    QTest::newRow("viewer") << false
                            << QStringLiteral("Your token can only read team/p: its user vic has the viewer role in "
                                              "workspace team, and changes need the contributor role.");
    QTest::newRow("read-only token of an owner")
        << true << QStringLiteral("Your token can only read team/p: it is a read-only token.");
}

void TestEditPusher::forbiddenEditIsUndoneWithMessage()
{
    QFETCH(bool, readOnlyToken);
    QFETCH(QString, says);
    const QString role = readOnlyToken ? QStringLiteral("owner") : QStringLiteral("viewer");
    QVERIFY2(m_server->addMember(QStringLiteral("team"), QStringLiteral("vic"), role), qPrintable(m_server->errors()));
    auto app = newApp(QStringLiteral("vic"), {}, m_server->createToken(QStringLiteral("vic"), readOnlyToken));
    QVERIFY(app->pull());
    QSignalSpy failed(&app->pusher, &EditPusher::failed);
    QVERIFY(app->editor.edit(Run, RunEdit::Kind::SetName, QStringLiteral("mine")));
    QVERIFY(app->editor.edit(Run, RunEdit::Kind::AddTags, QStringList{QStringLiteral("x")}));
    QCOMPARE(app->run().name, QStringLiteral("mine")); // shown at once, as every edit

    QVERIFY(app->pushAll());
    QCOMPARE(failed.size(), 2);
    const SyncError error = failed[0][0].value<SyncError>();
    QCOMPARE(error.kind, SyncError::Kind::Forbidden);
    QCOMPARE(error.message, says + QStringLiteral(" Your change to CLS-1 was undone."));
    QVERIFY(!error.isRetryable());
    // Nothing was saved, and the app no longer shows it: the run is as the server has it.
    QCOMPARE(app->editor.outbox().size(), 0);
    QCOMPARE(app->run().name, serverSys()[QStringLiteral("name")].toString());
    QCOMPARE(app->run().tags, QStringList{QStringLiteral("base")});
    QCOMPARE(serverSys()[QStringLiteral("tags")].toArray(), QJsonArray{QStringLiteral("base")});
}

QTEST_GUILESS_MAIN(TestEditPusher)
#include "test_editpusher.moc"
