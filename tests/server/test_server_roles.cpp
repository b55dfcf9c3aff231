#include "apiclient.h"
#include "helpers.h"
#include "testserver.h"

#include <QtTest>

using namespace nereid::test;

namespace {

const QString Project = QStringLiteral("demo/sweep");
const QString RunId = QStringLiteral("SWP-1");

// Who asks: a user without a membership in workspace demo, one of each role, and a read-only token of the owner.
enum class Who
{
    Outsider,
    Viewer,
    Contributor,
    Owner,
    ReadOnly
};

// The role a route needs, and what the URL names (so what an outsider must get instead of the thing).
enum class Needs
{
    Token,
    Viewer,
    Contributor,
    Owner
};
enum class Names
{
    Nothing,
    NewProject,
    ExistingProject,
    Run,
    Workspace
};

struct Route
{
    QByteArray method;
    QString path;
    QByteArray body;
    Needs needs;
    Names names;
    int success;
};

// Every route of docs/api.md that takes a token. The order matters only where a route undoes the one before.
QList<Route> routes(const QString &who)
{
    const QString run = QStringLiteral("/runs/") + RunId;
    const QByteArray assign = R"({"operations":[{"op":"assign","path":"params/who","type":"string","value":"x"}]})";
    const QByteArray newProject = R"({"name":"demo/by-)" + who.toUtf8() + R"("})";
    // A model of each caller's own (issue 21), so each one that may creates one: "OUTSIDER", ..., "READONLY".
    const QByteArray modelKey = who.toUpper().toUtf8().replace('-', "").left(8);
    return {
        {"GET", QStringLiteral("/whoami"), {}, Needs::Token, Names::Nothing, 200},
        {"GET", QStringLiteral("/projects"), {}, Needs::Token, Names::Nothing, 200},
        {"POST", QStringLiteral("/projects"), newProject, Needs::Owner, Names::NewProject, 201},
        {"GET", QStringLiteral("/projects/demo/sweep"), {}, Needs::Viewer, Names::ExistingProject, 200},
        {"GET", QStringLiteral("/projects/demo/sweep/runs"), {}, Needs::Viewer, Names::ExistingProject, 200},
        {"POST", QStringLiteral("/projects/demo/sweep/runs"), "{}", Needs::Contributor, Names::ExistingProject, 201},
        {"GET", QStringLiteral("/projects/demo/sweep/changes"), {}, Needs::Viewer, Names::ExistingProject, 200},
        {"GET", QStringLiteral("/projects/demo/sweep/models"), {}, Needs::Viewer, Names::ExistingProject, 200},
        {"POST", QStringLiteral("/projects/demo/sweep/models"), R"({"key":")" + modelKey + R"("})", Needs::Contributor,
         Names::ExistingProject, 201},
        {"GET", QStringLiteral("/projects/demo/sweep/metadata"), {}, Needs::Viewer, Names::ExistingProject, 200},
        {"GET", QStringLiteral("/projects/demo/sweep/views"), {}, Needs::Viewer, Names::ExistingProject, 200},
        {"GET", QStringLiteral("/projects/demo/sweep/views/shared"), {}, Needs::Viewer, Names::ExistingProject, 200},
        {"PUT", QStringLiteral("/projects/demo/sweep/views/by-") + who, R"({"revision":0,"state":{}})",
         Needs::Contributor, Names::ExistingProject, 201},
        {"DELETE",
         QStringLiteral("/projects/demo/sweep/views/by-") + who,
         {},
         Needs::Contributor,
         Names::ExistingProject,
         200},
        {"GET", run, {}, Needs::Viewer, Names::Run, 200},
        {"GET", run + QStringLiteral("/series?path=train/loss"), {}, Needs::Viewer, Names::Run, 200},
        {"GET", run + QStringLiteral("/series/reduced?path=train/loss"), {}, Needs::Viewer, Names::Run, 200},
        {"POST", run + QStringLiteral("/operations"), assign, Needs::Contributor, Names::Run, 200},
        {"POST", run + QStringLiteral("/ping"), "{}", Needs::Contributor, Names::Run, 200},
        {"PATCH", run + QStringLiteral("/sys"), R"({"revision":0,"tags":{"add":["seen"]}})", Needs::Contributor,
         Names::Run, 200},
        {"POST", run + QStringLiteral("/trash"), "{}", Needs::Contributor, Names::Run, 200},
        {"POST", run + QStringLiteral("/restore"), "{}", Needs::Contributor, Names::Run, 200},
        {"POST", run + QStringLiteral("/stop"), "{}", Needs::Contributor, Names::Run, 200},
        {"GET", QStringLiteral("/workspaces/demo/members"), {}, Needs::Viewer, Names::Workspace, 200},
        {"PUT", QStringLiteral("/workspaces/demo/members/zed"), R"({"role":"viewer"})", Needs::Owner, Names::Workspace,
         200},
        {"DELETE", QStringLiteral("/workspaces/demo/members/zed"), {}, Needs::Owner, Names::Workspace, 200},
    };
}

QString neededName(Needs needs)
{
    return needs == Needs::Owner ? QStringLiteral("owner") : QStringLiteral("contributor");
}

} // namespace

// Workspaces, roles and read-only tokens: what each caller gets from every route.
class TestServerRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyRouteChecksTheRole_data();
    void everyRouteChecksTheRole();
    void hiddenProjectLooksLikeNoProject();
    void listingShowsOnlyVisibleProjects();
    void refusedWritesChangeNothing();
    void roleIsJudgedBeforeTheBody();
    void ownerManagesMembersThroughTheApi();
    void adminOwnsWorkspacesItCreates();

private:
    ApiClient &client(Who who) { return *m_clients.at(int(who)); }
    qint64 runRevision();

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_admin;
    std::vector<std::unique_ptr<ApiClient>> m_clients;
};

void TestServerRoles::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_admin = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_admin, Project, QStringLiteral("SWP")), 201);
    NEREID_EXPECT_STATUS(createRun(*m_admin, Project), 201);
    NEREID_EXPECT_STATUS(applyOperations(*m_admin, RunId,
                                         {appendOp(QStringLiteral("train/loss"), QStringLiteral("floatSeries"),
                                                   {point(1, 0.5), point(2, 0.25)})}),
                         200);
    NEREID_EXPECT_STATUS(m_admin->post(QStringLiteral("/projects/demo/sweep/metadata")), 201);
    NEREID_EXPECT_STATUS(m_admin->sendRaw("PUT", QStringLiteral("/projects/demo/sweep/views/shared"),
                                          R"({"revision":0,"state":{"query":"sys/failed = false"}})"),
                         201);

    const QStringList users{QStringLiteral("nemo"), QStringLiteral("vic"), QStringLiteral("cora"),
                            QStringLiteral("olga")};
    QVERIFY(m_server->cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("nemo")}).exitCode == 0);
    QVERIFY(m_server->cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zed")}).exitCode == 0);
    QVERIFY2(m_server->addMember(QStringLiteral("demo"), users[1], QStringLiteral("viewer")),
             qPrintable(m_server->errors()));
    QVERIFY(m_server->addMember(QStringLiteral("demo"), users[2], QStringLiteral("contributor")));
    QVERIFY(m_server->addMember(QStringLiteral("demo"), users[3], QStringLiteral("owner")));
    for (const QString &user : users)
        m_clients.push_back(std::make_unique<ApiClient>(m_server->apiUrl(), m_server->createToken(user)));
    m_clients.push_back(std::make_unique<ApiClient>(m_server->apiUrl(), m_server->createToken(users[3], true)));
}

void TestServerRoles::cleanupTestCase()
{
    m_clients.clear();
    m_server.reset();
}

void TestServerRoles::everyRouteChecksTheRole_data()
{
    QTest::addColumn<int>("who");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("says");

    const QStringList names{QStringLiteral("outsider"), QStringLiteral("viewer"), QStringLiteral("contributor"),
                            QStringLiteral("owner"), QStringLiteral("read-only")};
    for (int who = 0; who < names.size(); ++who) {
        for (const Route &route : routes(names[who])) {
            const int role = who == int(Who::ReadOnly) ? int(Needs::Owner) : who; // Who and Needs share an order
            int status = route.success;
            QString error, says;
            if (route.needs == Needs::Token) {
                // any token
            } else if (who == int(Who::Outsider) && route.names == Names::ExistingProject) {
                std::tie(status, error, says) = std::tuple{404, QStringLiteral("unknown_project"), Project};
            } else if (who == int(Who::Outsider) && route.names == Names::Run) {
                std::tie(status, error, says) = std::tuple{404, QStringLiteral("unknown_run"), RunId};
            } else if (who == int(Who::Outsider) && route.names == Names::Workspace) {
                std::tie(status, error, says) =
                    std::tuple{404, QStringLiteral("unknown_workspace"), QStringLiteral("demo")};
            } else if (who == int(Who::ReadOnly) && route.needs > Needs::Viewer) {
                std::tie(status, error, says) =
                    std::tuple{403, QStringLiteral("forbidden"), QStringLiteral("read-only")};
            } else if (role < int(route.needs)) {
                std::tie(status, error, says) =
                    std::tuple{403, QStringLiteral("forbidden"),
                               QStringLiteral("needs the %1 role in workspace demo").arg(neededName(route.needs))};
            }
            QTest::addRow("%s: %s %s", qPrintable(names[who]), route.method.constData(), qPrintable(route.path))
                << who << route.method << route.path << route.body << status << error << says;
        }
    }
}

void TestServerRoles::everyRouteChecksTheRole()
{
    QFETCH(int, who);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, says);

    const ApiReply reply = client(Who(who)).sendRaw(method, path, body);
    NEREID_EXPECT_STATUS(reply, status);
    QCOMPARE(reply.errorCode(), error);
    QVERIFY2(reply.message().contains(says), reply.body.constData());
    if (status == 403) {
        // Enough for a client to say it in its own words.
        QCOMPARE(reply[QStringLiteral("workspace")].toString(), QStringLiteral("demo"));
        QCOMPARE(reply[QStringLiteral("read_only")].toBool(), who == int(Who::ReadOnly));
        QVERIFY(!reply[QStringLiteral("needed_role")].toString().isEmpty());
    }
}

void TestServerRoles::hiddenProjectLooksLikeNoProject()
{
    // The outsider cannot tell demo/sweep, which exists, from demo/absent, which does not.
    ApiClient &outsider = client(Who::Outsider);
    const ApiReply hidden = outsider.get(QStringLiteral("/projects/demo/sweep/runs"));
    const ApiReply absent = outsider.get(QStringLiteral("/projects/demo/absent/runs"));
    NEREID_EXPECT_STATUS(hidden, 404);
    QCOMPARE(hidden.body, QByteArray(absent.body).replace("absent", "sweep"));
    const ApiReply hiddenRun = outsider.post(QStringLiteral("/runs/SWP-1/ping"));
    const ApiReply absentRun = outsider.post(QStringLiteral("/runs/SWP-999/ping"));
    NEREID_EXPECT_STATUS(hiddenRun, 404);
    QCOMPARE(hiddenRun.body, QByteArray(absentRun.body).replace("SWP-999", "SWP-1"));
    // Creating a project answers the same whether the workspace exists or not.
    const ApiReply existing = createProject(outsider, QStringLiteral("demo/mine"));
    const ApiReply nowhere = createProject(outsider, QStringLiteral("nowhere/mine"));
    NEREID_EXPECT_STATUS(existing, 403);
    QCOMPARE(existing.body, QByteArray(nowhere.body).replace("nowhere", "demo"));
}

void TestServerRoles::listingShowsOnlyVisibleProjects()
{
    NEREID_EXPECT_STATUS(createProject(*m_admin, QStringLiteral("lab/secret"), QStringLiteral("SEC")), 201);
    const auto names = [](ApiClient &api) {
        QStringList listed;
        for (const QJsonValue &project : api.get(QStringLiteral("/projects"))[QStringLiteral("projects")].toArray())
            listed.append(project[QStringLiteral("name")].toString());
        return listed;
    };
    QVERIFY(names(*m_admin).contains(QStringLiteral("lab/secret")));
    QCOMPARE(names(client(Who::Outsider)), QStringList());
    for (const Who who : {Who::Viewer, Who::Contributor, Who::Owner, Who::ReadOnly}) {
        const QStringList listed = names(client(who));
        QVERIFY2(listed.contains(Project), qPrintable(listed.join(u',')));
        QVERIFY2(
            std::all_of(listed.begin(), listed.end(), [](const QString &name) { return name.startsWith(u"demo/"); }),
            qPrintable(listed.join(u',')));
    }
}

// A batch is read before the writer has it (on the connection's thread), yet a caller who may not write to the run
// hears that, not what is wrong with the body: 404 for an outsider, 403 for a viewer, 400 only for a contributor.
void TestServerRoles::roleIsJudgedBeforeTheBody()
{
    const QString path = QStringLiteral("/runs/") + RunId + QStringLiteral("/operations");
    const QByteArray stepsBack =
        R"({"operations":[{"op":"append","path":"m/a","type":"floatSeries","points":[[2,1,1],[1,1,1]]}]})";
    for (const QByteArray &body : {QByteArray(R"({"operations":[)"), QByteArray("[1,2]"), stepsBack}) {
        NEREID_EXPECT_STATUS(client(Who::Outsider).sendRaw("POST", path, body), 404);
        NEREID_EXPECT_STATUS(client(Who::Viewer).sendRaw("POST", path, body), 403);
        NEREID_EXPECT_STATUS(client(Who::ReadOnly).sendRaw("POST", path, body), 403);
        NEREID_EXPECT_STATUS(client(Who::Contributor).sendRaw("POST", path, body), 400);
    }
}

qint64 TestServerRoles::runRevision()
{
    return m_admin->get(QStringLiteral("/runs/") + RunId)[QStringLiteral("revision")].toInteger();
}

void TestServerRoles::refusedWritesChangeNothing()
{
    const qint64 before = runRevision();
    const QString views = QStringLiteral("/projects/demo/sweep/views");
    const QJsonArray viewsBefore = m_admin->get(views)[QStringLiteral("views")].toArray();
    const QByteArray tag = R"({"revision":0,"tags":{"add":["refused"]}})";
    for (const Who who : {Who::Outsider, Who::Viewer, Who::ReadOnly}) {
        ApiClient &api = client(who);
        QVERIFY(api.sendRaw("PUT", views + QStringLiteral("/shared"), R"({"revision":0,"state":{}})").status >= 403);
        QVERIFY(api.sendRaw("PUT", views + QStringLiteral("/refused"), R"({"revision":0,"state":{}})").status >= 403);
        QVERIFY(api.sendRaw("DELETE", views + QStringLiteral("/shared")).status >= 403);
        QVERIFY(api.post(QStringLiteral("/runs/SWP-1/trash")).status >= 403);
        QVERIFY(api.sendRaw("PATCH", QStringLiteral("/runs/SWP-1/sys"), tag).status >= 403);
        QVERIFY(applyOperations(api, RunId, {assignOp(QStringLiteral("params/x"), QStringLiteral("int"), 1)}).status >=
                403);
    }
    QCOMPARE(runRevision(), before);
    QCOMPARE(m_admin->get(views)[QStringLiteral("views")].toArray(), viewsBefore);
    const ApiReply run = m_admin->get(QStringLiteral("/runs/") + RunId);
    QVERIFY(!run[QStringLiteral("sys")][QStringLiteral("tags")].toArray().contains(QStringLiteral("refused")));
    QVERIFY(!run[QStringLiteral("fields")].toObject().contains(QStringLiteral("params/x")));
}

void TestServerRoles::ownerManagesMembersThroughTheApi()
{
    ApiClient &owner = client(Who::Owner);
    NEREID_EXPECT_STATUS(
        owner.sendRaw("PUT", QStringLiteral("/workspaces/demo/members/nemo"), R"({"role":"contributor"})"), 200);
    NEREID_EXPECT_STATUS(client(Who::Outsider).post(QStringLiteral("/runs/SWP-1/ping")), 200); // nemo may now log
    const ApiReply members = owner.get(QStringLiteral("/workspaces/demo/members"));
    QVERIFY2(
        members[QStringLiteral("members")].toArray().contains(QJsonObject{
            {QStringLiteral("user"), QStringLiteral("nemo")}, {QStringLiteral("role"), QStringLiteral("contributor")}}),
        members.body.constData());
    const ApiReply badRole =
        owner.sendRaw("PUT", QStringLiteral("/workspaces/demo/members/nemo"), R"({"role":"admin"})");
    NEREID_EXPECT_STATUS(badRole, 400);
    NEREID_EXPECT_STATUS(
        owner.sendRaw("PUT", QStringLiteral("/workspaces/demo/members/nobody"), R"({"role":"viewer"})"), 404);
    NEREID_EXPECT_STATUS(owner.sendRaw("DELETE", QStringLiteral("/workspaces/demo/members/nemo")), 200);
    NEREID_EXPECT_STATUS(client(Who::Outsider).post(QStringLiteral("/runs/SWP-1/ping")), 404); // and no longer
}

void TestServerRoles::adminOwnsWorkspacesItCreates()
{
    // The first user of the data folder creates a project in a new workspace and is its recorded owner.
    NEREID_EXPECT_STATUS(createProject(*m_admin, QStringLiteral("fresh/one"), QStringLiteral("FRS")), 201);
    const TestServer::CliResult list =
        m_server->cli({QStringLiteral("member"), QStringLiteral("list"), QStringLiteral("fresh")});
    QCOMPARE(list.exitCode, 0);
    const QString admin = m_admin->get(QStringLiteral("/whoami"))[QStringLiteral("user")].toString();
    QCOMPARE(QString::fromUtf8(list.out).trimmed(), admin + QStringLiteral("\towner"));
    // An owner of demo may not create a project outside it.
    NEREID_EXPECT_STATUS(createProject(client(Who::Owner), QStringLiteral("fresh/two")), 403);
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "test_server_roles.moc"
