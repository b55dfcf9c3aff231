#include "apiclient.h"
#include "helpers.h"
#include "sync/syncengine.h"
#include "testserver.h"

#include <QTcpServer>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Project = QStringLiteral("team/p");
const QString Views = QStringLiteral("/projects/team/p/views");

QJsonObject query(const QString &text)
{
    return {{QStringLiteral("query"), text}};
}

} // namespace

// Saved views between two apps and a real server: saved in one app, they reach the other; saved offline, they
// wait in the view outbox (across a restart) and go when the server is back; a save over someone else's newer
// one is a conflict that keeps both states; deletions and the default flag travel too.
class TestViewSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void viewSavedInOneAppReachesTheOther();
    void offlineEditWaitsAndGoesWhenOnline();
    void staleEditIsAConflictThatLosesNothing();
    void deletionAndDefaultReachTheOtherApp();
    void renameKeepsTheStateUnderTheNewName();

private:
    // An app with its own cache file (named `name`), following the project; `server` empty: the test server.
    std::unique_ptr<SyncEngine> newApp(const QString &name, const QUrl &server = {});
    QJsonObject serverState(const QString &view);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestViewSync::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("CLS")), 201);
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestViewSync::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_api.reset();
    m_server.reset();
}

std::unique_ptr<SyncEngine> TestViewSync::newApp(const QString &name, const QUrl &server)
{
    auto app = std::make_unique<SyncEngine>(
        ServerProfile{server.isEmpty() ? m_server->baseUrl() : server, {}, m_server->token(), name});
    app->setPollInterval(100);
    if (!app->open(m_dir->path()))
        return nullptr;
    app->follow(Project);
    return app;
}

QJsonObject TestViewSync::serverState(const QString &view)
{
    return m_api
        ->get(Views + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(view)))[QStringLiteral("state")]
        .toObject();
}

void TestViewSync::viewSavedInOneAppReachesTheOther()
{
    auto a = newApp(QStringLiteral("a"));
    auto b = newApp(QStringLiteral("b"));
    QVERIFY(a && b);
    QVERIFY(a->viewEditor().save(Project, QStringLiteral("Best runs"), query(QStringLiteral("params/lr > 0.01"))));
    QTRY_VERIFY(a->viewEditor().outbox().isEmpty());
    QCOMPARE(serverState(QStringLiteral("Best runs")), query(QStringLiteral("params/lr > 0.01")));
    QTRY_COMPARE(b->viewEditor().views(Project).size(), 1);
    const SavedView seen = b->viewEditor().views(Project).first();
    QCOMPARE(seen.name, QStringLiteral("Best runs"));
    QCOMPARE(seen.state, query(QStringLiteral("params/lr > 0.01")));
    QVERIFY(seen.revision > 0);
    // A's cache took the server's revision, so its next save is no conflict.
    QTRY_COMPARE(a->viewEditor().view(Project, QStringLiteral("Best runs"))->revision, seen.revision);
    QVERIFY(a->viewEditor().save(Project, QStringLiteral("Best runs"), query(QStringLiteral("v2"))));
    QTRY_COMPARE(serverState(QStringLiteral("Best runs")), query(QStringLiteral("v2")));
    QVERIFY(a->viewEditor().conflicts(Project).isEmpty());
}

void TestViewSync::offlineEditWaitsAndGoesWhenOnline()
{
    {
        auto a = newApp(QStringLiteral("a")); // a first session online, so the cache knows the project
        QTRY_COMPARE(a->status(Project).state, SyncStatus::State::UpToDate);
    }
    QTcpServer probe; // a port where nothing answers: the server is out of reach
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QUrl offline(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close();
    {
        auto a = newApp(QStringLiteral("a"), offline);
        QVERIFY(a);
        QVERIFY(a->viewEditor().save(Project, QStringLiteral("Offline"), query(QStringLiteral("sys/failed = false"))));
        // The app has it at once, from the cache; the server does not.
        QCOMPARE(a->viewEditor().views(Project).size(), 1);
        QCOMPARE(a->viewEditor().outbox().size(), 1);
        QTest::qWait(300);
        QCOMPARE(a->viewEditor().outbox().size(), 1);
        NEREID_EXPECT_STATUS(m_api->get(Views + QStringLiteral("/Offline")), 404);
    }
    // The next session, online: the edit left from the last one goes first thing.
    auto a = newApp(QStringLiteral("a"));
    QVERIFY(a);
    QCOMPARE(a->viewEditor().views(Project).size(), 1); // before any pull
    QTRY_VERIFY(a->viewEditor().outbox().isEmpty());
    QCOMPARE(serverState(QStringLiteral("Offline")), query(QStringLiteral("sys/failed = false")));
    auto b = newApp(QStringLiteral("b"));
    QTRY_COMPARE(b->viewEditor().views(Project).size(), 1);
}

void TestViewSync::staleEditIsAConflictThatLosesNothing()
{
    auto b = newApp(QStringLiteral("b"));
    {
        auto a = newApp(QStringLiteral("a"));
        QVERIFY(a->viewEditor().save(Project, QStringLiteral("Shared"), query(QStringLiteral("base"))));
        QTRY_VERIFY(a->viewEditor().outbox().isEmpty());
        QTRY_VERIFY(a->viewEditor().view(Project, QStringLiteral("Shared"))->revision > 0);
    }
    QTRY_COMPARE(b->viewEditor().views(Project).size(), 1);
    // B saves while A is away; A, offline, saves over the revision it had seen.
    QVERIFY(b->viewEditor().save(Project, QStringLiteral("Shared"), query(QStringLiteral("theirs"))));
    QTRY_COMPARE(serverState(QStringLiteral("Shared")), query(QStringLiteral("theirs")));
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QUrl offline(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close();
    {
        auto a = newApp(QStringLiteral("a"), offline);
        QVERIFY(a->viewEditor().save(Project, QStringLiteral("Shared"), query(QStringLiteral("mine"))));
    }
    auto a = newApp(QStringLiteral("a"));
    QSignalSpy conflicts(&a->viewPusher(), &ViewPusher::conflict);
    QTRY_COMPARE(conflicts.size(), 1);
    // The server kept theirs, A shows theirs, and A's state waits in the conflict.
    QCOMPARE(serverState(QStringLiteral("Shared")), query(QStringLiteral("theirs")));
    QCOMPARE(a->viewEditor().view(Project, QStringLiteral("Shared"))->state, query(QStringLiteral("theirs")));
    const QList<ViewConflict> waiting = a->viewEditor().conflicts(Project);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting[0].name, QStringLiteral("Shared"));
    QCOMPARE(waiting[0].mine, query(QStringLiteral("mine")));
    QCOMPARE(waiting[0].theirs, std::optional<QJsonObject>(query(QStringLiteral("theirs"))));
    // Keeping mine saves it on top of theirs.
    QVERIFY(a->viewEditor().resolve(Project, QStringLiteral("Shared"), true));
    QTRY_COMPARE(serverState(QStringLiteral("Shared")), query(QStringLiteral("mine")));
    QVERIFY(a->viewEditor().conflicts(Project).isEmpty());
    QTRY_COMPARE(b->viewEditor().view(Project, QStringLiteral("Shared"))->state, query(QStringLiteral("mine")));
}

void TestViewSync::deletionAndDefaultReachTheOtherApp()
{
    auto a = newApp(QStringLiteral("a"));
    auto b = newApp(QStringLiteral("b"));
    QVERIFY(a->viewEditor().save(Project, QStringLiteral("one"), query(QStringLiteral("1"))));
    QVERIFY(a->viewEditor().save(Project, QStringLiteral("two"), query(QStringLiteral("2"))));
    QTRY_COMPARE(b->viewEditor().views(Project).size(), 2);
    QVERIFY(b->viewEditor().setDefault(Project, QStringLiteral("two")));
    QTRY_VERIFY(a->viewEditor().view(Project, QStringLiteral("two"))->isDefault);
    QVERIFY(!a->viewEditor().view(Project, QStringLiteral("one"))->isDefault);
    QVERIFY(a->viewEditor().setDefault(Project, QStringLiteral("one")));
    QTRY_VERIFY(b->viewEditor().view(Project, QStringLiteral("one"))->isDefault);
    QTRY_VERIFY(!b->viewEditor().view(Project, QStringLiteral("two"))->isDefault);
    QVERIFY(a->viewEditor().remove(Project, QStringLiteral("one")));
    QCOMPARE(a->viewEditor().views(Project).size(), 1);
    QTRY_COMPARE(b->viewEditor().views(Project).size(), 1);
    QCOMPARE(b->viewEditor().views(Project).first().name, QStringLiteral("two"));
    NEREID_EXPECT_STATUS(m_api->get(Views + QStringLiteral("/one")), 404);
}

void TestViewSync::renameKeepsTheStateUnderTheNewName()
{
    auto a = newApp(QStringLiteral("a"));
    QVERIFY(a->viewEditor().save(Project, QStringLiteral("old"), query(QStringLiteral("q")), true));
    QVERIFY(a->viewEditor().rename(Project, QStringLiteral("old"), QStringLiteral("new")));
    QVERIFY(!a->viewEditor().rename(Project, QStringLiteral("absent"), QStringLiteral("x")));
    QTRY_VERIFY(a->viewEditor().outbox().isEmpty());
    NEREID_EXPECT_STATUS(m_api->get(Views + QStringLiteral("/old")), 404);
    const ApiReply renamed = m_api->get(Views + QStringLiteral("/new"));
    QCOMPARE(renamed[QStringLiteral("state")].toObject(), query(QStringLiteral("q")));
    QCOMPARE(renamed[QStringLiteral("default")].toBool(), true);
}

QTEST_GUILESS_MAIN(TestViewSync)
#include "test_viewsync.moc"
