#include "apiclient.h"
#include "helpers.h"
#include "testserver.h"

#include <cmath>
#include <QtTest>

using namespace nereid::test;

namespace {
const QString Project = QStringLiteral("team/classification");

QJsonObject sysOf(const ApiReply &reply)
{
    return reply[QStringLiteral("sys")].toObject();
}

QStringList idsOf(const ApiReply &listing)
{
    QStringList ids;
    for (const QJsonValue &run : listing[QStringLiteral("runs")].toArray())
        ids << run[QStringLiteral("id")].toString();
    return ids;
}
} // namespace

// Runs: creation and its defaults, resuming, client contact (ping, stop, state), listing and the trash.
class TestServerRuns : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsRunWithDefaults();
    void numbersRunsPerProject();
    void createsRunWithInitialValues();
    void ownerIsTheTokensUser();
    void resumesByCustomRunId();
    void customRunIdsArePerProject();
    void resumesByWithId();
    void unknownWithIdIsRefused();
    void refusesBadCreateBody_data();
    void refusesBadCreateBody();
    void pingAndStopSetState();
    void runningTimeAddsUpAcrossResumes();
    void becomesInactiveWithoutContact();
    void testClockTakesOnlyForwardSteps_data();
    void testClockTakesOnlyForwardSteps();
    void testClockNeedsLoopback();
    void unknownRun_data();
    void unknownRun();
    void listsNewestFirstWithPaging();
    void refusesBadListParameters_data();
    void refusesBadListParameters();
    void trashAndRestore();

private:
    ApiReply create(const QJsonObject &body = {}) { return createRun(*m_api, Project, body); }
    ApiReply list(const QString &query = {})
    {
        return m_api->get(projectPath(Project) + QStringLiteral("/runs") + query);
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
};

void TestServerRuns::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("CLS")), 201);
}

void TestServerRuns::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_api.reset();
    m_server.reset();
}

void TestServerRuns::createsRunWithDefaults()
{
    const ApiReply run = create();
    NEREID_EXPECT_STATUS(run, 201);
    QCOMPARE(run[QStringLiteral("id")].toString(), QStringLiteral("CLS-1"));
    QCOMPARE(run[QStringLiteral("project")].toString(), Project);
    QVERIFY(run[QStringLiteral("revision")].toInteger() > 0);
    QCOMPARE(run[QStringLiteral("fields")].toObject(), QJsonObject());

    const QJsonObject sys = sysOf(run);
    for (const char *member :
         {"id", "name", "creation_time", "owner", "tags", "group_tags", "description", "running_time",
          "modification_time", "ping_time", "state", "failed", "size", "hostname", "trashed", "monitoring_time"})
        QVERIFY2(sys.contains(QLatin1String(member)), member);
    QVERIFY2(!sys.contains(QStringLiteral("custom_run_id")), "a run without a custom id leaves it out");
    QCOMPARE(sys[QStringLiteral("id")].toString(), QStringLiteral("CLS-1"));
    QCOMPARE(sys[QStringLiteral("name")].toString(), QStringLiteral("Untitled"));
    QCOMPARE(sys[QStringLiteral("owner")].toString(),
             m_api->get(QStringLiteral("/whoami"))[QStringLiteral("user")].toString());
    QCOMPARE(sys[QStringLiteral("tags")].toArray(), QJsonArray());
    QCOMPARE(sys[QStringLiteral("group_tags")].toArray(), QJsonArray());
    QCOMPARE(sys[QStringLiteral("description")].toString(), QString());
    QCOMPARE(sys[QStringLiteral("failed")].toBool(true), false);
    QCOMPARE(sys[QStringLiteral("trashed")].toBool(true), false);
    QCOMPARE(sys[QStringLiteral("state")].toString(), QStringLiteral("active"));
    for (const char *time : {"creation_time", "modification_time", "ping_time"})
        QVERIFY2(isApiDatetime(sys[QLatin1String(time)]), time);
    QVERIFY(sys[QStringLiteral("running_time")].isDouble());
    QVERIFY(sys[QStringLiteral("size")].isDouble());

    const QJsonObject revisions = run[QStringLiteral("sys_revisions")].toObject();
    for (const char *member : {"name", "description", "failed"})
        QVERIFY2(revisions.value(QLatin1String(member)).isDouble(), member);

    // What the creation answered is what a later read gives.
    const ApiReply read = m_api->get(runPath(QStringLiteral("CLS-1")));
    NEREID_EXPECT_STATUS(read, 200);
    QCOMPARE(read[QStringLiteral("id")], run[QStringLiteral("id")]);
    QCOMPARE(sysOf(read)[QStringLiteral("creation_time")], sys[QStringLiteral("creation_time")]);
}

void TestServerRuns::numbersRunsPerProject()
{
    NEREID_EXPECT_STATUS(createProject(*m_api, QStringLiteral("team/other"), QStringLiteral("OTH")), 201);
    QCOMPARE(create()[QStringLiteral("id")].toString(), QStringLiteral("CLS-1"));
    QCOMPARE(create()[QStringLiteral("id")].toString(), QStringLiteral("CLS-2"));
    QCOMPARE(createRun(*m_api, QStringLiteral("team/other"))[QStringLiteral("id")].toString(), QStringLiteral("OTH-1"));
    QCOMPARE(create()[QStringLiteral("id")].toString(), QStringLiteral("CLS-3"));
}

void TestServerRuns::createsRunWithInitialValues()
{
    const ApiReply run = create({{QStringLiteral("name"), QStringLiteral("lr sweep")},
                                 {QStringLiteral("description"), QStringLiteral("warmup 500")},
                                 {QStringLiteral("tags"), QJsonArray{QStringLiteral("sweep"), QStringLiteral("v2")}},
                                 {QStringLiteral("group_tags"), QJsonArray{QStringLiteral("lr")}},
                                 {QStringLiteral("hostname"), QStringLiteral("gpu-box")}});
    NEREID_EXPECT_STATUS(run, 201);
    const QJsonObject sys = sysOf(run);
    QCOMPARE(sys[QStringLiteral("name")].toString(), QStringLiteral("lr sweep"));
    QCOMPARE(sys[QStringLiteral("description")].toString(), QStringLiteral("warmup 500"));
    QStringList tags = sys[QStringLiteral("tags")].toVariant().toStringList();
    tags.sort();
    QCOMPARE(tags, (QStringList{QStringLiteral("sweep"), QStringLiteral("v2")}));
    QCOMPARE(sys[QStringLiteral("group_tags")].toVariant().toStringList(), QStringList{QStringLiteral("lr")});
    QCOMPARE(sys[QStringLiteral("hostname")].toString(), QStringLiteral("gpu-box"));
}

void TestServerRuns::ownerIsTheTokensUser()
{
    QVERIFY(m_server->addMember(QStringLiteral("team"), QStringLiteral("bob"), QStringLiteral("contributor")));
    ApiClient bob(m_server->apiUrl(), m_server->createToken(QStringLiteral("bob")));
    const ApiReply run = createRun(bob, Project);
    NEREID_EXPECT_STATUS(run, 201);
    QCOMPARE(sysOf(run)[QStringLiteral("owner")].toString(), QStringLiteral("bob"));
}

void TestServerRuns::resumesByCustomRunId()
{
    const ApiReply first = create({{QStringLiteral("custom_run_id"), QStringLiteral("sweep-7")},
                                   {QStringLiteral("name"), QStringLiteral("first")}});
    NEREID_EXPECT_STATUS(first, 201);
    QCOMPARE(sysOf(first)[QStringLiteral("custom_run_id")].toString(), QStringLiteral("sweep-7"));

    for (int attempt = 0; attempt < 2; ++attempt) {
        const ApiReply again = create({{QStringLiteral("custom_run_id"), QStringLiteral("sweep-7")},
                                       {QStringLiteral("name"), QStringLiteral("second")}});
        NEREID_EXPECT_STATUS(again, 200);
        QCOMPARE(again[QStringLiteral("id")], first[QStringLiteral("id")]);
        QCOMPARE(sysOf(again)[QStringLiteral("name")].toString(), QStringLiteral("first")); // ignored on resume
    }
    const ApiReply listing = list();
    QCOMPARE(listing[QStringLiteral("total")].toInteger(), 1);
    QCOMPARE(idsOf(listing), QStringList{QStringLiteral("CLS-1")});
}

void TestServerRuns::customRunIdsArePerProject()
{
    NEREID_EXPECT_STATUS(createProject(*m_api, QStringLiteral("team/other"), QStringLiteral("OTH")), 201);
    const QJsonObject body{{QStringLiteral("custom_run_id"), QStringLiteral("shared")}};
    NEREID_EXPECT_STATUS(create(body), 201);
    const ApiReply other = createRun(*m_api, QStringLiteral("team/other"), body);
    NEREID_EXPECT_STATUS(other, 201);
    QCOMPARE(other[QStringLiteral("id")].toString(), QStringLiteral("OTH-1"));
}

void TestServerRuns::resumesByWithId()
{
    NEREID_EXPECT_STATUS(create({{QStringLiteral("name"), QStringLiteral("kept")}}), 201);
    const ApiReply stopped = m_api->post(runPath(QStringLiteral("CLS-1")) + QStringLiteral("/stop"));
    NEREID_EXPECT_STATUS(stopped, 200);
    QCOMPARE(sysOf(stopped)[QStringLiteral("state")].toString(), QStringLiteral("inactive"));

    const ApiReply resumed = create(
        {{QStringLiteral("with_id"), QStringLiteral("CLS-1")}, {QStringLiteral("name"), QStringLiteral("ignored")}});
    NEREID_EXPECT_STATUS(resumed, 200);
    QCOMPARE(resumed[QStringLiteral("id")].toString(), QStringLiteral("CLS-1"));
    QCOMPARE(sysOf(resumed)[QStringLiteral("name")].toString(), QStringLiteral("kept"));
    QCOMPARE(sysOf(resumed)[QStringLiteral("state")].toString(), QStringLiteral("active"));
    QCOMPARE(list()[QStringLiteral("total")].toInteger(), 1);
}

void TestServerRuns::unknownWithIdIsRefused()
{
    const ApiReply reply = create({{QStringLiteral("with_id"), QStringLiteral("CLS-42")}});
    NEREID_EXPECT_STATUS(reply, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("unknown_run"));
    QVERIFY2(reply.message().contains(QStringLiteral("CLS-42")), reply.body.constData());
    QCOMPARE(list()[QStringLiteral("total")].toInteger(), 0);
}

void TestServerRuns::refusesBadCreateBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{\"name\":") << QStringLiteral("malformed_json");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("malformed_json");
    QTest::newRow("name is a number") << QByteArray("{\"name\": 3}") << QStringLiteral("invalid_request|invalid_value");
    QTest::newRow("tags not a list") << QByteArray("{\"tags\": \"best\"}")
                                     << QStringLiteral("invalid_request|invalid_value");
    QTest::newRow("custom id is a number")
        << QByteArray("{\"custom_run_id\": 7}") << QStringLiteral("invalid_request|invalid_value");
    QTest::newRow("with_id is a bool") << QByteArray("{\"with_id\": true}")
                                       << QStringLiteral("invalid_request|invalid_value");
}

void TestServerRuns::refusesBadCreateBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const ApiReply reply = m_api->sendRaw("POST", projectPath(Project) + QStringLiteral("/runs"), body);
    NEREID_EXPECT_STATUS(reply, 400);
    QVERIFY2(error.split(QLatin1Char('|')).contains(reply.errorCode()), reply.body.constData());
    QCOMPARE(list()[QStringLiteral("total")].toInteger(), 0);
}

void TestServerRuns::pingAndStopSetState()
{
    NEREID_EXPECT_STATUS(create(), 201);
    const QString run = runPath(QStringLiteral("CLS-1"));
    const ApiReply ping = m_api->post(run + QStringLiteral("/ping"));
    NEREID_EXPECT_STATUS(ping, 200);
    QCOMPARE(ping[QStringLiteral("state")].toString(), QStringLiteral("active"));
    QVERIFY2(isApiDatetime(ping[QStringLiteral("ping_time")]), ping.body.constData());
    QCOMPARE(sysOf(m_api->get(run))[QStringLiteral("ping_time")], ping[QStringLiteral("ping_time")]);

    const ApiReply stop = m_api->post(run + QStringLiteral("/stop"));
    NEREID_EXPECT_STATUS(stop, 200);
    QCOMPARE(stop[QStringLiteral("id")].toString(), QStringLiteral("CLS-1"));
    QCOMPARE(sysOf(stop)[QStringLiteral("state")].toString(), QStringLiteral("inactive"));
    QCOMPARE(sysOf(m_api->get(run))[QStringLiteral("state")].toString(), QStringLiteral("inactive"));

    // A later contact brings the run back.
    NEREID_EXPECT_STATUS(m_api->post(run + QStringLiteral("/ping")), 200);
    QCOMPARE(sysOf(m_api->get(run))[QStringLiteral("state")].toString(), QStringLiteral("active"));
    NEREID_EXPECT_STATUS(m_api->post(run + QStringLiteral("/stop")), 200);
    NEREID_EXPECT_STATUS(
        applyOperations(*m_api, QStringLiteral("CLS-1"), {assignOp(QStringLiteral("a"), QStringLiteral("int"), 1)}),
        200);
    QCOMPARE(sysOf(m_api->get(run))[QStringLiteral("state")].toString(), QStringLiteral("active"));
}

void TestServerRuns::runningTimeAddsUpAcrossResumes()
{
    // Running time is the server's clock between contacts less than the active window (20 s) apart: moved by
    // 15 s steps, it shows those, whatever the real seconds the test takes (well under the 10 s allowed for them).
    NEREID_EXPECT_STATUS(create(), 201);
    const QString run = runPath(QStringLiteral("CLS-1"));
    QVERIFY2(m_server->advanceClock(15'000), qPrintable(m_server->errors()));
    NEREID_EXPECT_STATUS(m_api->post(run + QStringLiteral("/ping")), 200);
    QVERIFY(m_server->advanceClock(15'000));
    const ApiReply first = m_api->post(run + QStringLiteral("/stop"));
    NEREID_EXPECT_STATUS(first, 200);
    const double firstTime = sysOf(first)[QStringLiteral("running_time")].toDouble();
    QVERIFY2(firstTime >= 30 && firstTime < 40, qPrintable(QString::number(firstTime)));
    QCOMPARE(sysOf(first)[QStringLiteral("monitoring_time")].toInteger(), qint64(std::floor(firstTime)));

    QVERIFY(m_server->advanceClock(600'000)); // stopped: these ten minutes are not running time
    NEREID_EXPECT_STATUS(create({{QStringLiteral("with_id"), QStringLiteral("CLS-1")}}), 200);
    QVERIFY(m_server->advanceClock(15'000));
    const ApiReply second = m_api->post(run + QStringLiteral("/stop"));
    const double total = sysOf(second)[QStringLiteral("running_time")].toDouble();
    QVERIFY2(total >= firstTime + 15, qPrintable(QString::number(total)));
    QVERIFY2(total < firstTime + 15 + 10, qPrintable(QStringLiteral("the stopped time was counted: %1").arg(total)));
    QCOMPARE(sysOf(second)[QStringLiteral("monitoring_time")].toInteger(), qint64(std::floor(total)));
}

void TestServerRuns::becomesInactiveWithoutContact()
{
    // Active while a client was in touch within the last 20 s (the default window), by the server's clock.
    NEREID_EXPECT_STATUS(create(), 201);
    const QString run = runPath(QStringLiteral("CLS-1"));
    QCOMPARE(sysOf(m_api->get(run))[QStringLiteral("state")].toString(), QStringLiteral("active"));
    QVERIFY2(m_server->advanceClock(10'000), qPrintable(m_server->errors()));
    QCOMPARE(sysOf(m_api->get(run))[QStringLiteral("state")].toString(), QStringLiteral("active"));
    QVERIFY(m_server->advanceClock(10'000));
    QCOMPARE(sysOf(m_api->get(run))[QStringLiteral("state")].toString(), QStringLiteral("inactive"));
    // The listing and a new contact agree.
    QCOMPARE(list()[QStringLiteral("runs")][0][QStringLiteral("sys")][QStringLiteral("state")].toString(),
             QStringLiteral("inactive"));
    NEREID_EXPECT_STATUS(m_api->post(run + QStringLiteral("/ping")), 200);
    QCOMPARE(sysOf(m_api->get(run))[QStringLiteral("state")].toString(), QStringLiteral("active"));
}

void TestServerRuns::testClockTakesOnlyForwardSteps_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("backwards") << QByteArray(R"({"advance_ms": -1000})");
    QTest::newRow("fraction") << QByteArray(R"({"advance_ms": 1.5})");
    QTest::newRow("text") << QByteArray(R"({"advance_ms": "1000"})");
    QTest::newRow("missing") << QByteArray("{}");
}

void TestServerRuns::testClockTakesOnlyForwardSteps()
{
    QFETCH(QByteArray, body);
    const ApiReply refused = m_api->sendRaw("POST", QStringLiteral("/test/clock"), body);
    NEREID_EXPECT_STATUS(refused, 400);
    QVERIFY2(refused.message().contains(QStringLiteral("advance_ms")), refused.body.constData());
    // The clock did not move: a step of 0 answers the system's time.
    const ApiReply now = m_api->post(QStringLiteral("/test/clock"), {{QStringLiteral("advance_ms"), 0}});
    NEREID_EXPECT_STATUS(now, 200);
    QCOMPARE(now[QStringLiteral("offset_ms")].toInteger(), 0);
}

void TestServerRuns::testClockNeedsLoopback()
{
    const TestServer::CliResult result =
        m_server->cli({QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"), QStringLiteral("--test-clock")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("--test-clock is for tests only"), result.err.constData());
}

void TestServerRuns::unknownRun_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("id");
    QTest::newRow("get") << QByteArray("GET") << QStringLiteral("/runs/CLS-99") << QStringLiteral("CLS-99");
    QTest::newRow("get, other key") << QByteArray("GET") << QStringLiteral("/runs/XYZ-1") << QStringLiteral("XYZ-1");
    QTest::newRow("get, not an id") << QByteArray("GET") << QStringLiteral("/runs/garbage")
                                    << QStringLiteral("garbage");
    QTest::newRow("ping") << QByteArray("POST") << QStringLiteral("/runs/CLS-99/ping") << QStringLiteral("CLS-99");
    QTest::newRow("stop") << QByteArray("POST") << QStringLiteral("/runs/CLS-99/stop") << QStringLiteral("CLS-99");
    QTest::newRow("trash") << QByteArray("POST") << QStringLiteral("/runs/CLS-99/trash") << QStringLiteral("CLS-99");
    QTest::newRow("restore") << QByteArray("POST") << QStringLiteral("/runs/CLS-99/restore")
                             << QStringLiteral("CLS-99");
    QTest::newRow("operations") << QByteArray("POST") << QStringLiteral("/runs/CLS-99/operations")
                                << QStringLiteral("CLS-99");
}

void TestServerRuns::unknownRun()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, id);
    NEREID_EXPECT_STATUS(create(), 201);
    const QByteArray body = path.endsWith(QStringLiteral("operations")) ? QByteArray("{\"operations\": []}")
                            : method == "POST"                          ? QByteArray("{}")
                                                                        : QByteArray();
    const ApiReply reply = m_api->sendRaw(method, path, body);
    NEREID_EXPECT_STATUS(reply, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("unknown_run"));
    QVERIFY2(reply.message().contains(id), reply.body.constData());
}

void TestServerRuns::listsNewestFirstWithPaging()
{
    for (int i = 0; i < 3; ++i)
        NEREID_EXPECT_STATUS(create(), 201);
    const ApiReply all = list();
    NEREID_EXPECT_STATUS(all, 200);
    QCOMPARE(idsOf(all), (QStringList{QStringLiteral("CLS-3"), QStringLiteral("CLS-2"), QStringLiteral("CLS-1")}));
    QCOMPARE(all[QStringLiteral("total")].toInteger(), 3);
    QCOMPARE(all[QStringLiteral("runs")][0][QStringLiteral("sys")][QStringLiteral("id")].toString(),
             QStringLiteral("CLS-3"));

    const ApiReply page1 = list(QStringLiteral("?limit=2"));
    QCOMPARE(idsOf(page1), (QStringList{QStringLiteral("CLS-3"), QStringLiteral("CLS-2")}));
    QCOMPARE(page1[QStringLiteral("total")].toInteger(), 3);
    const ApiReply page2 = list(QStringLiteral("?limit=2&offset=2"));
    QCOMPARE(idsOf(page2), QStringList{QStringLiteral("CLS-1")});
    QCOMPARE(page2[QStringLiteral("total")].toInteger(), 3);
}

void TestServerRuns::refusesBadListParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("limit not a number") << QStringLiteral("?limit=abc");
    QTest::newRow("negative limit") << QStringLiteral("?limit=-1");
    QTest::newRow("limit over 10000") << QStringLiteral("?limit=10001");
    QTest::newRow("negative offset") << QStringLiteral("?offset=-5");
    QTest::newRow("trashed not a bool") << QStringLiteral("?trashed=maybe");
}

void TestServerRuns::refusesBadListParameters()
{
    QFETCH(QString, query);
    const ApiReply reply = list(query);
    NEREID_EXPECT_STATUS(reply, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_request"));
}

void TestServerRuns::trashAndRestore()
{
    for (int i = 0; i < 3; ++i)
        NEREID_EXPECT_STATUS(create(), 201);
    const qint64 before = m_api->get(runPath(QStringLiteral("CLS-2")))[QStringLiteral("revision")].toInteger();

    const ApiReply trashed = m_api->post(runPath(QStringLiteral("CLS-2")) + QStringLiteral("/trash"));
    NEREID_EXPECT_STATUS(trashed, 200);
    QCOMPARE(sysOf(trashed)[QStringLiteral("trashed")].toBool(), true);
    QVERIFY(trashed[QStringLiteral("revision")].toInteger() > before);
    QCOMPARE(sysOf(m_api->get(runPath(QStringLiteral("CLS-2"))))[QStringLiteral("trashed")].toBool(), true);

    const ApiReply visible = list();
    QCOMPARE(idsOf(visible), (QStringList{QStringLiteral("CLS-3"), QStringLiteral("CLS-1")}));
    QCOMPARE(visible[QStringLiteral("total")].toInteger(), 2);
    const ApiReply bin = list(QStringLiteral("?trashed=true"));
    QCOMPARE(idsOf(bin), QStringList{QStringLiteral("CLS-2")});
    QCOMPARE(bin[QStringLiteral("total")].toInteger(), 1);
    QCOMPARE(idsOf(list(QStringLiteral("?trashed=false"))), idsOf(visible));

    const ApiReply restored = m_api->post(runPath(QStringLiteral("CLS-2")) + QStringLiteral("/restore"));
    NEREID_EXPECT_STATUS(restored, 200);
    QCOMPARE(sysOf(restored)[QStringLiteral("trashed")].toBool(true), false);
    QCOMPARE(idsOf(list()), (QStringList{QStringLiteral("CLS-3"), QStringLiteral("CLS-2"), QStringLiteral("CLS-1")}));
    QCOMPARE(list(QStringLiteral("?trashed=true"))[QStringLiteral("total")].toInteger(), 0);
}

QTEST_GUILESS_MAIN(TestServerRuns)
#include "test_server_runs.moc"
