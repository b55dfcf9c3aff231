#include "apiclient.h"
#include "helpers.h"
#include "testserver.h"

#include <QTcpSocket>
#include <QtTest>

using namespace nereid::test;

namespace {
const QString Run = QStringLiteral("BAD-1");

QJsonObject op(std::initializer_list<QPair<QString, QJsonValue>> members)
{
    return QJsonObject(members);
}
} // namespace

// Bad input of every kind named in docs/api.md: each gets its status and error code, names what was
// wrong, and changes nothing. The server also survives clients that go away mid-request.
class TestServerBadInput : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusesBadOperation_data();
    void refusesBadOperation();
    void refusesBadBatchBody_data();
    void refusesBadBatchBody();
    void refusesInvalidJson_data();
    void refusesInvalidJson();
    void typeConflictNamesBothTypes_data();
    void typeConflictNamesBothTypes();
    void limitsFieldCount();
    void refusesBadView_data();
    void refusesBadView();
    void refusesBodyOverLimit();
    void unknownRoute_data();
    void unknownRoute();
    void wrongMethod_data();
    void wrongMethod();
    void survivesClientThatLeaves_data();
    void survivesClientThatLeaves();

private:
    ApiReply apply(const QJsonArray &operations) { return applyOperations(*m_api, Run, operations); }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
};

void TestServerBadInput::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, QStringLiteral("team/bad"), QStringLiteral("BAD")), 201);
    NEREID_EXPECT_STATUS(createRun(*m_api, QStringLiteral("team/bad")), 201);
}

void TestServerBadInput::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_api.reset();
    m_server.reset();
}

void TestServerBadInput::refusesBadOperation_data()
{
    QTest::addColumn<QJsonArray>("setup"); // applied first, must succeed
    QTest::addColumn<QJsonObject>("bad");  // sent as operation 1, after a good operation 0
    QTest::addColumn<QString>("errors");   // the accepted error codes, '|'-separated where the doc allows two
    QTest::addColumn<QString>("path");     // the `path` the answer must give and its message must name
    const QString big(65537, QLatin1Char('x'));
    const QString bigUtf8(32769, QChar(0xe9)); // 32769 characters, 65538 bytes of UTF-8
    const QString s = QStringLiteral("string"), f = QStringLiteral("float"), fs = QStringLiteral("floatSeries");
    const auto row = [](const char *name, const QJsonObject &bad, const char *errors, const QString &path = {},
                        const QJsonArray &setup = {}) {
        QTest::newRow(name) << setup << bad << QString::fromLatin1(errors) << path;
    };
    const auto a = [](const QString &path, const QString &type, const QJsonValue &value) {
        return assignOp(path, type, value);
    };

    // The shape of an operation.
    row("no op", op({{QStringLiteral("path"), QStringLiteral("a")}}), "invalid_request");
    row("unknown op",
        op({{QStringLiteral("op"), QStringLiteral("frobnicate")}, {QStringLiteral("path"), QStringLiteral("a")}}),
        "invalid_request");
    row("no path", op({{QStringLiteral("op"), QStringLiteral("delete")}}), "invalid_request");
    row("path is a number", op({{QStringLiteral("op"), QStringLiteral("delete")}, {QStringLiteral("path"), 5}}),
        "invalid_request");
    row("assign without type",
        op({{QStringLiteral("op"), QStringLiteral("assign")},
            {QStringLiteral("path"), QStringLiteral("a")},
            {QStringLiteral("value"), 1}}),
        "invalid_request", QStringLiteral("a"));
    row("assign without value",
        op({{QStringLiteral("op"), QStringLiteral("assign")},
            {QStringLiteral("path"), QStringLiteral("a")},
            {QStringLiteral("type"), f}}),
        "invalid_request|invalid_value", QStringLiteral("a"));
    row("append without points",
        op({{QStringLiteral("op"), QStringLiteral("append")},
            {QStringLiteral("path"), QStringLiteral("a")},
            {QStringLiteral("type"), fs}}),
        "invalid_request", QStringLiteral("a"));
    row("add_strings without values",
        op({{QStringLiteral("op"), QStringLiteral("add_strings")}, {QStringLiteral("path"), QStringLiteral("a")}}),
        "invalid_request", QStringLiteral("a"));
    // Paths.
    row("empty path", deleteOp(QString()), "invalid_path");
    row("double slash", a(QStringLiteral("a//b"), f, 1), "invalid_path", QStringLiteral("a//b"));
    row("leading slash", a(QStringLiteral("/a"), f, 1), "invalid_path", QStringLiteral("/a"));
    row("trailing slash", a(QStringLiteral("a/"), f, 1), "invalid_path", QStringLiteral("a/"));
    row("segment starts with space", a(QStringLiteral("a/ b"), f, 1), "invalid_path", QStringLiteral("a/ b"));
    row("segment ends with space", a(QStringLiteral("a /b"), f, 1), "invalid_path", QStringLiteral("a /b"));
    row("control character", a(QStringLiteral("a/b\tc"), f, 1), "invalid_path");
    row("1025 bytes", a(QString(1025, QLatin1Char('p')), f, 1), "invalid_path");
    row("bad path in delete", deleteOp(QStringLiteral("x//y")), "invalid_path", QStringLiteral("x//y"));
    // Types.
    row("unknown type", a(QStringLiteral("a"), QStringLiteral("double"), 1), "invalid_type", QStringLiteral("a"));
    row("assign a series type", a(QStringLiteral("a"), fs, 1), "invalid_type", QStringLiteral("a"));
    row("append an atom type", appendOp(QStringLiteral("a"), f, {point(0, 1)}), "invalid_type", QStringLiteral("a"));
    row("append a string set",
        appendOp(QStringLiteral("a"), QStringLiteral("stringSet"), {point(0, QStringLiteral("x"))}), "invalid_type",
        QStringLiteral("a"));
    // Values.
    row("float given a string", a(QStringLiteral("a"), f, QStringLiteral("abc")), "invalid_value", QStringLiteral("a"));
    row("NaN for a float field", a(QStringLiteral("a"), f, QStringLiteral("NaN")), "invalid_value",
        QStringLiteral("a"));
    row("Infinity for a float field", a(QStringLiteral("a"), f, QStringLiteral("Infinity")), "invalid_value",
        QStringLiteral("a"));
    row("int given a fraction", a(QStringLiteral("a"), QStringLiteral("int"), 1.5), "invalid_value",
        QStringLiteral("a"));
    row("int beyond 2^53", a(QStringLiteral("a"), QStringLiteral("int"), 9007199254740994.0), "invalid_value",
        QStringLiteral("a"));
    row("bool given a number", a(QStringLiteral("a"), QStringLiteral("bool"), 1), "invalid_value", QStringLiteral("a"));
    row("string given a number", a(QStringLiteral("a"), s, 5), "invalid_value", QStringLiteral("a"));
    row("string over 64 KiB", a(QStringLiteral("a"), s, big), "invalid_value", QStringLiteral("a"));
    row("string over 64 KiB of UTF-8", a(QStringLiteral("a"), s, bigUtf8), "invalid_value", QStringLiteral("a"));
    row("datetime not a date", a(QStringLiteral("a"), QStringLiteral("datetime"), QStringLiteral("yesterday")),
        "invalid_value", QStringLiteral("a"));
    row("string set of numbers", a(QStringLiteral("a"), QStringLiteral("stringSet"), QJsonArray{1, 2}), "invalid_value",
        QStringLiteral("a"));
    row("string set item over 64 KiB", a(QStringLiteral("a"), QStringLiteral("stringSet"), QJsonArray{big}),
        "invalid_value", QStringLiteral("a"));
    row("add_strings of numbers",
        op({{QStringLiteral("op"), QStringLiteral("add_strings")},
            {QStringLiteral("path"), QStringLiteral("a")},
            {QStringLiteral("values"), QJsonArray{1}}}),
        "invalid_value|invalid_request", QStringLiteral("a"));
    row("series value not a number", appendOp(QStringLiteral("a"), fs, {point(0, QStringLiteral("abc"))}),
        "invalid_value", QStringLiteral("a"));
    row("series value a bool", appendOp(QStringLiteral("a"), fs, {point(0, true)}), "invalid_value",
        QStringLiteral("a"));
    row("string series value a number", appendOp(QStringLiteral("a"), QStringLiteral("stringSeries"), {point(0, 1)}),
        "invalid_value", QStringLiteral("a"));
    row("string series point over 64 KiB",
        appendOp(QStringLiteral("a"), QStringLiteral("stringSeries"), {point(0, big)}), "invalid_value",
        QStringLiteral("a"));
    row("NaN step", appendOp(QStringLiteral("a"), fs, {point(QStringLiteral("NaN"), 1)}), "invalid_value",
        QStringLiteral("a"));
    row("string step", appendOp(QStringLiteral("a"), fs, {point(QStringLiteral("one"), 1)}), "invalid_value",
        QStringLiteral("a"));
    row("Infinity timestamp", appendOp(QStringLiteral("a"), fs, {point(0, 1, QStringLiteral("Infinity"))}),
        "invalid_value", QStringLiteral("a"));
    row("point of two members", appendOp(QStringLiteral("a"), fs, {QJsonArray{0, 1}}), "invalid_value|invalid_request",
        QStringLiteral("a"));
    row("point not a list",
        op({{QStringLiteral("op"), QStringLiteral("append")},
            {QStringLiteral("path"), QStringLiteral("a")},
            {QStringLiteral("type"), fs},
            {QStringLiteral("points"), QJsonArray{1.0}}}),
        "invalid_value|invalid_request", QStringLiteral("a"));
    // Steps.
    row("repeated step", appendOp(QStringLiteral("a"), fs, {point(1, 1), point(1, 2)}), "step_not_increasing",
        QStringLiteral("a"));
    row("decreasing step", appendOp(QStringLiteral("a"), fs, {point(5, 1), point(4, 2)}), "step_not_increasing",
        QStringLiteral("a"));
    row("step below stored", appendOp(QStringLiteral("a"), fs, {point(2, 1)}), "step_not_increasing",
        QStringLiteral("a"), {appendOp(QStringLiteral("a"), fs, {point(0, 1), point(1, 1), point(2, 1)})});
    // The sys namespace.
    for (const char *name : {"id", "owner", "state", "creation_time", "hostname", "custom_run_id", "ping_time"}) {
        const QString path = QStringLiteral("sys/") + QLatin1String(name);
        QTest::newRow(qPrintable(QStringLiteral("write %1").arg(path)))
            << QJsonArray() << a(path, s, QStringLiteral("x")) << QStringLiteral("read_only_field") << path;
    }
    row("write sys/trashed", a(QStringLiteral("sys/trashed"), QStringLiteral("bool"), true), "read_only_field",
        QStringLiteral("sys/trashed"));
    row("write sys/size", a(QStringLiteral("sys/size"), f, 1.0), "read_only_field", QStringLiteral("sys/size"));
    row("write sys/running_time", a(QStringLiteral("sys/running_time"), f, 1.0), "read_only_field",
        QStringLiteral("sys/running_time"));
    row("write a path in sys that is no sys field", a(QStringLiteral("sys/mine"), f, 1.0), "read_only_field",
        QStringLiteral("sys/mine"));
    row("append in sys",
        appendOp(QStringLiteral("sys/log"), QStringLiteral("stringSeries"), {point(0, QStringLiteral("x"))}),
        "read_only_field", QStringLiteral("sys/log"));
    row("delete sys/name", deleteOp(QStringLiteral("sys/name")), "read_only_field", QStringLiteral("sys/name"));
    row("delete sys", deleteOp(QStringLiteral("sys")), "read_only_field", QStringLiteral("sys"));
    row("sys/name given a number", a(QStringLiteral("sys/name"), QStringLiteral("int"), 3),
        "type_conflict|invalid_value|invalid_type", QStringLiteral("sys/name"));
    row("sys/failed given a string", a(QStringLiteral("sys/failed"), s, QStringLiteral("yes")),
        "type_conflict|invalid_value|invalid_type", QStringLiteral("sys/failed"));
    row("sys/description over 64 KiB", a(QStringLiteral("sys/description"), s, big), "invalid_value",
        QStringLiteral("sys/description"));
}

void TestServerBadInput::refusesBadOperation()
{
    QFETCH(QJsonArray, setup);
    QFETCH(QJsonObject, bad);
    QFETCH(QString, errors);
    QFETCH(QString, path);

    if (!setup.isEmpty())
        NEREID_EXPECT_STATUS(apply(setup), 200);
    const ApiReply before = m_api->get(runPath(Run));
    const ApiReply reply = apply({assignOp(QStringLiteral("ok/first"), QStringLiteral("int"), 1), bad});
    QVERIFY2(errors.split(QLatin1Char('|')).contains(reply.errorCode()), reply.describe().constData());
    NEREID_EXPECT_STATUS(reply, reply.errorCode() == QLatin1String("type_conflict") ? 409 : 400);
    QCOMPARE(reply[QStringLiteral("operation")].toInt(-1), 1);
    QVERIFY2(!reply.message().isEmpty(), reply.body.constData());
    if (!path.isEmpty()) {
        QCOMPARE(reply[QStringLiteral("path")].toString(), path);
        QVERIFY2(reply.message().contains(path), reply.body.constData());
    }
    const ApiReply after = m_api->get(runPath(Run));
    QCOMPARE(after[QStringLiteral("fields")], before[QStringLiteral("fields")]);
    QCOMPARE(after[QStringLiteral("revision")], before[QStringLiteral("revision")]);
    QCOMPARE(after[QStringLiteral("sys")][QStringLiteral("name")],
             before[QStringLiteral("sys")][QStringLiteral("name")]);
}

void TestServerBadInput::refusesBadBatchBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{\"operations\": [") << QStringLiteral("malformed_json");
    QTest::newRow("not UTF-8 JSON") << QByteArray("\xff\xfe{}") << QStringLiteral("malformed_json");
    QTest::newRow("empty body") << QByteArray() << QStringLiteral("malformed_json");
    QTest::newRow("array") << QByteArray("[{\"op\": \"delete\", \"path\": \"a\"}]") << QStringLiteral("malformed_json");
    QTest::newRow("no operations") << QByteArray("{\"ops\": []}") << QStringLiteral("invalid_request");
    QTest::newRow("operations not a list") << QByteArray("{\"operations\": {}}") << QStringLiteral("invalid_request");
    QTest::newRow("operation not an object")
        << QByteArray("{\"operations\": [\"delete a\"]}") << QStringLiteral("invalid_request");
}

void TestServerBadInput::refusesBadBatchBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const ApiReply reply = m_api->sendRaw("POST", runPath(Run) + QStringLiteral("/operations"), body);
    NEREID_EXPECT_STATUS(reply, 400);
    QCOMPARE(reply.errorCode(), error);
    QVERIFY(!reply.message().isEmpty());
}

void TestServerBadInput::refusesInvalidJson_data()
{
    // Each text as the part that is still JSON and the part from the first bad byte on. A value row is the
    // value of a run's name and of an assigned field; a whole row is the whole body. QJsonDocument took most of
    // them (and runs were created with "\x41" in their names).
    QTest::addColumn<QByteArray>("good");
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<bool>("whole");
    const auto value = [](const char *name, const QByteArray &good, const QByteArray &bad) {
        QTest::newRow(name) << good << bad << false;
    };
    value("\\x41", "\"\\", "x41\"");
    value("\\q", "\"\\", "q\"");
    value("\\'", "\"\\", "'\"");
    value("\\U0041", "\"\\", "U0041\"");
    value("\\a", "\"\\", "a\"");
    value("raw TAB", "\"a", "\tb\"");
    value("raw LF", "\"a", "\nb\"");
    value("raw NUL", "\"a", QByteArray("\0b\"", 3));
    value("raw 0x1b", "\"", "\x1b[31m\"");
    value("lone high surrogate", "\"\\uD800", "\"");
    value("low surrogate first", "\"\\uD", "C00\\uD800\"");
    value("overlong UTF-8", "\"", "\xc0\xaf\"");
    value("UTF-8 of a surrogate", "\"\xed", "\xa0\x80\"");
    value("0xff", "\"a", "\xff\"");
    value("leading zero", "0", "1");
    value("plus sign", "", "+1");
    value("no integer part", "", ".5");
    value("nothing after the point", "1.", "}");
    value("nothing after e", "1e", "}");
    value("minus alone", "-", "}");
    value("NaN", "", "NaN");
    value("Infinity", "", "Infinity");
    value("-Infinity", "-", "Infinity");
    QTest::newRow("empty body") << QByteArray() << QByteArray() << true;
    QTest::newRow("garbage after the object") << QByteArray("{} ") << QByteArray("x") << true;
    QTest::newRow("a second object") << QByteArray("{}") << QByteArray("{}") << true;
    QTest::newRow("byte-order mark") << QByteArray() << QByteArray("\xef\xbb\xbf{}") << true;
    QTest::newRow("513 levels deep") << "{\"tags\":" + QByteArray(511, '[') << QByteArray(100000, '[') << true;
}

void TestServerBadInput::refusesInvalidJson()
{
    QFETCH(QByteArray, good);
    QFETCH(QByteArray, bad);
    QFETCH(bool, whole);

    const ApiReply before = m_api->get(runPath(Run));
    struct Route
    {
        QString path;
        QByteArray head, tail; // around a value
    };
    const QList<Route> routes{
        {projectPath(QStringLiteral("team/bad")) + QStringLiteral("/runs"),
         "{\"custom_run_id\":\"strict\",\"name\":", "}"},
        {runPath(Run) + QStringLiteral("/operations"),
         "{\"operations\":[{\"op\":\"assign\",\"path\":\"a\",\"type\":\"string\",\"value\":", "}]}"},
    };
    for (const Route &route : routes) {
        const QByteArray head = whole ? QByteArray() : route.head;
        const QByteArray body = head + good + bad + (whole ? QByteArray() : route.tail);
        const ApiReply reply = m_api->sendRaw("POST", route.path, body);
        NEREID_EXPECT_STATUS(reply, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("malformed_json"));
        const qsizetype offset = head.size() + good.size();
        QCOMPARE(reply[QStringLiteral("offset")].toInteger(-1), offset);
        QVERIFY2(reply.message().contains(QStringLiteral("at byte %1.").arg(offset)), reply.body.constData());
    }
    const ApiReply runs = m_api->get(projectPath(QStringLiteral("team/bad")) + QStringLiteral("/runs"));
    QCOMPARE(runs[QStringLiteral("total")].toInt(), 1);
    const ApiReply after = m_api->get(runPath(Run));
    QCOMPARE(after[QStringLiteral("fields")], before[QStringLiteral("fields")]);
    QCOMPARE(after[QStringLiteral("revision")], before[QStringLiteral("revision")]);
}

void TestServerBadInput::typeConflictNamesBothTypes_data()
{
    QTest::addColumn<QJsonObject>("first");
    QTest::addColumn<QJsonObject>("second");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("written");
    const QString p = QStringLiteral("m/x");
    QTest::newRow("float then string") << assignOp(p, QStringLiteral("float"), 1.0)
                                       << assignOp(p, QStringLiteral("string"), QStringLiteral("a"))
                                       << QStringLiteral("float") << QStringLiteral("string");
    QTest::newRow("int then float") << assignOp(p, QStringLiteral("int"), 1)
                                    << assignOp(p, QStringLiteral("float"), 1.5) << QStringLiteral("int")
                                    << QStringLiteral("float");
    QTest::newRow("string then string set") << assignOp(p, QStringLiteral("string"), QStringLiteral("a"))
                                            << stringsOp(QStringLiteral("add_strings"), p, {QStringLiteral("b")})
                                            << QStringLiteral("string") << QStringLiteral("stringSet");
    QTest::newRow("float series then float")
        << appendOp(p, QStringLiteral("floatSeries"), {point(0, 1)}) << assignOp(p, QStringLiteral("float"), 1.0)
        << QStringLiteral("floatSeries") << QStringLiteral("float");
    QTest::newRow("string then float series") << assignOp(p, QStringLiteral("string"), QStringLiteral("a"))
                                              << appendOp(p, QStringLiteral("floatSeries"), {point(0, 1)})
                                              << QStringLiteral("string") << QStringLiteral("floatSeries");
    QTest::newRow("float series then string series")
        << appendOp(p, QStringLiteral("floatSeries"), {point(0, 1)})
        << appendOp(p, QStringLiteral("stringSeries"), {point(1, QStringLiteral("a"))}) << QStringLiteral("floatSeries")
        << QStringLiteral("stringSeries");
}

void TestServerBadInput::typeConflictNamesBothTypes()
{
    QFETCH(QJsonObject, first);
    QFETCH(QJsonObject, second);
    QFETCH(QString, stored);
    QFETCH(QString, written);
    const auto check = [&](const ApiReply &reply, int index) {
        NEREID_EXPECT_STATUS(reply, 409);
        QCOMPARE(reply.errorCode(), QStringLiteral("type_conflict"));
        QCOMPARE(reply[QStringLiteral("operation")].toInt(-1), index);
        QCOMPARE(reply[QStringLiteral("path")].toString(), QStringLiteral("m/x"));
        const QString message = reply.message();
        QVERIFY2(message.contains(QStringLiteral("m/x")) && message.contains(stored) && message.contains(written),
                 qPrintable(message));
        QVERIFY2(message.indexOf(stored) < message.lastIndexOf(written) || stored.contains(written),
                 qPrintable(message));
    };
    // Within one batch, and against a field already stored.
    check(apply({first, second}), 1);
    QCOMPARE(runFields(*m_api, Run), QJsonObject());
    NEREID_EXPECT_STATUS(apply({first}), 200);
    check(apply({second}), 0);
}

void TestServerBadInput::limitsFieldCount()
{
    QJsonArray many;
    for (int i = 0; i < 9001; ++i)
        many.append(assignOp(QStringLiteral("f/%1").arg(i), QStringLiteral("int"), i));
    const ApiReply tooMany = apply(many);
    NEREID_EXPECT_STATUS(tooMany, 400);
    QCOMPARE(tooMany.errorCode(), QStringLiteral("field_limit"));
    QCOMPARE(runFields(*m_api, Run).size(), 0);

    many.removeLast();
    NEREID_EXPECT_STATUS(apply(many), 200);
    QCOMPARE(runFields(*m_api, Run).size(), 9000);
    const ApiReply oneMore = apply({assignOp(QStringLiteral("g/9001st"), QStringLiteral("int"), 1)});
    NEREID_EXPECT_STATUS(oneMore, 400);
    QCOMPARE(oneMore.errorCode(), QStringLiteral("field_limit"));
    QVERIFY2(oneMore.message().contains(QStringLiteral("9000")), oneMore.body.constData());

    // At the limit, existing fields still take writes, sys is not counted, and a delete makes room.
    NEREID_EXPECT_STATUS(
        apply({assignOp(QStringLiteral("f/0"), QStringLiteral("int"), 42),
               assignOp(QStringLiteral("sys/name"), QStringLiteral("string"), QStringLiteral("full")),
               stringsOp(QStringLiteral("add_strings"), QStringLiteral("sys/tags"), {QStringLiteral("big")})}),
        200);
    NEREID_EXPECT_STATUS(
        apply({deleteOp(QStringLiteral("f/1")), assignOp(QStringLiteral("g/new"), QStringLiteral("int"), 1)}), 200);
    QCOMPARE(runFields(*m_api, Run).size(), 9000);
}

void TestServerBadInput::refusesBadView_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QString v = QStringLiteral("v");
    QTest::newRow("raw TAB in the state")
        << v << QByteArray("{\"revision\":0,\"state\":{\"query\":\"a\tb\"}}") << 400 << "malformed_json";
    QTest::newRow("empty body") << v << QByteArray() << 400 << "malformed_json";
    QTest::newRow("state is an array") << v << QByteArray(R"({"revision":0,"state":[]})") << 400 << "invalid_request";
    QTest::newRow("revision as text") << v << QByteArray(R"({"revision":"0","state":{}})") << 400 << "invalid_request";
    QTest::newRow("revision 1e300") << v << QByteArray(R"({"revision":1e300,"state":{}})") << 400 << "invalid_request";
    QTest::newRow("stale revision") << v << QByteArray(R"({"revision":7,"state":{}})") << 409 << "conflict";
    QTest::newRow("name of spaces") << QStringLiteral("%20%20") << QByteArray(R"({"revision":0,"state":{}})") << 400
                                    << "invalid_view_name";
    QTest::newRow("over 64 KiB") << v << "{\"revision\":0,\"state\":{\"q\":\"" + QByteArray(70000, 'x') + "\"}}" << 413
                                 << "view_too_large";
}

// A view's body is judged whole before anything is stored: the project has no view afterwards.
void TestServerBadInput::refusesBadView()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    const ApiReply reply = m_api->sendRaw("PUT", QStringLiteral("/projects/team/bad/views/") + name, body);
    NEREID_EXPECT_STATUS(reply, status);
    QCOMPARE(reply.errorCode(), error);
    QVERIFY2(!reply.message().isEmpty(), reply.body.constData());
    const ApiReply views = m_api->get(QStringLiteral("/projects/team/bad/views"));
    NEREID_EXPECT_STATUS(views, 200);
    QCOMPARE(views[QStringLiteral("views")].toArray(), QJsonArray());
}

void TestServerBadInput::refusesBodyOverLimit()
{
    TestServer small({QStringLiteral("--max-body-bytes"), QStringLiteral("4096")});
    QVERIFY2(small.start(), qPrintable(small.errors()));
    ApiClient api(small.apiUrl(), small.token());
    NEREID_EXPECT_STATUS(createProject(api, QStringLiteral("team/small"), QStringLiteral("SML")), 201);
    NEREID_EXPECT_STATUS(createRun(api, QStringLiteral("team/small")), 201);

    const ApiReply tooBig =
        applyOperations(api, QStringLiteral("SML-1"),
                        {assignOp(QStringLiteral("a"), QStringLiteral("string"), QString(5000, QLatin1Char('x')))});
    NEREID_EXPECT_STATUS(tooBig, 413);
    QCOMPARE(tooBig.errorCode(), QStringLiteral("body_too_large"));
    QVERIFY2(tooBig.message().contains(QStringLiteral("4096")), tooBig.body.constData());
    QCOMPARE(runFields(api, QStringLiteral("SML-1")), QJsonObject());

    // Under the limit all is well, on the same server.
    NEREID_EXPECT_STATUS(
        applyOperations(api, QStringLiteral("SML-1"),
                        {assignOp(QStringLiteral("a"), QStringLiteral("string"), QString(3000, QLatin1Char('x')))}),
        200);
}

void TestServerBadInput::unknownRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown top route") << QByteArray("GET") << QStringLiteral("/nope");
    QTest::newRow("unknown run route") << QByteArray("GET") << QStringLiteral("/runs/BAD-1/nope");
    QTest::newRow("unknown project route") << QByteArray("POST") << QStringLiteral("/projects/team/bad/nope");
    QTest::newRow("too deep") << QByteArray("GET") << QStringLiteral("/runs/BAD-1/series/reduced/more");
    QTest::newRow("below a view") << QByteArray("GET") << QStringLiteral("/projects/team/bad/views/v/more");
    QTest::newRow("api root") << QByteArray("GET") << QString();
}

void TestServerBadInput::unknownRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const ApiReply reply = m_api->sendRaw(method, path, method == "POST" ? QByteArray("{}") : QByteArray());
    NEREID_EXPECT_STATUS(reply, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));
}

void TestServerBadInput::wrongMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("PUT health") << QByteArray("PUT") << QStringLiteral("/health");
    QTest::newRow("DELETE projects") << QByteArray("DELETE") << QStringLiteral("/projects");
    QTest::newRow("GET operations") << QByteArray("GET") << QStringLiteral("/runs/BAD-1/operations");
    QTest::newRow("POST run") << QByteArray("POST") << QStringLiteral("/runs/BAD-1");
    QTest::newRow("GET stop") << QByteArray("GET") << QStringLiteral("/runs/BAD-1/stop");
    QTest::newRow("POST sys") << QByteArray("POST") << QStringLiteral("/runs/BAD-1/sys");
    QTest::newRow("DELETE changes") << QByteArray("DELETE") << QStringLiteral("/projects/team/bad/changes");
    QTest::newRow("POST views") << QByteArray("POST") << QStringLiteral("/projects/team/bad/views");
    QTest::newRow("PATCH view") << QByteArray("PATCH") << QStringLiteral("/projects/team/bad/views/v");
}

void TestServerBadInput::wrongMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const ApiReply reply = m_api->sendRaw(method, path, method == "GET" ? QByteArray() : QByteArray("{}"));
    NEREID_EXPECT_STATUS(reply, 405);
    QCOMPARE(reply.errorCode(), QStringLiteral("method_not_allowed"));
}

void TestServerBadInput::survivesClientThatLeaves_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<bool>("stayOpen");
    const QByteArray head = "POST /api/v1/runs/BAD-1/operations HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Content-Type: application/json\r\n";
    const QByteArray ops =
        "{\"operations\": [{\"op\": \"assign\", \"path\": \"half\", \"type\": \"int\", \"value\": 1}";
    QTest::newRow("half the headers") << QByteArray(head.left(60)) << false;
    QTest::newRow("half the body") << QByteArray(head + "Content-Length: 4000\r\nAuthorization: Bearer TOKEN\r\n\r\n" +
                                                 ops)
                                   << false;
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 not http at all\r\n\r\n")
                             << false;
    QTest::newRow("half the body, left open")
        << QByteArray(head + "Content-Length: 4000\r\nAuthorization: Bearer TOKEN\r\n\r\n" + ops) << true;
}

void TestServerBadInput::survivesClientThatLeaves()
{
    QFETCH(QByteArray, sent);
    QFETCH(bool, stayOpen);
    sent.replace("TOKEN", m_server->token().toUtf8());

    QTcpSocket socket;
    socket.connectToHost(m_server->baseUrl().host(), quint16(m_server->baseUrl().port()));
    QVERIFY(socket.waitForConnected(10000));
    socket.write(sent);
    QVERIFY(socket.waitForBytesWritten(10000));
    if (!stayOpen)
        socket.abort();

    NEREID_EXPECT_STATUS(m_api->get(QStringLiteral("/health")), 200);
    NEREID_EXPECT_STATUS(apply({assignOp(QStringLiteral("after"), QStringLiteral("int"), 2)}), 200);
    const QJsonObject fields = runFields(*m_api, Run);
    QVERIFY2(!fields.contains(QStringLiteral("half")), "an incomplete request was applied");
    QCOMPARE(fields[QStringLiteral("after")][QStringLiteral("value")].toInt(), 2);
    socket.abort();
    NEREID_EXPECT_STATUS(m_api->get(QStringLiteral("/health")), 200);
}

QTEST_GUILESS_MAIN(TestServerBadInput)
#include "test_server_badinput.moc"
