#include "apiclient.h"
#include "helpers.h"
#include "postgresdatabase.h"
#include "testserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QtTest>

using namespace nereid::test;

// Who may talk to the server: the health route is open, everything else needs a live bearer token.
class TestServerAuth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void healthNeedsNoToken();
    void refusesWithoutValidToken_data();
    void refusesWithoutValidToken();
    void refusedRequestChangesNothing();
    void whoamiNamesTheFirstUser();
    void whoamiSaysReadOnlyAndRoles();
    void tokenCreateMakesAWorkingToken();
    void revokedTokenIsRefused();
    void firstStartWritesPrivateTokenFile();
    void tokenSurvivesRestart();
    void tokensAreNotStoredInClear();

private:
    std::unique_ptr<TestServer> m_server;
};

void TestServerAuth::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
}

void TestServerAuth::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_server.reset();
}

void TestServerAuth::healthNeedsNoToken()
{
    ApiClient api(m_server->apiUrl());
    const ApiReply reply = api.get(QStringLiteral("/health"));
    NEREID_EXPECT_STATUS(reply, 200);
    QCOMPARE(reply[QStringLiteral("status")].toString(), QStringLiteral("ok"));
    QCOMPARE(reply[QStringLiteral("version")].toString(), QStringLiteral(NEREID_VERSION));
}

void TestServerAuth::refusesWithoutValidToken_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");

    const QByteArray unknown = "Bearer 0123456789abcdef0123456789abcdef";
    QTest::newRow("whoami, no header") << QByteArray("GET") << QStringLiteral("/whoami") << QByteArray();
    QTest::newRow("whoami, unknown token") << QByteArray("GET") << QStringLiteral("/whoami") << unknown;
    QTest::newRow("whoami, empty bearer") << QByteArray("GET") << QStringLiteral("/whoami") << QByteArray("Bearer ");
    QTest::newRow("whoami, basic scheme")
        << QByteArray("GET") << QStringLiteral("/whoami") << QByteArray("Basic YWxpY2U6c2VjcmV0");
    QTest::newRow("list projects, no header") << QByteArray("GET") << QStringLiteral("/projects") << QByteArray();
    QTest::newRow("create project, unknown token") << QByteArray("POST") << QStringLiteral("/projects") << unknown;
    QTest::newRow("run, no header") << QByteArray("GET") << QStringLiteral("/runs/CLS-1") << QByteArray();
    QTest::newRow("operations, unknown token")
        << QByteArray("POST") << QStringLiteral("/runs/CLS-1/operations") << unknown;
}

void TestServerAuth::refusesWithoutValidToken()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);

    ApiClient api(m_server->apiUrl());
    RawHeaders headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const ApiReply reply = api.sendRaw(method, path, method == "POST" ? QByteArray("{}") : QByteArray(), headers);
    NEREID_EXPECT_STATUS(reply, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("unauthorized"));
    QVERIFY2(!reply.message().isEmpty(), reply.body.constData());
}

void TestServerAuth::refusedRequestChangesNothing()
{
    ApiClient stranger(m_server->apiUrl(), QStringLiteral("not-a-token"));
    NEREID_EXPECT_STATUS(createProject(stranger, QStringLiteral("team/secret"), QStringLiteral("SEC")), 401);

    ApiClient owner(m_server->apiUrl(), m_server->token());
    const ApiReply list = owner.get(QStringLiteral("/projects"));
    NEREID_EXPECT_STATUS(list, 200);
    QCOMPARE(list[QStringLiteral("projects")].toArray().size(), 0);
}

void TestServerAuth::whoamiNamesTheFirstUser()
{
    ApiClient api(m_server->apiUrl(), m_server->token());
    const ApiReply reply = api.get(QStringLiteral("/whoami"));
    NEREID_EXPECT_STATUS(reply, 200);
    const QString user = reply[QStringLiteral("user")].toString();
    QVERIFY(!user.isEmpty());
    const QString osUser = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    if (!osUser.isEmpty())
        QCOMPARE(user, osUser);
}

void TestServerAuth::whoamiSaysReadOnlyAndRoles()
{
    ApiClient admin(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(admin, QStringLiteral("demo/sweep"), QStringLiteral("SWP")), 201);
    QVERIFY2(m_server->addMember(QStringLiteral("team"), QStringLiteral("bob"), QStringLiteral("viewer")),
             qPrintable(m_server->errors()));
    QVERIFY(m_server->addMember(QStringLiteral("demo"), QStringLiteral("bob"), QStringLiteral("contributor")));
    m_server->createToken(QStringLiteral("carol"));

    // The administrator owns every workspace there is: one with a project, one with members only.
    const QJsonObject owner{{QStringLiteral("demo"), QStringLiteral("owner")},
                            {QStringLiteral("team"), QStringLiteral("owner")}};
    const ApiReply first = admin.get(QStringLiteral("/whoami"));
    NEREID_EXPECT_STATUS(first, 200);
    QCOMPARE(first[QStringLiteral("read_only")], QJsonValue(false));
    QCOMPARE(first[QStringLiteral("admin")], QJsonValue(true));
    QCOMPARE(first[QStringLiteral("workspaces")].toObject(), owner);

    // Another user: their own roles, and the token's read-only flag whatever the roles.
    const QJsonObject roles{{QStringLiteral("demo"), QStringLiteral("contributor")},
                            {QStringLiteral("team"), QStringLiteral("viewer")}};
    for (const bool readOnly : {false, true}) {
        ApiClient bob(m_server->apiUrl(), m_server->createToken(QStringLiteral("bob"), readOnly));
        const ApiReply reply = bob.get(QStringLiteral("/whoami"));
        NEREID_EXPECT_STATUS(reply, 200);
        QCOMPARE(reply[QStringLiteral("user")].toString(), QStringLiteral("bob"));
        QCOMPARE(reply[QStringLiteral("read_only")], QJsonValue(readOnly));
        QCOMPARE(reply[QStringLiteral("admin")], QJsonValue(false));
        QCOMPARE(reply[QStringLiteral("workspaces")].toObject(), roles);
    }

    // A user without a role anywhere: an empty object, not a missing one.
    ApiClient carol(m_server->apiUrl(), m_server->createToken(QStringLiteral("carol")));
    const ApiReply none = carol.get(QStringLiteral("/whoami"));
    NEREID_EXPECT_STATUS(none, 200);
    QVERIFY(none[QStringLiteral("workspaces")].isObject());
    QCOMPARE(none[QStringLiteral("workspaces")].toObject(), QJsonObject());
}

void TestServerAuth::tokenCreateMakesAWorkingToken()
{
    const QString alice = m_server->createToken(QStringLiteral("alice"));
    QVERIFY2(!alice.isEmpty(), qPrintable(m_server->errors()));
    const QString alice2 = m_server->createToken(QStringLiteral("alice"));
    const QString bob = m_server->createToken(QStringLiteral("bob"));
    QVERIFY(alice2 != alice && bob != alice && alice != m_server->token());

    // Tokens made while the server runs work at once, and each names its own user.
    for (const auto &[token, user] :
         {std::pair{alice, QStringLiteral("alice")}, std::pair{alice2, QStringLiteral("alice")},
          std::pair{bob, QStringLiteral("bob")}}) {
        ApiClient api(m_server->apiUrl(), token);
        const ApiReply reply = api.get(QStringLiteral("/whoami"));
        NEREID_EXPECT_STATUS(reply, 200);
        QCOMPARE(reply[QStringLiteral("user")].toString(), user);
    }
}

void TestServerAuth::revokedTokenIsRefused()
{
    const QString keep = m_server->createToken(QStringLiteral("carol"));
    const QString revoked = m_server->createToken(QStringLiteral("carol"));
    ApiClient api(m_server->apiUrl(), revoked);
    NEREID_EXPECT_STATUS(api.get(QStringLiteral("/whoami")), 200);

    QVERIFY2(m_server->revokeToken(revoked), qPrintable(m_server->errors()));
    const ApiReply reply = api.get(QStringLiteral("/whoami"));
    NEREID_EXPECT_STATUS(reply, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("unauthorized"));

    // Only that token: the user's other token still works.
    ApiClient other(m_server->apiUrl(), keep);
    NEREID_EXPECT_STATUS(other.get(QStringLiteral("/whoami")), 200);
}

void TestServerAuth::firstStartWritesPrivateTokenFile()
{
    QFile file(QDir(m_server->dataDir()).filePath(QStringLiteral("token")));
    QVERIFY(file.exists());
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(file.permissions() & others, QFileDevice::Permissions());
    QVERIFY(file.permissions() & QFileDevice::ReadOwner);
    QVERIFY(!m_server->token().isEmpty());
}

void TestServerAuth::tokenSurvivesRestart()
{
    const QString before = m_server->token();
    const QString bob = m_server->createToken(QStringLiteral("bob"));
    QVERIFY2(m_server->restart(), qPrintable(m_server->errors()));
    QCOMPARE(m_server->token(), before);
    for (const QString &token : {before, bob}) {
        ApiClient api(m_server->apiUrl(), token);
        NEREID_EXPECT_STATUS(api.get(QStringLiteral("/whoami")), 200);
    }
}

void TestServerAuth::tokensAreNotStoredInClear()
{
    const QByteArray secret = m_server->createToken(QStringLiteral("dave")).toUtf8();
    QVERIFY(!secret.isEmpty());
    m_server->stop(); // so the database and its WAL are complete on disk
    QDirIterator it(m_server->dataDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName() + QStringLiteral(" holds the token")));
    }
    if (PostgresDatabase *postgres = m_server->postgres()) { // the runs' database is not in the data folder
        bool ok = false;
        const QByteArray dump = postgres->dump(&ok);
        QVERIFY2(ok, qPrintable(postgres->problem()));
        QVERIFY2(dump.contains("CREATE TABLE"), dump.left(500).constData()); // a dump of something
        QVERIFY2(!dump.contains(secret), "the PostgreSQL database holds the token");
    }
}

QTEST_GUILESS_MAIN(TestServerAuth)
#include "test_server_auth.moc"
