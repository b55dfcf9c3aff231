#include "cache/cache.h"
#include "cache/cachedatabase.h"
#include "cache/runeditor.h"

#include <QtTest>

using namespace nereid;

namespace {

const QString Project = QStringLiteral("team/p");
const QString Run = QStringLiteral("CLS-1");

RunRecord serverRun(qint64 revision, const QString &name, const QString &description)
{
    RunRecord run;
    run.project = Project;
    run.runId = Run;
    run.number = 1;
    run.revision = revision;
    run.name = name;
    run.description = description;
    run.tags = {QStringLiteral("base")};
    return run;
}

} // namespace

// Edits in the cache: applied and queued in one transaction, shown on top of what later pulls bring until the
// server has them, refused whole when the cache cannot store them.
class TestRunEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editIsShownAndQueued();
    void failedWriteLeavesNeitherRunNorOutboxChanged();
    void unknownRunIsRefused();
    void pullsKeepLocalEditsOnTop();
    void acknowledgedEditGivesWayToServer();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<RunEditor> m_editor;
};

void TestRunEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<Cache>();
    QVERIFY(m_cache->open(m_dir->filePath(QStringLiteral("c.sqlite"))));
    m_editor = std::make_unique<RunEditor>(*m_cache);
    QVERIFY(m_cache->applyPage(Project, {serverRun(3, QStringLiteral("server name"), QStringLiteral("server text"))},
                               {3, 3}));
}

void TestRunEditor::cleanup()
{
    m_editor.reset();
    m_cache.reset();
}

void TestRunEditor::editIsShownAndQueued()
{
    QSignalSpy changed(m_cache.get(), &Cache::runsChanged);
    QSignalSpy fields(m_cache.get(), &Cache::fieldsChanged);
    QSignalSpy queued(m_editor.get(), &RunEditor::editQueued);
    QVERIFY(m_editor->edit(Run, RunEdit::Kind::AddGroupTags, QStringList{QStringLiteral("g2"), QStringLiteral("g1")}));
    QCOMPARE(m_cache->run(Run)->groupTags, (QStringList{QStringLiteral("g1"), QStringLiteral("g2")}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(fields[0][1].toStringList(), QStringList{QStringLiteral("sys/group_tags")});
    QCOMPARE(queued.size(), 1);
    const QList<RunEdit> outbox = m_editor->outbox();
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox[0].kind, RunEdit::Kind::AddGroupTags);
    QCOMPARE(outbox[0].baseRevision, 3);
    QCOMPARE(outbox[0].value.toStringList(), (QStringList{QStringLiteral("g2"), QStringLiteral("g1")}));
}

void TestRunEditor::failedWriteLeavesNeitherRunNorOutboxChanged()
{
    m_cache->database().exec(QStringLiteral(
        "CREATE TRIGGER full BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"));
    QSignalSpy errors(m_cache.get(), &Cache::storageError);
    QVERIFY(!m_editor->edit(Run, RunEdit::Kind::SetName, QStringLiteral("lost?")));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors[0][0].toString().contains(QStringLiteral("disk is full")));
    QCOMPARE(m_cache->run(Run)->name, QStringLiteral("server name"));
    m_cache->database().exec(QStringLiteral("DROP TRIGGER full"));
    QVERIFY(m_editor->outbox().isEmpty());
}

void TestRunEditor::unknownRunIsRefused()
{
    QSignalSpy errors(m_cache.get(), &Cache::storageError);
    QVERIFY(!m_editor->edit(QStringLiteral("CLS-7"), RunEdit::Kind::SetName, QStringLiteral("x")));
    QVERIFY(errors[0][0].toString().contains(QStringLiteral("CLS-7")));
    QVERIFY(m_editor->outbox().isEmpty());
}

void TestRunEditor::pullsKeepLocalEditsOnTop()
{
    QVERIFY(m_editor->edit(Run, RunEdit::Kind::SetDescription, QStringLiteral("mine")));
    QVERIFY(m_editor->edit(Run, RunEdit::Kind::RemoveTags, QStringList{QStringLiteral("base")}));
    QVERIFY(m_cache->applyPage(Project, {serverRun(5, QStringLiteral("renamed on server"), QStringLiteral("old"))},
                               {5, 5}));
    const RunRecord run = *m_cache->run(Run);
    QCOMPARE(run.name, QStringLiteral("renamed on server"));
    QCOMPARE(run.description, QStringLiteral("mine"));
    QVERIFY(run.tags.isEmpty());
    QCOMPARE(run.revision, 5);
}

void TestRunEditor::acknowledgedEditGivesWayToServer()
{
    QVERIFY(m_editor->edit(Run, RunEdit::Kind::SetDescription, QStringLiteral("mine")));
    QVERIFY(m_editor->edit(Run, RunEdit::Kind::SetName, QStringLiteral("my name")));
    const QList<RunEdit> outbox = m_editor->outbox();
    // The server took the first edit and answers with its run (which someone else renamed meanwhile).
    QVERIFY(m_editor->acknowledge(outbox[0], serverRun(6, QStringLiteral("theirs"), QStringLiteral("mine"))));
    const QList<RunEdit> left = m_editor->outbox();
    QCOMPARE(left.size(), 1);
    // Another field than the acknowledged edit's: it keeps the revision it saw, so the server still refuses it
    // over the rename (a conflict keeping both) rather than it overwriting "theirs" unseen.
    QCOMPARE(left[0].baseRevision, 3);
    QCOMPARE(m_cache->run(Run)->name, QStringLiteral("my name")); // still waiting, still shown
    QVERIFY(m_editor->acknowledge(left[0], serverRun(7, QStringLiteral("my name"), QStringLiteral("mine"))));
    QVERIFY(m_editor->outbox().isEmpty());
    QCOMPARE(m_cache->run(Run)->revision, 7);

    // The same field again, seen after the first edit was made: it follows the user's own change.
    QVERIFY(m_editor->edit(Run, RunEdit::Kind::SetDescription, QStringLiteral("first")));
    QVERIFY(m_editor->edit(Run, RunEdit::Kind::SetDescription, QStringLiteral("second")));
    // ... and one from a dialog opened before the run's revision 7: it saw less than the first.
    QVERIFY(m_editor->edit(Run, RunEdit::Kind::SetDescription, QStringLiteral("old dialog"), 5));
    const QList<RunEdit> same = m_editor->outbox();
    QVERIFY(m_editor->acknowledge(same[0], serverRun(9, QStringLiteral("my name"), QStringLiteral("first"))));
    const QList<RunEdit> rest = m_editor->outbox();
    QCOMPARE(rest.size(), 2);
    QCOMPARE(rest[0].baseRevision, 9);
    QCOMPARE(rest[1].baseRevision, 5);
}

QTEST_GUILESS_MAIN(TestRunEditor)
#include "test_runeditor.moc"
