#include "apiclient.h"
#include "cache/runrecord.h"
#include "helpers.h"
#include "models/runchanges.h"
#include "testserver.h"

#include <QtTest>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {

RunRecord seen()
{
    RunRecord run;
    run.runId = u"CLS-1"_s;
    run.revision = 7;
    run.name = u"baseline"_s;
    run.description = u"first try"_s;
    run.tags = {u"sweep"_s, u"old"_s};
    run.groupTags = {u"lr-0.1"_s};
    return run;
}

} // namespace

// The run information dialog's edit: what changed, what the server would refuse, and the PATCH body, which
// the real server must accept and apply.
class TestRunChanges : public QObject
{
    Q_OBJECT

private slots:
    void unchangedValuesMakeNoEdit();
    void changesBecomeSetOperations();
    void problems_data();
    void problems();
    void realServerAppliesTheBody();
};

void TestRunChanges::unchangedValuesMakeNoEdit()
{
    const RunRecord run = seen();
    QVERIFY(
        RunChanges::between(run, run.name, run.description, {u"old"_s, u"sweep"_s}, run.groupTags, false).isEmpty());
}

void TestRunChanges::changesBecomeSetOperations()
{
    const RunChanges edit = RunChanges::between(seen(), u"best so far"_s, u"first try"_s, {u"sweep"_s, u"best"_s},
                                                {u"lr-0.1"_s, u"wide"_s}, true);
    QVERIFY(!edit.isEmpty());
    QCOMPARE(edit.name, u"best so far"_s);
    QVERIFY(!edit.description);
    QCOMPARE(edit.failed, true);
    QCOMPARE(edit.addTags, QStringList{u"best"_s});
    QCOMPARE(edit.removeTags, QStringList{u"old"_s});
    QCOMPARE(edit.addGroupTags, QStringList{u"wide"_s});
    QVERIFY(edit.removeGroupTags.isEmpty());
    const QJsonObject body = edit.toJson();
    QCOMPARE(body[u"revision"_s].toInteger(), 7);
    QVERIFY(!body.contains(u"description"_s));
    QCOMPARE(body[u"tags"_s].toObject()[u"remove"_s].toArray(), QJsonArray{u"old"_s});
    QVERIFY(!body[u"group_tags"_s].toObject().contains(u"remove"_s));
}

void TestRunChanges::problems_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<int>("problemCount");
    const QString huge(FieldValue::MaxStringBytes + 1, u'x');
    QTest::newRow("fine") << u"ok"_s << QStringList{u"sweep"_s} << 0;
    QTest::newRow("empty tag") << u"ok"_s << QStringList{u"sweep"_s, u"  "_s} << 1;
    QTest::newRow("tag too long") << u"ok"_s << QStringList{huge} << 1;
    QTest::newRow("name too long") << huge << QStringList{u"sweep"_s} << 1;
    QTest::newRow("both") << huge << QStringList{QString()} << 2;
}

void TestRunChanges::problems()
{
    QFETCH(QString, name);
    QFETCH(QStringList, tags);
    QFETCH(int, problemCount);
    const RunChanges edit = RunChanges::between(seen(), name, u"first try"_s, tags, {u"lr-0.1"_s}, false);
    QCOMPARE(edit.problems().size(), problemCount);
}

void TestRunChanges::realServerAppliesTheBody()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errors()));
    ApiClient api(server.apiUrl(), server.token());
    NEREID_EXPECT_STATUS(createProject(api, u"team/edits"_s, u"EDT"_s), 201);
    const ApiReply created =
        createRun(api, u"team/edits"_s, {{u"name"_s, u"baseline"_s}, {u"tags"_s, QJsonArray{u"sweep"_s, u"old"_s}}});
    NEREID_EXPECT_STATUS(created, 201);
    const Result<RunRecord> run = RunRecord::fromJson(created.object());
    QVERIFY(run);

    const RunChanges edit =
        RunChanges::between(*run, u"best so far"_s, u"lr 0.01"_s, {u"sweep"_s, u"best"_s}, {u"lr-0.01"_s}, true);
    const ApiReply patched = api.patch(runPath(run->runId) + u"/sys"_s, edit.toJson());
    NEREID_EXPECT_STATUS(patched, 200);
    const Result<RunRecord> after = RunRecord::fromJson(patched.object());
    QVERIFY(after);
    QCOMPARE(after->name, u"best so far"_s);
    QCOMPARE(after->description, u"lr 0.01"_s);
    QVERIFY(after->failed);
    QStringList tags = after->tags;
    tags.sort();
    QCOMPARE(tags, (QStringList{u"best"_s, u"sweep"_s}));
    QCOMPARE(after->groupTags, QStringList{u"lr-0.01"_s});
}

QTEST_GUILESS_MAIN(TestRunChanges)
#include "test_runchanges.moc"
