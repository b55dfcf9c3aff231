#include "apiclient.h"
#include "helpers.h"
#include "testserver.h"

#include <QtTest>

using namespace nereid::test;

namespace {
const QString Project = QStringLiteral("team/edits");

QJsonObject sysOf(const ApiReply &reply)
{
    return reply[QStringLiteral("sys")].toObject();
}

QStringList sorted(const QJsonValue &list)
{
    QStringList values = list.toVariant().toStringList();
    values.sort();
    return values;
}
} // namespace

// PATCH /runs/{id}/sys from the desktop app: revision-checked edits, tag edits, read-only fields, the trash.
class TestServerSysEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void editsNameDescriptionFailed();
    void staleRevisionConflicts();
    void conflictsOnlyOnFieldsChangedSince();
    void scriptWritesAlsoConflict();
    void tagEditsNeverConflict();
    void refusesReadOnlyFields_data();
    void refusesReadOnlyFields();
    void refusesBadEdits_data();
    void refusesBadEdits();
    void unknownRun();
    void trashAndRestore();

private:
    ApiReply edit(const QJsonObject &body) { return m_api->patch(runPath(m_run) + QStringLiteral("/sys"), body); }
    ApiReply read() { return m_api->get(runPath(m_run)); }
    qint64 revision() { return read()[QStringLiteral("revision")].toInteger(); }
    // The run as a user sees it, without what moves by itself (state) for comparisons.
    QJsonObject snapshot();

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    QString m_run; // a fresh run per test
};

void TestServerSysEdit::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("ED")), 201);
}

void TestServerSysEdit::cleanupTestCase()
{
    m_api.reset();
    m_server.reset();
}

void TestServerSysEdit::init()
{
    const ApiReply run = createRun(*m_api, Project,
                                   {{QStringLiteral("name"), QStringLiteral("original")},
                                    {QStringLiteral("description"), QStringLiteral("first try")},
                                    {QStringLiteral("tags"), QJsonArray{QStringLiteral("baseline")}}});
    NEREID_EXPECT_STATUS(run, 201);
    m_run = run[QStringLiteral("id")].toString();
}

QJsonObject TestServerSysEdit::snapshot()
{
    return withoutState(read().object());
}

void TestServerSysEdit::editsNameDescriptionFailed()
{
    const qint64 seen = revision();
    const ApiReply edited = edit({{QStringLiteral("revision"), seen},
                                  {QStringLiteral("name"), QStringLiteral("best so far")},
                                  {QStringLiteral("description"), QStringLiteral("lr 0.01, warmup 500")},
                                  {QStringLiteral("failed"), true}});
    NEREID_EXPECT_STATUS(edited, 200);
    const qint64 after = edited[QStringLiteral("revision")].toInteger();
    QVERIFY(after > seen);
    for (const ApiReply &reply : {edited, read()}) {
        const QJsonObject sys = sysOf(reply);
        QCOMPARE(sys[QStringLiteral("name")].toString(), QStringLiteral("best so far"));
        QCOMPARE(sys[QStringLiteral("description")].toString(), QStringLiteral("lr 0.01, warmup 500"));
        QCOMPARE(sys[QStringLiteral("failed")].toBool(), true);
        QCOMPARE(sorted(sys[QStringLiteral("tags")]), QStringList{QStringLiteral("baseline")}); // untouched
        const QJsonObject revisions = reply[QStringLiteral("sys_revisions")].toObject();
        for (const char *field : {"name", "description", "failed"})
            QCOMPARE(revisions[QLatin1String(field)].toInteger(), after);
    }
    // Editing one field leaves the others' revisions alone.
    const ApiReply again = edit({{QStringLiteral("revision"), after}, {QStringLiteral("failed"), false}});
    NEREID_EXPECT_STATUS(again, 200);
    const QJsonObject revisions = again[QStringLiteral("sys_revisions")].toObject();
    QCOMPARE(revisions[QStringLiteral("failed")].toInteger(), again[QStringLiteral("revision")].toInteger());
    QCOMPARE(revisions[QStringLiteral("name")].toInteger(), after);
    QCOMPARE(sysOf(again)[QStringLiteral("failed")].toBool(true), false);
}

void TestServerSysEdit::staleRevisionConflicts()
{
    const qint64 seen = revision(); // two editors open the run at this revision
    const ApiReply first = edit({{QStringLiteral("revision"), seen},
                                 {QStringLiteral("description"), QStringLiteral("their text")},
                                 {QStringLiteral("failed"), true}});
    NEREID_EXPECT_STATUS(first, 200);
    const qint64 theirs = first[QStringLiteral("revision")].toInteger();
    const QJsonObject before = snapshot();

    const ApiReply second =
        edit({{QStringLiteral("revision"), seen},
              {QStringLiteral("name"), QStringLiteral("mine")},
              {QStringLiteral("description"), QStringLiteral("my text")},
              {QStringLiteral("failed"), false},
              {QStringLiteral("tags"), QJsonObject{{QStringLiteral("add"), QJsonArray{QStringLiteral("x")}}}}});
    NEREID_EXPECT_STATUS(second, 409);
    QCOMPARE(second.errorCode(), QStringLiteral("conflict"));
    QVERIFY2(second.message().contains(m_run), second.body.constData());
    QCOMPARE(second[QStringLiteral("revision")].toInteger(), theirs);
    // The current value of every field that changed since, and only those (the name did not).
    QHash<QString, QJsonObject> conflicts;
    for (const QJsonValue &conflict : second[QStringLiteral("conflicts")].toArray())
        conflicts.insert(conflict[QStringLiteral("field")].toString(), conflict.toObject());
    QCOMPARE(conflicts.size(), 2);
    QCOMPARE(conflicts[QStringLiteral("description")][QStringLiteral("value")].toString(),
             QStringLiteral("their text"));
    QCOMPARE(conflicts[QStringLiteral("description")][QStringLiteral("revision")].toInteger(), theirs);
    QCOMPARE(conflicts[QStringLiteral("failed")][QStringLiteral("value")].toBool(), true);
    QCOMPARE(conflicts[QStringLiteral("failed")][QStringLiteral("revision")].toInteger(), theirs);
    QCOMPARE(snapshot(), before); // nothing applied, not even the name or the tag

    // Having seen their change, the editor may overwrite it.
    const ApiReply retry = edit({{QStringLiteral("revision"), second[QStringLiteral("revision")]},
                                 {QStringLiteral("description"), QStringLiteral("my text")}});
    NEREID_EXPECT_STATUS(retry, 200);
    QCOMPARE(sysOf(retry)[QStringLiteral("description")].toString(), QStringLiteral("my text"));
}

void TestServerSysEdit::conflictsOnlyOnFieldsChangedSince()
{
    const qint64 seen = revision();
    NEREID_EXPECT_STATUS(edit({{QStringLiteral("revision"), seen}, {QStringLiteral("name"), QStringLiteral("theirs")}}),
                         200);
    NEREID_EXPECT_STATUS(applyOperations(*m_api, m_run, {assignOp(QStringLiteral("x"), QStringLiteral("int"), 1)}),
                         200);
    // The run moved on, but its description did not change: an edit of it from `seen` applies.
    const ApiReply description =
        edit({{QStringLiteral("revision"), seen}, {QStringLiteral("description"), QStringLiteral("mine")}});
    NEREID_EXPECT_STATUS(description, 200);
    QCOMPARE(sysOf(description)[QStringLiteral("name")].toString(), QStringLiteral("theirs"));
    QCOMPARE(sysOf(description)[QStringLiteral("description")].toString(), QStringLiteral("mine"));
    // Revision 0 is older than every value.
    const ApiReply ancient = edit({{QStringLiteral("revision"), 0}, {QStringLiteral("failed"), true}});
    NEREID_EXPECT_STATUS(ancient, 409);
    QCOMPARE(ancient.errorCode(), QStringLiteral("conflict"));
}

void TestServerSysEdit::scriptWritesAlsoConflict()
{
    const qint64 seen = revision();
    // The training script renames its run through an operation batch.
    NEREID_EXPECT_STATUS(applyOperations(*m_api, m_run,
                                         {assignOp(QStringLiteral("sys/name"), QStringLiteral("string"),
                                                   QStringLiteral("from the script"))}),
                         200);
    const ApiReply stale = edit({{QStringLiteral("revision"), seen}, {QStringLiteral("name"), QStringLiteral("mine")}});
    NEREID_EXPECT_STATUS(stale, 409);
    const QJsonArray conflicts = stale[QStringLiteral("conflicts")].toArray();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts[0][QStringLiteral("field")].toString(), QStringLiteral("name"));
    QCOMPARE(conflicts[0][QStringLiteral("value")].toString(), QStringLiteral("from the script"));
    QCOMPARE(sysOf(read())[QStringLiteral("name")].toString(), QStringLiteral("from the script"));
}

void TestServerSysEdit::tagEditsNeverConflict()
{
    // Two editors with the same stale view change tags; both edits apply as set operations.
    const qint64 stale = revision();
    NEREID_EXPECT_STATUS(edit({{QStringLiteral("revision"), stale}, {QStringLiteral("name"), QStringLiteral("moved")}}),
                         200);
    const ApiReply first =
        edit({{QStringLiteral("revision"), stale},
              {QStringLiteral("tags"),
               QJsonObject{{QStringLiteral("add"), QJsonArray{QStringLiteral("best"), QStringLiteral("v2")}},
                           {QStringLiteral("remove"), QJsonArray{QStringLiteral("baseline")}}}}});
    NEREID_EXPECT_STATUS(first, 200);
    const ApiReply second =
        edit({{QStringLiteral("revision"), 0},
              {QStringLiteral("tags"),
               QJsonObject{{QStringLiteral("add"), QJsonArray{QStringLiteral("mine")}},
                           {QStringLiteral("remove"), QJsonArray{QStringLiteral("v2"), QStringLiteral("absent")}}}},
              {QStringLiteral("group_tags"),
               QJsonObject{{QStringLiteral("add"), QJsonArray{QStringLiteral("lr-0.01"), QStringLiteral("sweep")}}}}});
    NEREID_EXPECT_STATUS(second, 200);
    QVERIFY(second[QStringLiteral("revision")].toInteger() > first[QStringLiteral("revision")].toInteger());
    const QJsonObject sys = sysOf(read());
    QCOMPARE(sorted(sys[QStringLiteral("tags")]), (QStringList{QStringLiteral("best"), QStringLiteral("mine")}));
    QCOMPARE(sorted(sys[QStringLiteral("group_tags")]),
             (QStringList{QStringLiteral("lr-0.01"), QStringLiteral("sweep")}));
    QCOMPARE(sys[QStringLiteral("name")].toString(), QStringLiteral("moved"));

    // Adding a tag twice keeps one; removing group tags works the same way.
    const ApiReply third = edit(
        {{QStringLiteral("revision"), 0},
         {QStringLiteral("tags"), QJsonObject{{QStringLiteral("add"), QJsonArray{QStringLiteral("best")}}}},
         {QStringLiteral("group_tags"), QJsonObject{{QStringLiteral("remove"), QJsonArray{QStringLiteral("sweep")}}}}});
    NEREID_EXPECT_STATUS(third, 200);
    QCOMPARE(sorted(sysOf(third)[QStringLiteral("tags")]),
             (QStringList{QStringLiteral("best"), QStringLiteral("mine")}));
    QCOMPARE(sorted(sysOf(third)[QStringLiteral("group_tags")]), QStringList{QStringLiteral("lr-0.01")});
}

void TestServerSysEdit::refusesReadOnlyFields_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("id") << QStringLiteral("id") << QJsonValue(QStringLiteral("ED-99"));
    QTest::newRow("owner") << QStringLiteral("owner") << QJsonValue(QStringLiteral("mallory"));
    QTest::newRow("creation_time") << QStringLiteral("creation_time")
                                   << QJsonValue(QStringLiteral("2020-01-01T00:00:00.000Z"));
    QTest::newRow("modification_time") << QStringLiteral("modification_time")
                                       << QJsonValue(QStringLiteral("2020-01-01T00:00:00.000Z"));
    QTest::newRow("ping_time") << QStringLiteral("ping_time") << QJsonValue(QStringLiteral("2020-01-01T00:00:00.000Z"));
    QTest::newRow("state") << QStringLiteral("state") << QJsonValue(QStringLiteral("inactive"));
    QTest::newRow("size") << QStringLiteral("size") << QJsonValue(1);
    QTest::newRow("running_time") << QStringLiteral("running_time") << QJsonValue(0);
    QTest::newRow("monitoring_time") << QStringLiteral("monitoring_time") << QJsonValue(0);
    QTest::newRow("hostname") << QStringLiteral("hostname") << QJsonValue(QStringLiteral("elsewhere"));
    QTest::newRow("custom_run_id") << QStringLiteral("custom_run_id") << QJsonValue(QStringLiteral("taken"));
    QTest::newRow("trashed") << QStringLiteral("trashed") << QJsonValue(true);
    QTest::newRow("not a sys field") << QStringLiteral("colour") << QJsonValue(QStringLiteral("red"));
}

void TestServerSysEdit::refusesReadOnlyFields()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    const QJsonObject before = snapshot();
    // With an edit that would apply on its own: the whole request is refused.
    const ApiReply reply = edit({{QStringLiteral("revision"), before[QStringLiteral("revision")]},
                                 {QStringLiteral("name"), QStringLiteral("would apply")},
                                 {member, value}});
    NEREID_EXPECT_STATUS(reply, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("read_only_field"));
    QCOMPARE(reply[QStringLiteral("path")].toString(), QStringLiteral("sys/") + member);
    QVERIFY2(reply.message().contains(member), reply.body.constData());
    QCOMPARE(snapshot(), before);
}

void TestServerSysEdit::refusesBadEdits_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{\"revision\": 1,") << QStringLiteral("malformed_json");
    QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("malformed_json");
    QTest::newRow("no revision") << QByteArray("{\"name\": \"x\"}") << QStringLiteral("invalid_request");
    QTest::newRow("revision a string") << QByteArray("{\"revision\": \"5\", \"name\": \"x\"}")
                                       << QStringLiteral("invalid_request");
    QTest::newRow("fractional revision") << QByteArray("{\"revision\": 1.5, \"name\": \"x\"}")
                                         << QStringLiteral("invalid_request");
    QTest::newRow("revision beyond integers")
        << QByteArray("{\"revision\": 1e300, \"name\": \"x\"}") << QStringLiteral("invalid_request");
    QTest::newRow("negative revision") << QByteArray("{\"revision\": -1, \"name\": \"x\"}")
                                       << QStringLiteral("invalid_request");
    QTest::newRow("name a number") << QByteArray("{\"revision\": 1000, \"name\": 5}")
                                   << QStringLiteral("invalid_value");
    QTest::newRow("failed a string") << QByteArray("{\"revision\": 1000, \"failed\": \"yes\"}")
                                     << QStringLiteral("invalid_value");
    QTest::newRow("tags a list") << QByteArray("{\"revision\": 1000, \"tags\": [\"a\"]}")
                                 << QStringLiteral("invalid_request");
    QTest::newRow("tags with a misspelt member")
        << QByteArray("{\"revision\": 1000, \"tags\": {\"remvoe\": [\"a\"]}}") << QStringLiteral("invalid_request");
    QTest::newRow("tag not a string") << QByteArray("{\"revision\": 1000, \"tags\": {\"add\": [1]}}")
                                      << QStringLiteral("invalid_value");
    QTest::newRow("description over 64 KiB")
        << QByteArray("{\"revision\": 1000, \"description\": \"" + QByteArray(64 * 1024 + 1, 'd') + "\"}")
        << QStringLiteral("invalid_value");
}

void TestServerSysEdit::refusesBadEdits()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const QJsonObject before = snapshot();
    const ApiReply reply = m_api->sendRaw("PATCH", runPath(m_run) + QStringLiteral("/sys"), body);
    NEREID_EXPECT_STATUS(reply, 400);
    QCOMPARE(reply.errorCode(), error);
    QVERIFY2(!reply.message().isEmpty(), reply.body.constData());
    QCOMPARE(snapshot(), before);
}

void TestServerSysEdit::unknownRun()
{
    const ApiReply reply =
        m_api->patch(runPath(QStringLiteral("ED-999")) + QStringLiteral("/sys"),
                     {{QStringLiteral("revision"), 1}, {QStringLiteral("name"), QStringLiteral("x")}});
    NEREID_EXPECT_STATUS(reply, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("unknown_run"));
    QVERIFY2(reply.message().contains(QStringLiteral("ED-999")), reply.body.constData());
}

void TestServerSysEdit::trashAndRestore()
{
    const qint64 seen = revision();
    const ApiReply trashed = m_api->post(runPath(m_run) + QStringLiteral("/trash"));
    NEREID_EXPECT_STATUS(trashed, 200);
    QCOMPARE(sysOf(trashed)[QStringLiteral("trashed")].toBool(), true);
    QVERIFY(trashed[QStringLiteral("revision")].toInteger() > seen);
    QCOMPARE(sysOf(read())[QStringLiteral("trashed")].toBool(), true);
    QCOMPARE(sysOf(read())[QStringLiteral("name")].toString(), QStringLiteral("original")); // nothing else changed

    // A trashed run can still be edited and restored; the edit survives the restore.
    NEREID_EXPECT_STATUS(edit({{QStringLiteral("revision"), trashed[QStringLiteral("revision")]},
                               {QStringLiteral("description"), QStringLiteral("why it was binned")}}),
                         200);
    const ApiReply restored = m_api->post(runPath(m_run) + QStringLiteral("/restore"));
    NEREID_EXPECT_STATUS(restored, 200);
    QCOMPARE(sysOf(restored)[QStringLiteral("trashed")].toBool(true), false);
    QCOMPARE(sysOf(restored)[QStringLiteral("description")].toString(), QStringLiteral("why it was binned"));
    QCOMPARE(sysOf(read())[QStringLiteral("trashed")].toBool(true), false);
    // Trash is not a revision-checked edit: an editor's stale name edit still applies after it.
    NEREID_EXPECT_STATUS(edit({{QStringLiteral("revision"), seen}, {QStringLiteral("name"), QStringLiteral("kept")}}),
                         200);
}

QTEST_GUILESS_MAIN(TestServerSysEdit)
#include "test_server_sysedit.moc"
