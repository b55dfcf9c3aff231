// Run listings paged by token (issue 15): next_page_token is a keyset cursor on the sort key and run number, so
// runs created between pages neither shift nor repeat what was served, as they did with `offset`. A token only
// continues the listing it came from.
#include "apiclient.h"
#include "helpers.h"
#include "testserver.h"

#include <QtTest>

using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {

const QString Project = QStringLiteral("team/paging");
constexpr int FirstRuns = 17;

QStringList idsOf(const ApiReply &listing)
{
    QStringList ids;
    for (const QJsonValue &run : listing[QStringLiteral("runs")].toArray())
        ids << run[QStringLiteral("id")].toString();
    return ids;
}

QString param(const QString &name, const QString &value)
{
    return name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// Run i's values: few distinct ones, so sort keys tie often; some fields missing, of another type, NaN or
// infinite; a few descriptions too long for a token to carry.
QJsonObject runBody(int i)
{
    const QString longText = QString(3000, QLatin1Char('d')) + QString::number(i % 3);
    return {{QStringLiteral("name"), QStringLiteral("run-%1").arg(i % 7 * 3)},
            {QStringLiteral("description"), i % 4 == 0 ? longText : QStringLiteral("short %1").arg(i % 2)},
            {QStringLiteral("tags"), i % 3 == 0 ? QJsonArray() : QJsonArray{QStringLiteral("t%1").arg(i % 4), u"x"_s}},
            {QStringLiteral("group_tags"), QJsonArray{QStringLiteral("g%1").arg(i % 2)}},
            {QStringLiteral("hostname"), QStringLiteral("host-%1").arg(i % 3)}};
}

QJsonArray runOperations(int i)
{
    const QString f = QStringLiteral("float"), series = QStringLiteral("floatSeries");
    QJsonArray operations{
        assignOp(QStringLiteral("params/batch"), QStringLiteral("int"), 16 << (i % 3)),
        assignOp(QStringLiteral("params/flag"), QStringLiteral("bool"), i % 2 == 0),
        assignOp(QStringLiteral("params/opt"), QStringLiteral("string"),
                 i % 3 ? QStringLiteral("Adam") : QStringLiteral("SGD")),
        assignOp(QStringLiteral("params/when"), QStringLiteral("datetime"),
                 QStringLiteral("2026-11-2%1T10:00:00.000Z").arg(i % 4)),
        stringsOp(QStringLiteral("add_strings"), QStringLiteral("params/set"), {QStringLiteral("s%1").arg(i % 3)}),
        assignOp(QStringLiteral("mixed"), i % 2 ? f : QStringLiteral("string"),
                 i % 2 ? QJsonValue(i % 5 * 0.5) : QJsonValue(QStringLiteral("m%1").arg(i % 3))),
        appendOp(QStringLiteral("train/log"), QStringLiteral("stringSeries"),
                 {point(0, QStringLiteral("epoch %1").arg(i % 5))})};
    if (i % 5 != 0)
        operations.append(assignOp(QStringLiteral("params/lr"), f, 0.001 * (i % 4)));
    const QJsonValue last = i % 6 == 1   ? QJsonValue(QStringLiteral("NaN"))
                            : i % 6 == 2 ? QJsonValue(QStringLiteral("Infinity"))
                                         : QJsonValue(0.1 * (i % 3));
    operations.append(appendOp(QStringLiteral("train/loss"), series, {point(0, 1.0 + i % 2), point(1, last)}));
    return operations;
}

} // namespace

class TestServerPaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tokenPagesSeeEveryRunOnce_data();
    void tokenPagesSeeEveryRunOnce();
    void lastPageHasNoToken();
    void tokenContinuesOnlyItsListing_data();
    void tokenContinuesOnlyItsListing();
    void refusesGarbageToken_data();
    void refusesGarbageToken();
    void refusesOffsetWithToken();

private:
    ApiReply list(const QStringList &params, const QString &project = Project)
    {
        return m_api->get(projectPath(project) + QStringLiteral("/runs?") + params.join(u'&'));
    }
    void addRun(int i);
    // A token of the listing sorted by params/lr, after its first 3 runs.
    QString firstToken();

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    int m_created = 0;
};

void TestServerPaging::initTestCase()
{
    // An hour of activity: sys/state does not change while the test pages.
    m_server = std::make_unique<TestServer>(QStringList{QStringLiteral("--active-seconds"), QStringLiteral("3600")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("PAG")), 201);
    NEREID_EXPECT_STATUS(createProject(*m_api, QStringLiteral("team/other"), QStringLiteral("OTH")), 201);
    for (int i = 0; i < FirstRuns; ++i)
        addRun(i);
    // Stopped and trashed runs, which the listing leaves out.
    NEREID_EXPECT_STATUS(m_api->post(runPath(QStringLiteral("PAG-3")) + QStringLiteral("/stop")), 200);
    NEREID_EXPECT_STATUS(m_api->post(runPath(QStringLiteral("PAG-5")) + QStringLiteral("/trash")), 200);
}

void TestServerPaging::addRun(int i)
{
    QJsonObject body = runBody(i);
    body.insert(QStringLiteral("custom_run_id"), QStringLiteral("run-%1").arg(m_created++));
    const ApiReply run = createRun(*m_api, Project, body);
    NEREID_EXPECT_STATUS(run, 201);
    NEREID_EXPECT_STATUS(applyOperations(*m_api, run[QStringLiteral("id")].toString(), runOperations(i)), 200);
}

void TestServerPaging::cleanupTestCase()
{
    m_api.reset();
    m_server.reset();
}

void TestServerPaging::tokenPagesSeeEveryRunOnce_data()
{
    QTest::addColumn<QString>("sortBy");
    QTest::addColumn<bool>("ascending");
    const QStringList keys{
        // Every sys field a run has, then fields of every type, aggregates, a typed key and one no run has.
        u"sys/id"_s,
        u"sys/custom_run_id"_s,
        u"sys/name"_s,
        u"sys/creation_time"_s,
        u"sys/owner"_s,
        u"sys/tags"_s,
        u"sys/group_tags"_s,
        u"sys/description"_s,
        u"sys/running_time"_s,
        u"sys/modification_time"_s,
        u"sys/ping_time"_s,
        u"sys/state"_s,
        u"sys/failed"_s,
        u"sys/size"_s,
        u"sys/hostname"_s,
        u"sys/trashed"_s,
        u"sys/monitoring_time"_s,
        u"params/lr"_s,
        u"params/batch"_s,
        u"params/flag"_s,
        u"params/opt"_s,
        u"params/when"_s,
        u"params/set"_s,
        u"mixed"_s,
        u"train/loss"_s,
        u"min(train/loss)"_s,
        u"max(train/loss)"_s,
        u"average(train/loss)"_s,
        u"variance(train/loss)"_s,
        u"train/log"_s,
        u"`params/lr`:float"_s,
        u"params/none"_s};
    for (const QString &key : keys) {
        for (const bool ascending : {false, true})
            QTest::addRow("%s %s", qPrintable(key), ascending ? "ascending" : "descending") << key << ascending;
    }
    QTest::newRow("default order") << QString() << false;
}

void TestServerPaging::tokenPagesSeeEveryRunOnce()
{
    QFETCH(QString, sortBy);
    QFETCH(bool, ascending);
    QStringList params{param(QStringLiteral("ascending"), ascending ? u"true"_s : u"false"_s)};
    if (!sortBy.isEmpty())
        params << param(QStringLiteral("sort_by"), sortBy);

    const ApiReply whole = list(params + QStringList{QStringLiteral("limit=10000")});
    NEREID_EXPECT_STATUS(whole, 200);
    const QStringList before = idsOf(whole);
    QVERIFY(whole[QStringLiteral("next_page_token")].isNull());
    // About 6 pages (the project grows from row to row), with a run created after each: new runs come anywhere
    // in the order, many before the cursor, where they shifted the pages that `offset` counted.
    const QString limit = QStringLiteral("limit=%1").arg(before.size() / 5 + 1);
    QStringList seen;
    QString token;
    for (int page = 0; page == 0 || !token.isEmpty(); ++page) {
        QVERIFY2(page <= before.size(), "the pages never end");
        QStringList pageParams = params + QStringList{limit};
        if (!token.isEmpty())
            pageParams << param(QStringLiteral("page_token"), token);
        const ApiReply reply = list(pageParams);
        NEREID_EXPECT_STATUS(reply, 200);
        QCOMPARE(reply[QStringLiteral("total")].toInteger(), before.size() + page);
        seen += idsOf(reply);
        const QJsonValue next = reply[QStringLiteral("next_page_token")];
        QVERIFY2(next.isNull() || next.isString(), reply.body.constData());
        token = next.toString();
        QVERIFY2(token.size() < 2000, qPrintable(token)); // a URL carries it, whatever the sort value
        addRun(m_created * 5 % FirstRuns);
    }
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), seen.size()); // nothing twice
    QStringList firstSeen;
    for (const QString &id : std::as_const(seen)) {
        if (before.contains(id))
            firstSeen << id;
    }
    QCOMPARE(firstSeen, before); // every run listed before the pages, once, in the order of the listing
}

void TestServerPaging::lastPageHasNoToken()
{
    const QString query = param(QStringLiteral("query"), QStringLiteral("sys/custom_run_id = \"run-0\""));
    const ApiReply one = list({query});
    QCOMPARE(idsOf(one), QStringList{QStringLiteral("PAG-1")});
    QVERIFY(one.object().contains(QStringLiteral("next_page_token")));
    QVERIFY(one[QStringLiteral("next_page_token")].isNull());
    QVERIFY(list({param(QStringLiteral("query"), QStringLiteral("sys/id = none"))})[QStringLiteral("next_page_token")]
                .isNull());
    // An offset page gives a token too, which goes on after it.
    const ApiReply byOffset = list({QStringLiteral("sort_by=sys/id"), QStringLiteral("ascending=true"),
                                    QStringLiteral("limit=2"), QStringLiteral("offset=2")});
    QCOMPARE(idsOf(byOffset), (QStringList{QStringLiteral("PAG-3"), QStringLiteral("PAG-4")}));
    const ApiReply after =
        list({QStringLiteral("sort_by=sys/id"), QStringLiteral("ascending=1"), QStringLiteral("limit=1"),
              param(QStringLiteral("page_token"), byOffset[QStringLiteral("next_page_token")].toString())});
    QCOMPARE(idsOf(after), QStringList{QStringLiteral("PAG-6")}); // PAG-5 is in the trash
}

QString TestServerPaging::firstToken()
{
    const ApiReply first = list({QStringLiteral("sort_by=params/lr"), QStringLiteral("limit=3")});
    if (first.status != 200)
        qWarning() << first.describe();
    return first[QStringLiteral("next_page_token")].toString();
}

void TestServerPaging::tokenContinuesOnlyItsListing_data()
{
    QTest::addColumn<QStringList>("params"); // with the token of firstToken()
    QTest::addColumn<QString>("project");
    QTest::addColumn<int>("status");
    const QString p = Project;
    QTest::newRow("same listing") << QStringList{u"sort_by=params/lr"_s} << p << 200;
    QTest::newRow("other columns and limit")
        << QStringList{u"sort_by=%20params/lr"_s, u"columns=params/lr"_s, u"limit=7"_s} << p << 200;
    QTest::newRow("same order, other spelling") << QStringList{u"sort_by=params/lr"_s, u"ascending=0"_s} << p << 200;
    QTest::newRow("another sort") << QStringList{u"sort_by=params/batch"_s} << p << 400;
    QTest::newRow("the default sort") << QStringList{} << p << 400;
    QTest::newRow("the other direction") << QStringList{u"sort_by=params/lr"_s, u"ascending=true"_s} << p << 400;
    QTest::newRow("a query") << QStringList{u"sort_by=params/lr"_s, u"query=params/lr%20%3E%200"_s} << p << 400;
    QTest::newRow("a tag") << QStringList{u"sort_by=params/lr"_s, u"tag=x"_s} << p << 400;
    QTest::newRow("a state") << QStringList{u"sort_by=params/lr"_s, u"state=active"_s} << p << 400;
    QTest::newRow("the trash") << QStringList{u"sort_by=params/lr"_s, u"trashed=true"_s} << p << 400;
    QTest::newRow("another project") << QStringList{u"sort_by=params/lr"_s} << u"team/other"_s << 400;
}

void TestServerPaging::tokenContinuesOnlyItsListing()
{
    QFETCH(QStringList, params);
    QFETCH(QString, project);
    QFETCH(int, status);
    const QString token = firstToken();
    QVERIFY(!token.isEmpty());
    const ApiReply reply = list(params + QStringList{param(QStringLiteral("page_token"), token)}, project);
    NEREID_EXPECT_STATUS(reply, status);
    if (status == 400) {
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_request"));
        QVERIFY2(reply.message().contains(QStringLiteral("page_token")), reply.body.constData());
    }
}

void TestServerPaging::refusesGarbageToken_data()
{
    QTest::addColumn<QString>("token");
    const auto base64 = [](const char *json) {
        return QString::fromLatin1(QByteArray(json).toBase64(QByteArray::Base64UrlEncoding));
    };
    QTest::newRow("words") << QStringLiteral("not a token");
    QTest::newRow("not base64") << QStringLiteral("abc$def");
    QTest::newRow("base64 of text") << base64("hello");
    QTest::newRow("base64 of an array") << base64("[1,2]");
    QTest::newRow("base64 of an empty object") << base64("{}");
    QTest::newRow("unknown version") << base64(R"({"v":2,"l":"x","r":1,"k":4})");
    QTest::newRow("kind out of range") << base64(R"({"v":1,"l":"x","r":1,"k":9})");
    QTest::newRow("run number not a number") << base64(R"({"v":1,"l":"x","r":"1","k":4})");
    QTest::newRow("number value missing") << base64(R"({"v":1,"l":"x","r":1,"k":0})");
    QTest::newRow("set of numbers") << base64(R"({"v":1,"l":"x","r":1,"k":3,"s":[1]})");
    QTest::newRow("invalid JSON escape") << base64(R"({"v":1,"l":"\x","r":1,"k":4})");
    QTest::newRow("5,000 characters") << QString(5000, QLatin1Char('A'));
}

void TestServerPaging::refusesGarbageToken()
{
    QFETCH(QString, token);
    const ApiReply reply = list({QStringLiteral("sort_by=params/lr"), param(QStringLiteral("page_token"), token)});
    NEREID_EXPECT_STATUS(reply, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_request"));
}

void TestServerPaging::refusesOffsetWithToken()
{
    const ApiReply reply = list({QStringLiteral("sort_by=params/lr"), QStringLiteral("offset=0"),
                                 param(QStringLiteral("page_token"), firstToken())});
    NEREID_EXPECT_STATUS(reply, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_request"));
    QVERIFY2(reply.message().contains(QStringLiteral("offset")), reply.body.constData());
    // An empty token is none: the first page.
    QCOMPARE(idsOf(list({QStringLiteral("sort_by=sys/id"), QStringLiteral("limit=1"), QStringLiteral("page_token=")})),
             idsOf(list({QStringLiteral("sort_by=sys/id"), QStringLiteral("limit=1")})));
}

QTEST_GUILESS_MAIN(TestServerPaging)
#include "test_server_paging.moc"
