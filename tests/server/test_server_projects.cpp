#include "apiclient.h"
#include "domain/projectkey.h"
#include "helpers.h"
#include "testserver.h"

#include <QDateTime>
#include <QtTest>

using namespace nereid::test;

// Projects: creation with or without a key, the refusals of bad names and keys, listing and lookup.
class TestServerProjects : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsProject();
    void getAndListProject();
    void derivesKeyWhenNoneGiven();
    void refusesBadName_data();
    void refusesBadName();
    void refusesBadKey_data();
    void refusesBadKey();
    void refusesBadBody_data();
    void refusesBadBody();
    void refusesDuplicates();
    void unknownProject_data();
    void unknownProject();
    void countsRunsAndRevisions();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
};

void TestServerProjects::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
}

void TestServerProjects::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_api.reset();
    m_server.reset();
}

void TestServerProjects::createsProject()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
    const ApiReply reply = m_api->post(QStringLiteral("/projects"),
                                       {{QStringLiteral("name"), QStringLiteral("team/classification")},
                                        {QStringLiteral("key"), QStringLiteral("CLS")},
                                        {QStringLiteral("description"), QStringLiteral("Image classifiers")}});
    NEREID_EXPECT_STATUS(reply, 201);
    QCOMPARE(reply[QStringLiteral("name")].toString(), QStringLiteral("team/classification"));
    QCOMPARE(reply[QStringLiteral("workspace")].toString(), QStringLiteral("team"));
    QCOMPARE(reply[QStringLiteral("project")].toString(), QStringLiteral("classification"));
    QCOMPARE(reply[QStringLiteral("key")].toString(), QStringLiteral("CLS"));
    QCOMPARE(reply[QStringLiteral("description")].toString(), QStringLiteral("Image classifiers"));
    QCOMPARE(reply[QStringLiteral("revision")].toInteger(-1), 0);
    QCOMPARE(reply[QStringLiteral("run_count")].toInteger(-1), 0);
    const QString created = reply[QStringLiteral("creation_time")].toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                 .match(created)
                 .hasMatch(),
             qPrintable(created));
    const QDateTime time = QDateTime::fromString(created, Qt::ISODateWithMs);
    QVERIFY(time >= before && time <= QDateTime::currentDateTimeUtc().addSecs(5));
}

void TestServerProjects::getAndListProject()
{
    const ApiReply created = createProject(*m_api, QStringLiteral("team/classification"), QStringLiteral("CLS"));
    NEREID_EXPECT_STATUS(created, 201);
    NEREID_EXPECT_STATUS(createProject(*m_api, QStringLiteral("other/detection"), QStringLiteral("DET")), 201);

    const ApiReply one = m_api->get(QStringLiteral("/projects/team/classification"));
    NEREID_EXPECT_STATUS(one, 200);
    QCOMPARE(one.object(), created.object());

    const ApiReply list = m_api->get(QStringLiteral("/projects"));
    NEREID_EXPECT_STATUS(list, 200);
    QStringList names;
    for (const QJsonValue &project : list[QStringLiteral("projects")].toArray())
        names << project[QStringLiteral("name")].toString();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("other/detection"), QStringLiteral("team/classification")}));
}

void TestServerProjects::derivesKeyWhenNoneGiven()
{
    const ApiReply first = createProject(*m_api, QStringLiteral("team/classification"));
    NEREID_EXPECT_STATUS(first, 201);
    QCOMPARE(first[QStringLiteral("key")].toString(), QStringLiteral("CLA"));

    // The same project name in another workspace needs another key.
    const ApiReply second = createProject(*m_api, QStringLiteral("other/classification"));
    NEREID_EXPECT_STATUS(second, 201);
    const QString key = second[QStringLiteral("key")].toString();
    QVERIFY2(key.startsWith(QStringLiteral("CLA")) && key != QStringLiteral("CLA"), qPrintable(key));
    QVERIFY2(nereid::ProjectKey::isValid(key), qPrintable(key));

    // A name without enough letters still gets a valid key.
    const ApiReply digits = createProject(*m_api, QStringLiteral("team/2024"));
    NEREID_EXPECT_STATUS(digits, 201);
    QVERIFY2(nereid::ProjectKey::isValid(digits[QStringLiteral("key")].toString()), digits.body.constData());
}

void TestServerProjects::refusesBadName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("no workspace") << QStringLiteral("classification");
    QTest::newRow("three parts") << QStringLiteral("a/b/c");
    QTest::newRow("empty workspace") << QStringLiteral("/proj");
    QTest::newRow("empty project") << QStringLiteral("team/");
    QTest::newRow("starts with dash") << QStringLiteral("team/-proj");
    QTest::newRow("space") << QStringLiteral("team/my proj");
    QTest::newRow("bang") << QStringLiteral("team/proj!");
    QTest::newRow("non-ascii") << QStringLiteral("team/pr\u00f6j");
    QTest::newRow("51 characters") << QStringLiteral("team/") + QString(51, QLatin1Char('p'));
}

void TestServerProjects::refusesBadName()
{
    QFETCH(QString, name);
    const ApiReply reply = createProject(*m_api, name, QStringLiteral("KEY"));
    NEREID_EXPECT_STATUS(reply, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_project_name"));
    QVERIFY(!reply.message().isEmpty());
    QCOMPARE(m_api->get(QStringLiteral("/projects"))[QStringLiteral("projects")].toArray().size(), 0);
}

void TestServerProjects::refusesBadKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("lower case") << QStringLiteral("cls");
    QTest::newRow("digits only") << QStringLiteral("123");
    QTest::newRow("11 characters") << QStringLiteral("ABCDEFGHIJK");
    QTest::newRow("dash") << QStringLiteral("C-L");
}

void TestServerProjects::refusesBadKey()
{
    QFETCH(QString, key);
    const ApiReply reply =
        m_api->post(QStringLiteral("/projects"),
                    {{QStringLiteral("name"), QStringLiteral("team/proj")}, {QStringLiteral("key"), key}});
    NEREID_EXPECT_STATUS(reply, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_project_key"));
    QCOMPARE(m_api->get(QStringLiteral("/projects"))[QStringLiteral("projects")].toArray().size(), 0);
}

void TestServerProjects::refusesBadBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{\"name\": ") << QStringLiteral("malformed_json");
    QTest::newRow("array") << QByteArray("[\"team/proj\"]") << QStringLiteral("malformed_json");
    QTest::newRow("empty body") << QByteArray() << QStringLiteral("malformed_json");
    QTest::newRow("no name") << QByteArray("{\"key\": \"ABC\"}") << QStringLiteral("invalid_request");
    QTest::newRow("name is a number") << QByteArray("{\"name\": 5}") << QStringLiteral("invalid_request");
    QTest::newRow("key is a number") << QByteArray("{\"name\": \"team/proj\", \"key\": 5}")
                                     << QStringLiteral("invalid_request");
}

void TestServerProjects::refusesBadBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const ApiReply reply = m_api->sendRaw("POST", QStringLiteral("/projects"), body);
    NEREID_EXPECT_STATUS(reply, 400);
    QCOMPARE(reply.errorCode(), error);
}

void TestServerProjects::refusesDuplicates()
{
    NEREID_EXPECT_STATUS(createProject(*m_api, QStringLiteral("team/classification"), QStringLiteral("CLS")), 201);

    const ApiReply sameName = createProject(*m_api, QStringLiteral("team/classification"), QStringLiteral("OTHER"));
    NEREID_EXPECT_STATUS(sameName, 409);
    QCOMPARE(sameName.errorCode(), QStringLiteral("project_exists"));
    QVERIFY2(sameName.message().contains(QStringLiteral("team/classification")), sameName.body.constData());

    const ApiReply sameKey = createProject(*m_api, QStringLiteral("team/other"), QStringLiteral("CLS"));
    NEREID_EXPECT_STATUS(sameKey, 409);
    QCOMPARE(sameKey.errorCode(), QStringLiteral("key_taken"));
    QVERIFY2(sameKey.message().contains(QStringLiteral("CLS")), sameKey.body.constData());

    QCOMPARE(m_api->get(QStringLiteral("/projects"))[QStringLiteral("projects")].toArray().size(), 1);
}

void TestServerProjects::unknownProject_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("get project") << QByteArray("GET") << QStringLiteral("/projects/team/nothing");
    QTest::newRow("list runs") << QByteArray("GET") << QStringLiteral("/projects/team/nothing/runs");
    QTest::newRow("create run") << QByteArray("POST") << QStringLiteral("/projects/team/nothing/runs");
    QTest::newRow("changes") << QByteArray("GET") << QStringLiteral("/projects/team/nothing/changes");
}

void TestServerProjects::unknownProject()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const ApiReply reply = m_api->sendRaw(method, path, method == "POST" ? QByteArray("{}") : QByteArray());
    NEREID_EXPECT_STATUS(reply, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("unknown_project"));
    QVERIFY2(reply.message().contains(QStringLiteral("team/nothing")), reply.body.constData());
}

void TestServerProjects::countsRunsAndRevisions()
{
    NEREID_EXPECT_STATUS(createProject(*m_api, QStringLiteral("team/classification"), QStringLiteral("CLS")), 201);
    NEREID_EXPECT_STATUS(createProject(*m_api, QStringLiteral("team/other"), QStringLiteral("OTH")), 201);
    NEREID_EXPECT_STATUS(createRun(*m_api, QStringLiteral("team/classification")), 201);
    const ApiReply run = createRun(*m_api, QStringLiteral("team/classification"));
    NEREID_EXPECT_STATUS(run, 201);

    const ApiReply project = m_api->get(QStringLiteral("/projects/team/classification"));
    QCOMPARE(project[QStringLiteral("run_count")].toInteger(), 2);
    QCOMPARE(project[QStringLiteral("revision")].toInteger(), run[QStringLiteral("revision")].toInteger());
    QVERIFY(project[QStringLiteral("revision")].toInteger() > 0);

    // Another project's counters are its own.
    const ApiReply other = m_api->get(QStringLiteral("/projects/team/other"));
    QCOMPARE(other[QStringLiteral("run_count")].toInteger(-1), 0);
    QCOMPARE(other[QStringLiteral("revision")].toInteger(-1), 0);
}

QTEST_GUILESS_MAIN(TestServerProjects)
#include "test_server_projects.moc"
