#include "domain/runrecord.h"
#include "models/runchanges.h"

#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;

namespace {

RunRecord seen()
{
    RunRecord run;
    run.runId = u"CLS-1"_s;
    run.name = u"baseline"_s;
    run.description = u"first try"_s;
    run.tags = {u"sweep"_s, u"old"_s};
    run.groupTags = {u"lr-0.1"_s};
    return run;
}

} // namespace

// The run information dialog's changes: what changed, what the server would refuse, and the edits they
// become for the cache's outbox (the dialog test follows them to the real server).
class TestRunChanges : public QObject
{
    Q_OBJECT

private slots:
    void unchangedValuesMakeNoEdit();
    void changesBecomeSetOperations();
    void problems_data();
    void problems();
    void stageIsAnEditOfItsOwn_data();
    void stageIsAnEditOfItsOwn();
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
    using Kind = RunEdit::Kind;
    const QList<std::pair<Kind, QVariant>> edits = edit.edits();
    QCOMPARE(edits.size(), 5);
    QCOMPARE(edits[0].first, Kind::SetName);
    QCOMPARE(edits[1].first, Kind::SetFailed);
    QCOMPARE(edits[1].second.toBool(), true);
    QCOMPARE(edits[2].first, Kind::AddTags);
    QCOMPARE(edits[3].first, Kind::RemoveTags);
    QCOMPARE(edits[3].second.toStringList(), QStringList{u"old"_s});
    QCOMPARE(edits[4].first, Kind::AddGroupTags);
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

void TestRunChanges::stageIsAnEditOfItsOwn_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<bool>("fine");
    for (const QString &stage : {u"none"_s, u"staging"_s, u"production"_s, u"archived"_s})
        QTest::newRow(qPrintable(stage)) << stage << true;
    QTest::newRow("unknown") << u"retired"_s << false;
    QTest::newRow("capitalised") << u"Production"_s << false;
}

void TestRunChanges::stageIsAnEditOfItsOwn()
{
    QFETCH(QString, stage);
    QFETCH(bool, fine);
    RunChanges edit;
    edit.runId = u"CLS-MOD-1"_s;
    QVERIFY(edit.isEmpty());
    edit.stage = stage;
    QVERIFY(!edit.isEmpty());
    QCOMPARE(edit.problems().isEmpty(), fine);
    const auto edits = edit.edits();
    QCOMPARE(edits.size(), 1);
    QCOMPARE(edits[0].first, RunEdit::Kind::SetStage);
    QCOMPARE(edits[0].second.toString(), stage);
}

QTEST_GUILESS_MAIN(TestRunChanges)
#include "test_runchanges.moc"
