#include "apiclient.h"
#include "helpers.h"
#include "testserver.h"

#include <QtTest>

using namespace nereid::test;

// The administration commands an operator types on the server's machine: users and workspace members.
class TestServerMembers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void memberAddListRemove();
    void membershipTakesEffectAtOnce();
    void badRoleIsRefused_data();
    void badRoleIsRefused();
    void unknownUserOrWorkspaceIsRefused();
    void userAddTwiceIsRefused();
    void userListShowsEachUsersRoles();
    void incompleteCommandShowsUsage_data();
    void incompleteCommandShowsUsage();

private:
    TestServer::CliResult run(const QStringList &words) { return m_server->cli(words); }
    QString list(const QString &workspace);

    std::unique_ptr<TestServer> m_server;
};

void TestServerMembers::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
}

void TestServerMembers::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_server.reset();
}

QString TestServerMembers::list(const QString &workspace)
{
    const TestServer::CliResult result = run({QStringLiteral("member"), QStringLiteral("list"), workspace});
    return result.exitCode == 0 ? QString::fromUtf8(result.out)
                                : QString::fromUtf8("exit %1: " + result.err).arg(result.exitCode);
}

void TestServerMembers::memberAddListRemove()
{
    for (const QString &user : {QStringLiteral("bob"), QStringLiteral("alice")})
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), user}).exitCode, 0);
    const TestServer::CliResult added = run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("team"),
                                             QStringLiteral("bob"), QStringLiteral("contributor")});
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.out.contains("contributor"), added.out.constData());
    QCOMPARE(run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("team"), QStringLiteral("alice"),
                  QStringLiteral("owner")})
                 .exitCode,
             0);
    QCOMPARE(list(QStringLiteral("team")), QStringLiteral("alice\towner\nbob\tcontributor\n"));

    // Adding again changes the role; other workspaces are not touched.
    QCOMPARE(run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("team"), QStringLiteral("bob"),
                  QStringLiteral("viewer")})
                 .exitCode,
             0);
    QCOMPARE(list(QStringLiteral("team")), QStringLiteral("alice\towner\nbob\tviewer\n"));
    QCOMPARE(list(QStringLiteral("other")), QString());

    QCOMPARE(run({QStringLiteral("member"), QStringLiteral("remove"), QStringLiteral("team"), QStringLiteral("bob")})
                 .exitCode,
             0);
    QCOMPARE(list(QStringLiteral("team")), QStringLiteral("alice\towner\n"));
    const TestServer::CliResult again =
        run({QStringLiteral("member"), QStringLiteral("remove"), QStringLiteral("team"), QStringLiteral("bob")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("bob is not a member of workspace team"), again.err.constData());
}

void TestServerMembers::membershipTakesEffectAtOnce()
{
    ApiClient admin(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(admin, QStringLiteral("team/cls"), QStringLiteral("CLS")), 201);
    ApiClient bob(m_server->apiUrl(), m_server->createToken(QStringLiteral("bob")));
    NEREID_EXPECT_STATUS(bob.get(QStringLiteral("/projects/team/cls")), 404);

    // The running server sees the change with its next request: no restart, no stale cache.
    QVERIFY2(m_server->addMember(QStringLiteral("team"), QStringLiteral("bob"), QStringLiteral("viewer")),
             qPrintable(m_server->errors()));
    NEREID_EXPECT_STATUS(bob.get(QStringLiteral("/projects/team/cls")), 200);
    NEREID_EXPECT_STATUS(createRun(bob, QStringLiteral("team/cls")), 403);
    QVERIFY(m_server->addMember(QStringLiteral("team"), QStringLiteral("bob"), QStringLiteral("contributor")));
    NEREID_EXPECT_STATUS(createRun(bob, QStringLiteral("team/cls")), 201);
    QCOMPARE(run({QStringLiteral("member"), QStringLiteral("remove"), QStringLiteral("team"), QStringLiteral("bob")})
                 .exitCode,
             0);
    NEREID_EXPECT_STATUS(bob.get(QStringLiteral("/projects/team/cls")), 404);
}

void TestServerMembers::badRoleIsRefused_data()
{
    QTest::addColumn<QString>("role");
    QTest::newRow("admin") << QStringLiteral("admin");
    QTest::newRow("capitalised") << QStringLiteral("Owner");
    QTest::newRow("none") << QStringLiteral("none");
    QTest::newRow("empty") << QString();
    QTest::newRow("plural") << QStringLiteral("viewers");
}

void TestServerMembers::badRoleIsRefused()
{
    QFETCH(QString, role);
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob")}).exitCode, 0);
    const TestServer::CliResult result =
        run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("team"), QStringLiteral("bob"), role});
    QCOMPARE(result.exitCode, 1);
    const QString said = QString::fromUtf8(result.err);
    QVERIFY2(said.contains(QStringLiteral("\"%1\" is not a role: use viewer, contributor or owner").arg(role)),
             qPrintable(said));
    QCOMPARE(list(QStringLiteral("team")), QString()); // nothing written
}

void TestServerMembers::unknownUserOrWorkspaceIsRefused()
{
    const TestServer::CliResult ghost = run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("team"),
                                             QStringLiteral("ghost"), QStringLiteral("viewer")});
    QCOMPARE(ghost.exitCode, 1);
    QVERIFY2(ghost.err.contains("there is no user ghost"), ghost.err.constData());

    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob")}).exitCode, 0);
    const TestServer::CliResult badName = run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("te/am"),
                                               QStringLiteral("bob"), QStringLiteral("viewer")});
    QCOMPARE(badName.exitCode, 1);
    QVERIFY2(badName.err.contains("not a valid workspace name"), badName.err.constData());
}

void TestServerMembers::userAddTwiceIsRefused()
{
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob")}).exitCode, 0);
    const TestServer::CliResult again = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("the user bob exists already"), again.err.constData());
    const TestServer::CliResult blank = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("b ob")});
    QCOMPARE(blank.exitCode, 1);
    QVERIFY2(blank.err.contains("not a valid user name"), blank.err.constData());
}

void TestServerMembers::userListShowsEachUsersRoles()
{
    // The first user (made on the first start, named after the OS user) is the administrator.
    const TestServer::CliResult before = run({QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE(before.exitCode, 0);
    const QString admin = QString::fromUtf8(before.out).section(QLatin1Char('\t'), 0, 0);
    QVERIFY2(!admin.isEmpty(), before.out.constData());
    QCOMPARE(QString::fromUtf8(before.out), admin + QStringLiteral("\tadministrator\n"));

    for (const QString &user : {QStringLiteral("zoe"), QStringLiteral("bob"), QStringLiteral("carol")})
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), user}).exitCode, 0);
    QVERIFY2(m_server->addMember(QStringLiteral("team"), QStringLiteral("bob"), QStringLiteral("viewer")),
             qPrintable(m_server->errors()));
    QVERIFY(m_server->addMember(QStringLiteral("demo"), QStringLiteral("bob"), QStringLiteral("owner")));
    QVERIFY(m_server->addMember(QStringLiteral("team"), QStringLiteral("zoe"), QStringLiteral("contributor")));

    // By name; roles by workspace; a user without a role has nothing after the tab.
    const TestServer::CliResult listed = run({QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QStringList expected{admin + QStringLiteral("\tadministrator"), QStringLiteral("bob\tdemo:owner team:viewer"),
                         QStringLiteral("carol\t"), QStringLiteral("zoe\tteam:contributor")};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(QString::fromUtf8(listed.out), expected.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    QVERIFY(listed.err.isEmpty());
}

void TestServerMembers::incompleteCommandShowsUsage_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::newRow("member add without role")
        << QStringList{QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("team"), QStringLiteral("bob")};
    QTest::newRow("member remove without user")
        << QStringList{QStringLiteral("member"), QStringLiteral("remove"), QStringLiteral("team")};
    QTest::newRow("member list without workspace") << QStringList{QStringLiteral("member"), QStringLiteral("list")};
    QTest::newRow("member rename") << QStringList{QStringLiteral("member"), QStringLiteral("rename"),
                                                  QStringLiteral("team"), QStringLiteral("bob")};
    QTest::newRow("user without name") << QStringList{QStringLiteral("user"), QStringLiteral("add")};
    QTest::newRow("user list with a name")
        << QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("bob")};
    QTest::newRow("user without verb") << QStringList{QStringLiteral("user")};
}

void TestServerMembers::incompleteCommandShowsUsage()
{
    QFETCH(QStringList, words);
    const TestServer::CliResult result = run(words);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("Use '"), result.err.constData());
}

QTEST_GUILESS_MAIN(TestServerMembers)
#include "test_server_members.moc"
