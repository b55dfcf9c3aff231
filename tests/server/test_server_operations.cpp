#include "apiclient.h"
#include "helpers.h"
#include "testserver.h"

#include <QDateTime>
#include <QtTest>

using namespace nereid::test;

namespace {
const QString Run = QStringLiteral("OPS-1");

QStringList sorted(const QJsonValue &list)
{
    QStringList items = list.toVariant().toStringList();
    items.sort();
    return items;
}
} // namespace

// Batches of operations that the server accepts: every operation type, and what a read shows afterwards.
class TestServerOperations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void assignsEveryAtomType_data();
    void assignsEveryAtomType();
    void overwritesSameType();
    void appendsFloatSeries();
    void nullStepsContinueStoredSeries();
    void appendsStringSeries();
    void changesStringSets();
    void changesSysTags();
    void deletesFieldsAndNamespaces();
    void sizeCountsWhatIsStored();
    void writesEditableSysFields();
    void answersRevisionAndCount();
    void refusedBatchChangesNothing();
    void pointPerOperationBatches();

private:
    ApiReply apply(const QJsonArray &operations) { return applyOperations(*m_api, Run, operations); }
    ApiReply run() { return m_api->get(runPath(Run)); }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
};

void TestServerOperations::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, QStringLiteral("team/ops"), QStringLiteral("OPS")), 201);
    NEREID_EXPECT_STATUS(createRun(*m_api, QStringLiteral("team/ops")), 201);
}

void TestServerOperations::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_api.reset();
    m_server.reset();
}

void TestServerOperations::assignsEveryAtomType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QJsonValue>("expected");
    const auto row = [](const char *name, const char *type, const QJsonValue &value, const QJsonValue &expected) {
        QTest::newRow(name) << QString::fromLatin1(type) << value << expected;
    };
    row("float", "float", 0.001, 0.001);
    row("float from an integer", "float", 3, 3.0);
    row("negative float", "float", -2.5e-300, -2.5e-300);
    row("int", "int", 42, 42);
    row("int at -2^53", "int", -9007199254740992.0, -9007199254740992.0);
    row("bool", "bool", true, true);
    row("string", "string", QStringLiteral("Adam"), QStringLiteral("Adam"));
    row("unicode string", "string", QStringLiteral("Gr\u00f6\u00dfe \u2713 \U0001F600"),
        QStringLiteral("Gr\u00f6\u00dfe \u2713 \U0001F600"));
    row("empty string", "string", QString(), QString());
    row("string of 64 KiB", "string", QString(65536, QLatin1Char('x')), QString(65536, QLatin1Char('x')));
    row("datetime in UTC", "datetime", QStringLiteral("2026-11-22T10:00:00.000Z"),
        QStringLiteral("2026-11-22T10:00:00.000Z"));
    row("datetime with offset", "datetime", QStringLiteral("2026-11-22T12:00:00.250+02:00"),
        QStringLiteral("2026-11-22T10:00:00.250Z"));
    row("datetime without offset is UTC", "datetime", QStringLiteral("2026-11-22T10:00:00"),
        QStringLiteral("2026-11-22T10:00:00.000Z"));
    row("string set", "stringSet", QJsonArray{QStringLiteral("b"), QStringLiteral("a")},
        QJsonArray{QStringLiteral("a"), QStringLiteral("b")});
    row("string set with repeats", "stringSet", QJsonArray{QStringLiteral("a"), QStringLiteral("a")},
        QJsonArray{QStringLiteral("a")});
    row("empty string set", "stringSet", QJsonArray(), QJsonArray());
}

void TestServerOperations::assignsEveryAtomType()
{
    QFETCH(QString, type);
    QFETCH(QJsonValue, value);
    QFETCH(QJsonValue, expected);

    const QString path = QStringLiteral("params/value");
    NEREID_EXPECT_STATUS(apply({assignOp(path, type, value)}), 200);
    const QJsonObject field = runFields(*m_api, Run).value(path).toObject();
    QCOMPARE(field[QStringLiteral("type")].toString(), type);
    if (type == QLatin1String("stringSet"))
        QCOMPARE(sorted(field[QStringLiteral("value")]), sorted(expected));
    else if (expected.isDouble())
        QVERIFY2(sameDouble(field[QStringLiteral("value")].toDouble(), expected.toDouble()),
                 qPrintable(QString::number(field[QStringLiteral("value")].toDouble())));
    else
        QCOMPARE(field[QStringLiteral("value")], expected);
}

void TestServerOperations::overwritesSameType()
{
    NEREID_EXPECT_STATUS(apply({assignOp(QStringLiteral("p/x"), QStringLiteral("float"), 1.0)}), 200);
    NEREID_EXPECT_STATUS(apply({assignOp(QStringLiteral("p/x"), QStringLiteral("float"), 2.0)}), 200);
    const QJsonObject field = runFields(*m_api, Run).value(QStringLiteral("p/x")).toObject();
    QCOMPARE(field[QStringLiteral("value")].toDouble(), 2.0);
    QCOMPARE(field[QStringLiteral("type")].toString(), QStringLiteral("float"));
}

void TestServerOperations::appendsFloatSeries()
{
    const double before = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    const QString loss = QStringLiteral("train/loss");
    NEREID_EXPECT_STATUS(apply({appendOp(loss, QStringLiteral("floatSeries"),
                                         {point(0, 0.9, 1763805600.0), point(1, QStringLiteral("NaN"), 1763805601.5),
                                          point(QJsonValue::Null, 0.7, QJsonValue::Null)})}),
                         200);
    const QJsonObject summary = runFields(*m_api, Run).value(loss).toObject();
    QCOMPARE(summary[QStringLiteral("type")].toString(), QStringLiteral("floatSeries"));
    QCOMPARE(summary[QStringLiteral("count")].toInteger(), 3);
    QCOMPARE(summary[QStringLiteral("last")].toDouble(), 0.7);
    QCOMPARE(summary[QStringLiteral("last_step")].toDouble(), 2.0);
    QCOMPARE(summary[QStringLiteral("min")].toDouble(), 0.7); // NaN is left out of min and max
    QCOMPARE(summary[QStringLiteral("max")].toDouble(), 0.9);

    const ApiReply points = m_api->get(runPath(Run) + QStringLiteral("/series?path=train/loss"));
    NEREID_EXPECT_STATUS(points, 200);
    const QJsonArray list = points[QStringLiteral("points")].toArray();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].toArray(), QJsonArray({0, 0.9, 1763805600.0}));
    QCOMPARE(list[1].toArray(), QJsonArray({1, QStringLiteral("NaN"), 1763805601.5}));
    QCOMPARE(list[2][0].toDouble(), 2.0);
    const double stamped = list[2][2].toDouble(); // the server's time, in Unix seconds
    QVERIFY2(stamped >= before - 5 && stamped <= before + 60, qPrintable(QString::number(stamped, 'f', 3)));

    // Infinities travel as strings, and a series of only NaN has no min or max.
    NEREID_EXPECT_STATUS(
        apply({appendOp(QStringLiteral("train/inf"), QStringLiteral("floatSeries"),
                        {point(0, QStringLiteral("Infinity"), 1.0), point(1, QStringLiteral("-Infinity"), 2.0)}),
               appendOp(QStringLiteral("train/nan"), QStringLiteral("floatSeries"),
                        {point(0, QStringLiteral("NaN"), 1.0)})}),
        200);
    const ApiReply inf = m_api->get(runPath(Run) + QStringLiteral("/series?path=train/inf"));
    QCOMPARE(inf[QStringLiteral("points")][0][1].toString(), QStringLiteral("Infinity"));
    QCOMPARE(inf[QStringLiteral("points")][1][1].toString(), QStringLiteral("-Infinity"));
    const QJsonObject nan = runFields(*m_api, Run).value(QStringLiteral("train/nan")).toObject();
    QCOMPARE(nan[QStringLiteral("count")].toInteger(), 1);
    QVERIFY2(nan[QStringLiteral("min")].isNull() && nan[QStringLiteral("max")].isNull(),
             QJsonDocument(nan).toJson().constData());
}

void TestServerOperations::nullStepsContinueStoredSeries()
{
    const QString path = QStringLiteral("metrics/acc");
    const QString type = QStringLiteral("floatSeries");
    NEREID_EXPECT_STATUS(apply({appendOp(path, type, {point(QJsonValue::Null, 0.1), point(QJsonValue::Null, 0.2)})}),
                         200);
    NEREID_EXPECT_STATUS(apply({appendOp(path, type, {point(QJsonValue::Null, 0.3)})}), 200);
    NEREID_EXPECT_STATUS(apply({appendOp(path, type, {point(10, 0.4), point(QJsonValue::Null, 0.5)})}), 200);
    const ApiReply points = m_api->get(runPath(Run) + QStringLiteral("/series?path=metrics/acc"));
    QList<double> steps;
    for (const QJsonValue &p : points[QStringLiteral("points")].toArray())
        steps << p[0].toDouble();
    QCOMPARE(steps, (QList<double>{0, 1, 2, 10, 11}));
}

void TestServerOperations::appendsStringSeries()
{
    const QString path = QStringLiteral("train/log");
    NEREID_EXPECT_STATUS(apply({appendOp(path, QStringLiteral("stringSeries"),
                                         {point(0, QStringLiteral("epoch 0 done"), 1763805600.0),
                                          point(5, QStringLiteral("epoch 1 done"), 1763805601.0)})}),
                         200);
    NEREID_EXPECT_STATUS(apply({appendOp(path, QStringLiteral("stringSeries"),
                                         {point(QJsonValue::Null, QStringLiteral("epoch 2 done"))})}),
                         200);
    const QJsonObject summary = runFields(*m_api, Run).value(path).toObject();
    QCOMPARE(summary[QStringLiteral("type")].toString(), QStringLiteral("stringSeries"));
    QCOMPARE(summary[QStringLiteral("count")].toInteger(), 3);
    QCOMPARE(summary[QStringLiteral("last")].toString(), QStringLiteral("epoch 2 done"));
    QCOMPARE(summary[QStringLiteral("last_step")].toDouble(), 6.0);
    const ApiReply points = m_api->get(runPath(Run) + QStringLiteral("/series?path=train/log"));
    QCOMPARE(points[QStringLiteral("type")].toString(), QStringLiteral("stringSeries"));
    QCOMPARE(points[QStringLiteral("points")][1].toArray(),
             QJsonArray({5, QStringLiteral("epoch 1 done"), 1763805601.0}));
}

void TestServerOperations::changesStringSets()
{
    const QString path = QStringLiteral("data/classes");
    const auto value = [&] { return sorted(runFields(*m_api, Run).value(path)[QStringLiteral("value")]); };
    NEREID_EXPECT_STATUS(
        apply({stringsOp(QStringLiteral("add_strings"), path, {QStringLiteral("cat"), QStringLiteral("dog")})}), 200);
    QCOMPARE(runFields(*m_api, Run).value(path)[QStringLiteral("type")].toString(), QStringLiteral("stringSet"));
    QCOMPARE(value(), (QStringList{QStringLiteral("cat"), QStringLiteral("dog")}));
    NEREID_EXPECT_STATUS(
        apply({stringsOp(QStringLiteral("add_strings"), path, {QStringLiteral("dog"), QStringLiteral("emu")}),
               stringsOp(QStringLiteral("remove_strings"), path, {QStringLiteral("cat"), QStringLiteral("yak")})}),
        200);
    QCOMPARE(value(), (QStringList{QStringLiteral("dog"), QStringLiteral("emu")}));
    NEREID_EXPECT_STATUS(apply({stringsOp(QStringLiteral("clear_strings"), path)}), 200);
    QCOMPARE(value(), QStringList());
    QVERIFY(runFields(*m_api, Run).contains(path)); // cleared, not deleted
}

void TestServerOperations::changesSysTags()
{
    NEREID_EXPECT_STATUS(
        apply({stringsOp(QStringLiteral("add_strings"), QStringLiteral("sys/tags"),
                         {QStringLiteral("old"), QStringLiteral("best")}),
               stringsOp(QStringLiteral("add_strings"), QStringLiteral("sys/group_tags"), {QStringLiteral("g")})}),
        200);
    NEREID_EXPECT_STATUS(
        apply({stringsOp(QStringLiteral("add_strings"), QStringLiteral("sys/tags"), {QStringLiteral("v2")}),
               stringsOp(QStringLiteral("remove_strings"), QStringLiteral("sys/tags"), {QStringLiteral("old")}),
               stringsOp(QStringLiteral("clear_strings"), QStringLiteral("sys/group_tags"))}),
        200);
    const QJsonObject sys = run()[QStringLiteral("sys")].toObject();
    QCOMPARE(sorted(sys[QStringLiteral("tags")]), (QStringList{QStringLiteral("best"), QStringLiteral("v2")}));
    QCOMPARE(sorted(sys[QStringLiteral("group_tags")]), QStringList());
    QVERIFY2(!runFields(*m_api, Run).contains(QStringLiteral("sys/tags")), "sys fields live in sys, not in fields");
}

void TestServerOperations::deletesFieldsAndNamespaces()
{
    NEREID_EXPECT_STATUS(
        apply({assignOp(QStringLiteral("params/lr"), QStringLiteral("float"), 0.1),
               assignOp(QStringLiteral("params/opt/name"), QStringLiteral("string"), QStringLiteral("Adam")),
               assignOp(QStringLiteral("params2/x"), QStringLiteral("int"), 1),
               assignOp(QStringLiteral("paramsx"), QStringLiteral("int"), 2),
               appendOp(QStringLiteral("train/loss"), QStringLiteral("floatSeries"), {point(0, 1.0), point(1, 0.5)})}),
        200);
    NEREID_EXPECT_STATUS(apply({deleteOp(QStringLiteral("params")), deleteOp(QStringLiteral("train/loss")),
                                deleteOp(QStringLiteral("no/such/field"))}),
                         200);
    QStringList left = runFields(*m_api, Run).keys();
    left.sort();
    QCOMPARE(left, (QStringList{QStringLiteral("params2/x"), QStringLiteral("paramsx")}));

    // A deleted field is gone entirely: it may come back with another type, a series from step 0.
    NEREID_EXPECT_STATUS(
        apply({assignOp(QStringLiteral("params/lr"), QStringLiteral("string"), QStringLiteral("auto")),
               appendOp(QStringLiteral("train/loss"), QStringLiteral("floatSeries"), {point(0, 3.0)})}),
        200);
    const QJsonObject fields = runFields(*m_api, Run);
    QCOMPARE(fields[QStringLiteral("params/lr")][QStringLiteral("type")].toString(), QStringLiteral("string"));
    QCOMPARE(fields[QStringLiteral("train/loss")][QStringLiteral("count")].toInteger(), 1);
    QCOMPARE(fields[QStringLiteral("train/loss")][QStringLiteral("max")].toDouble(), 3.0);
}

void TestServerOperations::sizeCountsWhatIsStored()
{
    const auto size = [this] { return run()[QStringLiteral("sys")][QStringLiteral("size")].toInteger(-1); };
    const qint64 empty = size();
    QVERIFY(empty >= 0);
    NEREID_EXPECT_STATUS(apply({assignOp(QStringLiteral("params/lr"), QStringLiteral("float"), 0.1)}), 200);
    const qint64 withFloat = size();
    QCOMPARE(withFloat, empty + qint64(sizeof("params/lr") - 1 + sizeof(double)));
    NEREID_EXPECT_STATUS(
        apply({appendOp(QStringLiteral("s"), QStringLiteral("floatSeries"), {point(0, 1.0), point(1, 2.0)})}), 200);
    QCOMPARE(size(), withFloat + 1 + qint64(2) * 24); // the path, 24 bytes a point
    NEREID_EXPECT_STATUS(apply({deleteOp(QStringLiteral("params")), deleteOp(QStringLiteral("s"))}), 200);
    QCOMPARE(size(), empty);
}

void TestServerOperations::writesEditableSysFields()
{
    const qint64 before = run()[QStringLiteral("revision")].toInteger();
    const ApiReply reply =
        apply({assignOp(QStringLiteral("sys/name"), QStringLiteral("string"), QStringLiteral("renamed")),
               assignOp(QStringLiteral("sys/description"), QStringLiteral("string"), QStringLiteral("why")),
               assignOp(QStringLiteral("sys/failed"), QStringLiteral("bool"), true)});
    NEREID_EXPECT_STATUS(reply, 200);
    const ApiReply after = run();
    const QJsonObject sys = after[QStringLiteral("sys")].toObject();
    QCOMPARE(sys[QStringLiteral("name")].toString(), QStringLiteral("renamed"));
    QCOMPARE(sys[QStringLiteral("description")].toString(), QStringLiteral("why"));
    QCOMPARE(sys[QStringLiteral("failed")].toBool(), true);
    const QJsonObject revisions = after[QStringLiteral("sys_revisions")].toObject();
    for (const char *name : {"name", "description", "failed"}) {
        QVERIFY2(revisions[QLatin1String(name)].toInteger() > before, name);
        QCOMPARE(revisions[QLatin1String(name)].toInteger(), reply[QStringLiteral("revision")].toInteger());
    }
}

void TestServerOperations::answersRevisionAndCount()
{
    const qint64 before = run()[QStringLiteral("revision")].toInteger();
    const ApiReply reply =
        apply({assignOp(QStringLiteral("a"), QStringLiteral("int"), 1),
               assignOp(QStringLiteral("b"), QStringLiteral("int"), 2), deleteOp(QStringLiteral("c"))});
    NEREID_EXPECT_STATUS(reply, 200);
    QCOMPARE(reply[QStringLiteral("run")].toString(), Run);
    QCOMPARE(reply[QStringLiteral("applied")].toInteger(), 3);
    QCOMPARE(reply[QStringLiteral("revision")].toInteger(), before + 1); // one batch, one revision
    QCOMPARE(run()[QStringLiteral("revision")].toInteger(), before + 1);
}

void TestServerOperations::refusedBatchChangesNothing()
{
    NEREID_EXPECT_STATUS(
        apply({assignOp(QStringLiteral("params/lr"), QStringLiteral("float"), 0.1),
               assignOp(QStringLiteral("x"), QStringLiteral("int"), 1),
               appendOp(QStringLiteral("train/loss"), QStringLiteral("floatSeries"), {point(0, 1.0)}),
               stringsOp(QStringLiteral("add_strings"), QStringLiteral("sys/tags"), {QStringLiteral("keep")})}),
        200);
    const ApiReply before = run();
    const ApiReply refused =
        apply({assignOp(QStringLiteral("x"), QStringLiteral("int"), 2),
               appendOp(QStringLiteral("train/loss"), QStringLiteral("floatSeries"), {point(1, 2.0)}),
               stringsOp(QStringLiteral("add_strings"), QStringLiteral("sys/tags"), {QStringLiteral("new")}),
               assignOp(QStringLiteral("sys/name"), QStringLiteral("string"), QStringLiteral("changed")),
               deleteOp(QStringLiteral("params")), assignOp(QStringLiteral("fresh"), QStringLiteral("int"), 3),
               assignOp(QStringLiteral("x"), QStringLiteral("string"), QStringLiteral("oops"))});
    NEREID_EXPECT_STATUS(refused, 409);
    QCOMPARE(refused.errorCode(), QStringLiteral("type_conflict"));
    QCOMPARE(refused[QStringLiteral("operation")].toInt(-1), 6);
    QCOMPARE(refused[QStringLiteral("path")].toString(), QStringLiteral("x"));

    const ApiReply after = run();
    QCOMPARE(after[QStringLiteral("revision")], before[QStringLiteral("revision")]);
    QCOMPARE(after[QStringLiteral("fields")].toObject(), before[QStringLiteral("fields")].toObject());
    for (const char *name : {"name", "tags", "description"})
        QCOMPARE(after[QStringLiteral("sys")][QLatin1String(name)], before[QStringLiteral("sys")][QLatin1String(name)]);
    const ApiReply points = m_api->get(runPath(Run) + QStringLiteral("/series?path=train/loss"));
    QCOMPARE(points[QStringLiteral("points")].toArray().size(), 1);
}

// The Python client logs a point per operation. The server writes consecutive appends to one series together;
// whatever comes between them (another series, a sys edit, a delete of the series) must see every point before it,
// and a refused point still names its own operation.
void TestServerOperations::pointPerOperationBatches()
{
    const QString type = QStringLiteral("floatSeries");
    const QString a = QStringLiteral("m/a"), b = QStringLiteral("m/b");
    QJsonArray batch;
    for (int i = 0; i < 300; ++i)
        batch.append(appendOp(i % 100 < 50 ? a : b, type, {point(i, i * 0.5, 1.0 + i)}));
    batch.append(assignOp(QStringLiteral("sys/name"), QStringLiteral("string"), QStringLiteral("between")));
    batch.append(appendOp(a, type, {point(QJsonValue::Null, -1.0, 2.0)}));
    batch.append(appendOp(b, type, {point(1000, 7.0, 3.0)}));
    batch.append(deleteOp(b));
    batch.append(appendOp(b, type, {point(0, 8.0, 4.0)}));
    NEREID_EXPECT_STATUS(apply(batch), 200);
    const QJsonObject fields = runFields(*m_api, Run);
    QCOMPARE(fields[a].toObject()[QStringLiteral("count")].toInteger(), 151);
    QCOMPARE(fields[a].toObject()[QStringLiteral("last_step")].toDouble(), 250.0);
    QCOMPARE(fields[a].toObject()[QStringLiteral("last")].toDouble(), -1.0);
    QCOMPARE(fields[a].toObject()[QStringLiteral("min")].toDouble(), -1.0);
    QCOMPARE(fields[b].toObject()[QStringLiteral("count")].toInteger(), 1); // deleted, then one point again
    QCOMPARE(run()[QStringLiteral("sys")][QStringLiteral("name")].toString(), QStringLiteral("between"));
    const QJsonArray points =
        m_api->get(runPath(Run) + QStringLiteral("/series?path=m/a"))[QStringLiteral("points")].toArray();
    QCOMPARE(points.size(), 151);
    for (int i = 0; i < 150; ++i) {
        const int step = (i / 50) * 100 + i % 50;
        QCOMPARE(points[i].toArray(), QJsonArray({step, step * 0.5, 1.0 + step}));
    }

    // Operation 3 goes back a step: the batch is refused as a whole, naming it.
    const ApiReply refused = apply({appendOp(a, type, {point(300, 1.0)}), appendOp(a, type, {point(301, 1.0)}),
                                    appendOp(a, type, {point(302, 1.0)}), appendOp(a, type, {point(302, 1.0)}),
                                    appendOp(a, type, {point(303, 1.0)})});
    NEREID_EXPECT_STATUS(refused, 400);
    QCOMPARE(refused.errorCode(), QStringLiteral("step_not_increasing"));
    QCOMPARE(refused[QStringLiteral("operation")].toInt(-1), 3);
    QCOMPARE(runFields(*m_api, Run)[a].toObject()[QStringLiteral("count")].toInteger(), 151);
}

QTEST_GUILESS_MAIN(TestServerOperations)
#include "test_server_operations.moc"
