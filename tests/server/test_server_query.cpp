#include "apiclient.h"
#include "helpers.h"
#include "testserver.h"

#include <QtTest>

using namespace nereid::test;

namespace {
const QString Project = QStringLiteral("team/query");

QStringList idsOf(const ApiReply &listing)
{
    QStringList ids;
    for (const QJsonValue &run : listing[QStringLiteral("runs")].toArray())
        ids << run[QStringLiteral("id")].toString();
    return ids;
}

// "name=value" with the value percent-encoded, as a client's URL encoder writes it.
QString param(const QString &name, const QString &value)
{
    return name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QList<QJsonArray> points(const QList<double> &values)
{
    QList<QJsonArray> result;
    for (qsizetype step = 0; step < values.size(); ++step)
        result.append(point(double(step), values[step]));
    return result;
}
} // namespace

// The run listing's query language and parameters against a real server: five runs of a fixed shape
// (QRY-1..4 listed, QRY-5 in the trash), queried in Neptune's form and the short form, sorted by typed
// values, paged, narrowed to columns, and refused with the position of the mistake.
class TestServerQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void neptuneForm_data();
    void neptuneForm();
    void shortForm_data();
    void shortForm();
    void plusInTheUrlIsASpace();
    void pagesThroughMatches();
    void sortsByTypedValueWithMissingLast_data();
    void sortsByTypedValueWithMissingLast();
    void defaultOrderIsCreationTime();
    void columnsNarrowTheFields();
    void emptyColumnsLeaveOnlySys();
    void refusesBadColumn();
    void refusesInvalidQuery_data();
    void refusesInvalidQuery();
    void refusesInvalidSortKey();
    void filtersByStateOwnerAndTag_data();
    void filtersByStateOwnerAndTag();
    void refusesBadFilterParameters_data();
    void refusesBadFilterParameters();
    void queriesTheTrash();
    void seesChangesAtOnce();
    void followsEveryKindOfChange();

private:
    ApiReply list(const QStringList &params)
    {
        return m_api->get(projectPath(Project) + QStringLiteral("/runs?") + params.join(u'&'));
    }
    QStringList ids(const QStringList &params)
    {
        const ApiReply reply = list(params);
        if (reply.status != 200)
            qWarning() << reply.describe();
        return idsOf(reply);
    }
    void addRun(ApiClient &api, const QJsonObject &body, const QJsonArray &operations);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    QString m_user; // the owner of the runs bob did not create
};

void TestServerQuery::initTestCase()
{
    // An hour of activity: which runs are active then depends on stop alone, not on how fast the machine is.
    m_server = std::make_unique<TestServer>(QStringList{QStringLiteral("--active-seconds"), QStringLiteral("3600")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("QRY")), 201);
    m_user = m_api->get(QStringLiteral("/whoami"))[QStringLiteral("user")].toString();
    QVERIFY(!m_user.isEmpty() && m_user != QLatin1String("bob"));
    QVERIFY(m_server->addMember(QStringLiteral("team"), QStringLiteral("bob"), QStringLiteral("contributor")));
    ApiClient bob(m_server->apiUrl(), m_server->createToken(QStringLiteral("bob")));
    const auto tags = [](const QStringList &values) { return QJsonArray::fromStringList(values); };
    const QString f = QStringLiteral("float"), i = QStringLiteral("int"), s = QStringLiteral("string");
    const QString series = QStringLiteral("floatSeries");

    addRun(*m_api,
           {{QStringLiteral("name"), QStringLiteral("baseline")},
            {QStringLiteral("tags"), tags({QStringLiteral("baseline"), QStringLiteral("best")})}},
           {assignOp(QStringLiteral("params/lr"), f, 0.1),
            assignOp(QStringLiteral("params/optimizer"), s, QStringLiteral("Adam")),
            assignOp(QStringLiteral("params/batch"), i, 32), assignOp(QStringLiteral("params/epochs"), i, 9),
            appendOp(QStringLiteral("train/loss"), series, points({1.0, 0.5, 0.3}))});
    addRun(bob,
           {{QStringLiteral("name"), QStringLiteral("base-lr-small")},
            {QStringLiteral("tags"), tags({QStringLiteral("sweep")})}},
           {assignOp(QStringLiteral("params/lr"), f, 0.001),
            assignOp(QStringLiteral("params/optimizer"), s, QStringLiteral("SGD")),
            assignOp(QStringLiteral("params/epochs"), i, 10),
            appendOp(QStringLiteral("train/loss"), series, points({2.0, 0.1}))});
    addRun(*m_api,
           {{QStringLiteral("name"), QStringLiteral("sweep-2")},
            {QStringLiteral("tags"), tags({QStringLiteral("sweep"), QStringLiteral("best")})}},
           {assignOp(QStringLiteral("params/lr"), f, 0.01), assignOp(QStringLiteral("params/batch"), i, 64),
            assignOp(QStringLiteral("params/epochs"), i, 100),
            appendOp(QStringLiteral("train/loss"), series, points({0.9, 0.15}))});
    addRun(bob, {{QStringLiteral("name"), QStringLiteral("no-params")}}, {});
    addRun(*m_api,
           {{QStringLiteral("name"), QStringLiteral("Untitled")},
            {QStringLiteral("tags"), tags({QStringLiteral("best")})}},
           {assignOp(QStringLiteral("params/lr"), f, 0.05),
            appendOp(QStringLiteral("log"), QStringLiteral("stringSeries"),
                     {point(0, QStringLiteral("epoch 1")), point(1, QStringLiteral("done"))})});

    const qint64 revision = m_api->get(runPath(QStringLiteral("QRY-2")))[QStringLiteral("revision")].toInteger();
    NEREID_EXPECT_STATUS(m_api->patch(runPath(QStringLiteral("QRY-2")) + QStringLiteral("/sys"),
                                      {{QStringLiteral("revision"), revision}, {QStringLiteral("failed"), true}}),
                         200);
    for (const char *stopped : {"QRY-1", "QRY-4"})
        NEREID_EXPECT_STATUS(m_api->post(runPath(QLatin1String(stopped)) + QStringLiteral("/stop")), 200);
    NEREID_EXPECT_STATUS(m_api->post(runPath(QStringLiteral("QRY-5")) + QStringLiteral("/trash")), 200);
}

void TestServerQuery::addRun(ApiClient &api, const QJsonObject &body, const QJsonArray &operations)
{
    const ApiReply run = createRun(api, Project, body);
    NEREID_EXPECT_STATUS(run, 201);
    if (!operations.isEmpty())
        NEREID_EXPECT_STATUS(applyOperations(api, run[QStringLiteral("id")].toString(), operations), 200);
}

void TestServerQuery::cleanupTestCase()
{
    m_api.reset();
    m_server.reset();
}

void TestServerQuery::neptuneForm_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QString q1 = QStringLiteral("QRY-1"), q2 = QStringLiteral("QRY-2"), q3 = QStringLiteral("QRY-3"),
                  q4 = QStringLiteral("QRY-4");
    QTest::newRow("float >") << QStringLiteral("`params/lr`:float > 0.01") << QStringList{q1};
    QTest::newRow("stringSet CONTAINS") << QStringLiteral("`sys/tags`:stringSet CONTAINS \"best\"")
                                        << QStringList{q3, q1};
    QTest::newRow("last of a series") << QStringLiteral("last(`train/loss`:floatSeries) < 0.2") << QStringList{q3, q2};
    QTest::newRow("min of a series") << QStringLiteral("min(`train/loss`:floatSeries) <= 0.1") << QStringList{q2};
    QTest::newRow("relative datetime") << QStringLiteral("`sys/creation_time`:datetime > \"-1d\"")
                                       << QStringList{q4, q3, q2, q1};
    QTest::newRow("experimentState") << QStringLiteral("`sys/state`:experimentState = \"active\"")
                                     << QStringList{q3, q2};
    QTest::newRow("NOT of AND") << QStringLiteral(
                                       "NOT (`sys/name`:string MATCHES \"^base\" AND `sys/failed`:bool = true)")
                                << QStringList{q4, q3, q1};
    QTest::newRow("OR over string and int")
        << QStringLiteral("`params/optimizer`:string = \"Adam\" OR `params/batch`:int >= 64") << QStringList{q3, q1};
    QTest::newRow("nothing") << QStringLiteral("`params/lr`:float > 1") << QStringList{};
}

void TestServerQuery::neptuneForm()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const ApiReply reply = list({param(QStringLiteral("query"), query)});
    NEREID_EXPECT_STATUS(reply, 200);
    QCOMPARE(idsOf(reply), expected);
    QCOMPARE(reply[QStringLiteral("total")].toInteger(), expected.size());
}

void TestServerQuery::shortForm_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QString q1 = QStringLiteral("QRY-1"), q2 = QStringLiteral("QRY-2"), q3 = QStringLiteral("QRY-3"),
                  q4 = QStringLiteral("QRY-4");
    QTest::newRow("two clauses") << QStringLiteral("params/lr > 0.01 AND sys/tags CONTAINS best") << QStringList{q1};
    QTest::newRow(">=") << QStringLiteral("params/lr >= 0.01") << QStringList{q3, q1};
    QTest::newRow("int compared with a float") << QStringLiteral("params/epochs > 9.5") << QStringList{q3, q2};
    QTest::newRow("bare word") << QStringLiteral("sys/owner = bob") << QStringList{q4, q2};
    QTest::newRow("regex") << QStringLiteral("sys/name MATCHES ^sweep") << QStringList{q3};
    QTest::newRow("NOT MATCHES") << QStringLiteral("sys/name NOT MATCHES ^base") << QStringList{q4, q3};
    QTest::newRow("EXISTS") << QStringLiteral("params/batch EXISTS") << QStringList{q3, q1};
    QTest::newRow("NOT EXISTS") << QStringLiteral("NOT params/lr EXISTS") << QStringList{q4};
    QTest::newRow("max of a series") << QStringLiteral("max(train/loss) > 1.5") << QStringList{q2};
    QTest::newRow("bool") << QStringLiteral("sys/failed = true") << QStringList{q2};
    QTest::newRow("lower-case keywords") << QStringLiteral("params/lr < 0.05 and not sys/failed = true")
                                         << QStringList{q3};
    QTest::newRow("parentheses") << QStringLiteral("(params/batch = 32 OR params/batch = 64) AND params/lr < 0.05")
                                 << QStringList{q3};
    QTest::newRow("blank is everything") << QStringLiteral("  ") << QStringList{q4, q3, q2, q1};
}

void TestServerQuery::shortForm()
{
    neptuneForm();
}

void TestServerQuery::plusInTheUrlIsASpace()
{
    // Form encoding, as Python's urlencode() writes it: '+' for a space, %2B for a plus sign.
    QCOMPARE(ids({QStringLiteral("query=params/lr+>+0.01")}), QStringList{QStringLiteral("QRY-1")});
    QCOMPARE(ids({QStringLiteral("query=params/lr+>+%2B0.01")}), QStringList{QStringLiteral("QRY-1")});
}

void TestServerQuery::pagesThroughMatches()
{
    const QString query =
        param(QStringLiteral("query"), QStringLiteral("sys/tags CONTAINS sweep OR params/batch EXISTS"));
    const ApiReply all = list({query});
    QCOMPARE(idsOf(all), (QStringList{QStringLiteral("QRY-3"), QStringLiteral("QRY-2"), QStringLiteral("QRY-1")}));
    const ApiReply first = list({query, QStringLiteral("limit=2")});
    QCOMPARE(idsOf(first), (QStringList{QStringLiteral("QRY-3"), QStringLiteral("QRY-2")}));
    QCOMPARE(first[QStringLiteral("total")].toInteger(), 3);
    const ApiReply second = list({query, QStringLiteral("limit=2"), QStringLiteral("offset=2")});
    QCOMPARE(idsOf(second), QStringList{QStringLiteral("QRY-1")});
    QCOMPARE(second[QStringLiteral("total")].toInteger(), 3);
    const ApiReply beyond = list({query, QStringLiteral("offset=10")});
    NEREID_EXPECT_STATUS(beyond, 200);
    QCOMPARE(idsOf(beyond), QStringList{});
    QCOMPARE(beyond[QStringLiteral("total")].toInteger(), 3);
    QCOMPARE(list({query, QStringLiteral("limit=0")})[QStringLiteral("total")].toInteger(), 3);
}

void TestServerQuery::sortsByTypedValueWithMissingLast_data()
{
    QTest::addColumn<QString>("sortBy");
    QTest::addColumn<bool>("ascending");
    QTest::addColumn<QStringList>("expected");
    const auto runs = [](const char *numbers) {
        QStringList ids;
        for (const QString &n : QString::fromLatin1(numbers).split(u' '))
            ids << QStringLiteral("QRY-") + n;
        return ids;
    };
    // Ints as numbers: 9 < 10 < 100 (as text "10" < "100" < "9"); QRY-4 has no epochs and comes last.
    QTest::newRow("int ascending") << QStringLiteral("params/epochs") << true << runs("1 2 3 4");
    QTest::newRow("int descending") << QStringLiteral("params/epochs") << false << runs("3 2 1 4");
    QTest::newRow("typed float") << QStringLiteral("`params/lr`:float") << true << runs("2 3 1 4");
    QTest::newRow("float descending") << QStringLiteral("params/lr") << false << runs("1 3 2 4");
    QTest::newRow("last of a series") << QStringLiteral("train/loss") << true << runs("2 3 1 4");
    QTest::newRow("max of a series") << QStringLiteral("max(`train/loss`:floatSeries)") << false << runs("2 1 3 4");
    // Two runs without the field: last in both directions, in the order of the direction.
    QTest::newRow("two missing, ascending") << QStringLiteral("params/batch") << true << runs("1 3 2 4");
    QTest::newRow("two missing, descending") << QStringLiteral("params/batch") << false << runs("3 1 4 2");
    QTest::newRow("string, natural") << QStringLiteral("sys/name") << true << runs("2 1 4 3");
    QTest::newRow("bool") << QStringLiteral("sys/failed") << false << runs("2 4 3 1");
    QTest::newRow("sys id, natural") << QStringLiteral("sys/id") << false << runs("4 3 2 1");
}

void TestServerQuery::sortsByTypedValueWithMissingLast()
{
    QFETCH(QString, sortBy);
    QFETCH(bool, ascending);
    QFETCH(QStringList, expected);
    const QString direction = ascending ? QStringLiteral("ascending=true") : QStringLiteral("ascending=false");
    QCOMPARE(ids({param(QStringLiteral("sort_by"), sortBy), direction}), expected);
    // Sorting pages after filtering: the first two of the same order.
    QCOMPARE(ids({param(QStringLiteral("sort_by"), sortBy), direction, QStringLiteral("limit=2")}), expected.mid(0, 2));
}

void TestServerQuery::defaultOrderIsCreationTime()
{
    const QStringList newestFirst{QStringLiteral("QRY-4"), QStringLiteral("QRY-3"), QStringLiteral("QRY-2"),
                                  QStringLiteral("QRY-1")};
    QStringList oldestFirst = newestFirst;
    std::reverse(oldestFirst.begin(), oldestFirst.end());
    QCOMPARE(ids({}), newestFirst);
    QCOMPARE(ids({QStringLiteral("ascending=true")}), oldestFirst);
    QCOMPARE(ids({QStringLiteral("sort_by=sys/creation_time"), QStringLiteral("ascending=true")}), oldestFirst);
    // The same order when a query makes the server sort in memory.
    QCOMPARE(ids({param(QStringLiteral("query"), QStringLiteral("sys/id EXISTS"))}), newestFirst);
    QCOMPARE(ids({param(QStringLiteral("query"), QStringLiteral("sys/id EXISTS")), QStringLiteral("ascending=1")}),
             oldestFirst);
}

void TestServerQuery::columnsNarrowTheFields()
{
    for (const QString &query : {QString(), param(QStringLiteral("query"), QStringLiteral("params/lr > 0"))}) {
        const ApiReply reply = list({query, QStringLiteral("columns=params/lr,%20train/loss,sys/name,params/none")});
        NEREID_EXPECT_STATUS(reply, 200);
        for (const QJsonValue &run : reply[QStringLiteral("runs")].toArray()) {
            const QString id = run[QStringLiteral("id")].toString();
            const QJsonObject fields = run[QStringLiteral("fields")].toObject();
            QCOMPARE(run[QStringLiteral("sys")][QStringLiteral("id")].toString(), id); // sys comes whole
            QVERIFY(run[QStringLiteral("sys")].toObject().contains(QStringLiteral("creation_time")));
            if (id == QLatin1String("QRY-4")) {
                QCOMPARE(fields, QJsonObject());
                continue;
            }
            QCOMPARE(fields.keys(), (QStringList{QStringLiteral("params/lr"), QStringLiteral("train/loss")}));
            const QJsonObject loss = fields[QStringLiteral("train/loss")].toObject();
            QCOMPARE(loss[QStringLiteral("type")].toString(), QStringLiteral("floatSeries"));
            for (const char *member : {"count", "last", "min", "max"})
                QVERIFY2(loss.value(QLatin1String(member)).isDouble(), member);
        }
    }
    const ApiReply one = list(
        {param(QStringLiteral("query"), QStringLiteral("sys/name = baseline")), QStringLiteral("columns=train/loss")});
    const QJsonObject loss =
        one[QStringLiteral("runs")][0][QStringLiteral("fields")][QStringLiteral("train/loss")].toObject();
    QCOMPARE(loss[QStringLiteral("count")].toInteger(), 3);
    QCOMPARE(loss[QStringLiteral("last")].toDouble(), 0.3);
    QCOMPARE(loss[QStringLiteral("min")].toDouble(), 0.3);
    QCOMPARE(loss[QStringLiteral("max")].toDouble(), 1.0);
    // Without columns every field comes, as from GET /runs/{id}.
    const ApiReply whole = list({param(QStringLiteral("query"), QStringLiteral("sys/name = baseline"))});
    QCOMPARE(whole[QStringLiteral("runs")][0][QStringLiteral("fields")].toObject(),
             runFields(*m_api, QStringLiteral("QRY-1")));
}

void TestServerQuery::emptyColumnsLeaveOnlySys()
{
    const ApiReply reply = list({QStringLiteral("columns=")});
    NEREID_EXPECT_STATUS(reply, 200);
    QCOMPARE(reply[QStringLiteral("runs")].toArray().size(), 4);
    for (const QJsonValue &run : reply[QStringLiteral("runs")].toArray()) {
        QCOMPARE(run[QStringLiteral("fields")].toObject(), QJsonObject());
        QVERIFY(run[QStringLiteral("sys")].toObject().contains(QStringLiteral("name")));
    }
}

void TestServerQuery::refusesBadColumn()
{
    const ApiReply reply = list({param(QStringLiteral("columns"), QStringLiteral("params/lr,params//x"))});
    NEREID_EXPECT_STATUS(reply, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_path"));
    QVERIFY2(reply.message().contains(QStringLiteral("params//x")), reply.body.constData());
}

void TestServerQuery::refusesInvalidQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("expected"); // empty for errors that are not about syntax
    QTest::addColumn<QString>("path");     // the field a type error names
    QTest::newRow("value missing") << QStringLiteral("params/lr >") << 11 << QStringLiteral("a value") << QString();
    QTest::newRow("dangling AND") << QStringLiteral("params/lr > 1 AND") << 17 << QStringLiteral("a field path")
                                  << QString();
    QTest::newRow("unclosed parenthesis")
        << QStringLiteral("(params/lr > 1") << 14 << QStringLiteral("\")\"") << QString();
    QTest::newRow("no operator") << QStringLiteral("params/lr 0.1") << 10 << QStringLiteral("an operator") << QString();
    QTest::newRow("string with >") << QStringLiteral("sys/name > \"a\"") << 9 << QString()
                                   << QStringLiteral("sys/name");
    QTest::newRow("float CONTAINS") << QStringLiteral("`params/lr`:float CONTAINS \"x\"") << 18 << QString()
                                    << QStringLiteral("params/lr");
    QTest::newRow("unknown sys field") << QStringLiteral("sys/bogus = 1") << 0 << QString()
                                       << QStringLiteral("sys/bogus");
}

void TestServerQuery::refusesInvalidQuery()
{
    QFETCH(QString, query);
    QFETCH(int, position);
    QFETCH(QString, expected);
    QFETCH(QString, path);
    const ApiReply reply = list({param(QStringLiteral("query"), query)});
    NEREID_EXPECT_STATUS(reply, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_query"));
    QCOMPARE(reply[QStringLiteral("parameter")].toString(), QStringLiteral("query"));
    QCOMPARE(reply[QStringLiteral("position")].toInt(-1), position);
    // The message counts characters from 1, as people do.
    QVERIFY2(reply.message().contains(QStringLiteral("character %1").arg(position + 1)), reply.body.constData());
    if (!expected.isEmpty()) {
        QVERIFY2(reply[QStringLiteral("expected")].toString().contains(expected), reply.body.constData());
        QVERIFY2(reply.message().contains(expected), reply.body.constData());
    }
    if (!path.isEmpty()) {
        QCOMPARE(reply[QStringLiteral("path")].toString(), path);
        QVERIFY2(reply.message().contains(path), reply.body.constData());
    }
}

void TestServerQuery::refusesInvalidSortKey()
{
    for (const QString &key : {QStringLiteral("params/lr >"), QStringLiteral("min(sys/name)"),
                               QStringLiteral("`sys/creation_time`:float")}) {
        const ApiReply reply = list({param(QStringLiteral("sort_by"), key)});
        NEREID_EXPECT_STATUS(reply, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_query"));
        QCOMPARE(reply[QStringLiteral("parameter")].toString(), QStringLiteral("sort_by"));
        QVERIFY2(reply[QStringLiteral("position")].isDouble(), reply.body.constData());
    }
}

void TestServerQuery::filtersByStateOwnerAndTag_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QStringList>("expected");
    const QString q1 = QStringLiteral("QRY-1"), q2 = QStringLiteral("QRY-2"), q3 = QStringLiteral("QRY-3"),
                  q4 = QStringLiteral("QRY-4");
    QTest::newRow("active") << QStringList{QStringLiteral("state=active")} << QStringList{q3, q2};
    QTest::newRow("inactive") << QStringList{QStringLiteral("state=inactive")} << QStringList{q4, q1};
    QTest::newRow("owner") << QStringList{QStringLiteral("owner=bob")} << QStringList{q4, q2};
    QTest::newRow("owner nobody") << QStringList{QStringLiteral("owner=nobody")} << QStringList{};
    QTest::newRow("one tag") << QStringList{QStringLiteral("tag=best")} << QStringList{q3, q1};
    QTest::newRow("all tags") << QStringList{QStringLiteral("tag=best"), QStringLiteral("tag=sweep")}
                              << QStringList{q3};
    QTest::newRow("unknown tag") << QStringList{QStringLiteral("tag=nope")} << QStringList{};
    QTest::newRow("tag with a quote") << QStringList{param(QStringLiteral("tag"), QStringLiteral("a\"b"))}
                                      << QStringList{};
    QTest::newRow("with a query") << QStringList{param(QStringLiteral("query"), QStringLiteral("params/lr > 0.005")),
                                                 QStringLiteral("tag=best")}
                                  << QStringList{q3, q1};
    QTest::newRow("everything") << QStringList{param(QStringLiteral("query"), QStringLiteral("params/lr > 0.005")),
                                               QStringLiteral("tag=best"), QStringLiteral("state=active"),
                                               param(QStringLiteral("owner"), m_user)}
                                << QStringList{q3};
}

void TestServerQuery::filtersByStateOwnerAndTag()
{
    QFETCH(QStringList, params);
    QFETCH(QStringList, expected);
    const ApiReply reply = list(params);
    NEREID_EXPECT_STATUS(reply, 200);
    QCOMPARE(idsOf(reply), expected);
    QCOMPARE(reply[QStringLiteral("total")].toInteger(), expected.size());
}

void TestServerQuery::refusesBadFilterParameters_data()
{
    QTest::addColumn<QString>("params");
    QTest::newRow("state") << QStringLiteral("state=running");
    QTest::newRow("ascending") << QStringLiteral("ascending=maybe");
    QTest::newRow("trashed") << QStringLiteral("trashed=2");
    QTest::newRow("limit") << QStringLiteral("limit=10001");
}

void TestServerQuery::refusesBadFilterParameters()
{
    QFETCH(QString, params);
    const ApiReply reply = list({params, param(QStringLiteral("query"), QStringLiteral("params/lr > 0"))});
    NEREID_EXPECT_STATUS(reply, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_request"));
    QVERIFY2(reply.message().contains(params.section(u'=', 0, 0)), reply.body.constData());
}

void TestServerQuery::queriesTheTrash()
{
    QCOMPARE(ids({QStringLiteral("trashed=true")}), QStringList{QStringLiteral("QRY-5")});
    QCOMPARE(ids({QStringLiteral("trashed=true"), param(QStringLiteral("query"), QStringLiteral("params/lr = 0.05"))}),
             QStringList{QStringLiteral("QRY-5")});
    QCOMPARE(ids({param(QStringLiteral("query"), QStringLiteral("params/lr = 0.05"))}), QStringList{});
    QCOMPARE(ids({QStringLiteral("trashed=true"), param(QStringLiteral("query"), QStringLiteral("log = done"))}),
             QStringList{QStringLiteral("QRY-5")});
    QCOMPARE(ids({QStringLiteral("trashed=true"), QStringLiteral("tag=best"), QStringLiteral("columns=log")}),
             QStringList{QStringLiteral("QRY-5")});
}

void TestServerQuery::seesChangesAtOnce()
{
    // A tag added through a sys edit is what the next listing filters on.
    const QString run = runPath(QStringLiteral("QRY-4"));
    const auto editTags = [&](const QString &op) {
        const qint64 revision = m_api->get(run)[QStringLiteral("revision")].toInteger();
        return m_api->patch(run + QStringLiteral("/sys"),
                            {{QStringLiteral("revision"), revision},
                             {QStringLiteral("tags"), QJsonObject{{op, QJsonArray{QStringLiteral("fresh")}}}}});
    };
    NEREID_EXPECT_STATUS(editTags(QStringLiteral("add")), 200);
    QCOMPARE(ids({QStringLiteral("tag=fresh")}), QStringList{QStringLiteral("QRY-4")});
    NEREID_EXPECT_STATUS(editTags(QStringLiteral("remove")), 200);
    QCOMPARE(ids({QStringLiteral("tag=fresh")}), QStringList{});
}

void TestServerQuery::followsEveryKindOfChange()
{
    // The server keeps query views between listings: each listing must still see every change before it,
    // and sys/state must follow the clock alone. A fresh server with the default active window (20 s), whose
    // clock the test moves past it (--test-clock) rather than waiting.
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errors()));
    ApiClient api(server.apiUrl(), server.token());
    const QString project = QStringLiteral("team/live");
    NEREID_EXPECT_STATUS(createProject(api, project, QStringLiteral("LIV")), 201);
    const auto ids = [&](const QString &query) {
        const ApiReply reply =
            api.get(projectPath(project) + QStringLiteral("/runs?") + param(QStringLiteral("query"), query));
        return reply.status == 200 ? idsOf(reply) : QStringList{QString::fromUtf8(reply.describe())};
    };
    const QString one = QStringLiteral("LIV-1"), two = QStringLiteral("LIV-2");
    NEREID_EXPECT_STATUS(createRun(api, project), 201);
    NEREID_EXPECT_STATUS(applyOperations(api, one, {assignOp(QStringLiteral("p/x"), QStringLiteral("int"), 1)}), 200);
    QCOMPARE(ids(QStringLiteral("p/x = 1")), QStringList{one});

    NEREID_EXPECT_STATUS(createRun(api, project), 201); // a new run
    NEREID_EXPECT_STATUS(applyOperations(api, two, {assignOp(QStringLiteral("p/x"), QStringLiteral("int"), 1)}), 200);
    QCOMPARE(ids(QStringLiteral("p/x = 1")), (QStringList{two, one}));

    NEREID_EXPECT_STATUS(applyOperations(api, one, {assignOp(QStringLiteral("p/x"), QStringLiteral("int"), 5)}), 200);
    QCOMPARE(ids(QStringLiteral("p/x = 1")), QStringList{two}); // a changed value
    NEREID_EXPECT_STATUS(applyOperations(api, two, {deleteOp(QStringLiteral("p"))}), 200);
    QCOMPARE(ids(QStringLiteral("p/x EXISTS")), QStringList{one}); // a deleted namespace
    NEREID_EXPECT_STATUS(api.post(runPath(one) + QStringLiteral("/trash")), 200);
    QCOMPARE(ids(QStringLiteral("sys/id EXISTS")), QStringList{two}); // trashed
    NEREID_EXPECT_STATUS(api.post(runPath(one) + QStringLiteral("/restore")), 200);
    QCOMPARE(ids(QStringLiteral("sys/id EXISTS")), (QStringList{two, one}));

    QCOMPARE(ids(QStringLiteral("sys/state = active")), (QStringList{two, one}));
    QVERIFY(server.advanceClock(21'000));
    QCOMPARE(ids(QStringLiteral("sys/state = inactive")), (QStringList{two, one}));
    QCOMPARE(ids(QStringLiteral("sys/state = active")), QStringList{});
}

QTEST_GUILESS_MAIN(TestServerQuery)
#include "test_server_query.moc"
