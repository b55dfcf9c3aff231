#include "demowindow.h"
#include "models/runfilterproxymodel.h"
#include "models/runtablemodel.h"
#include "views/experimentsview.h"
#include "views/filterbox.h"
#include "views/runactions.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;
using nereid::test::DemoWindow;

// Trash and restore from the table (context menu, Delete) and Edit > Undo and Redo of trash, restore and tag
// edits, in the main window over a cache holding a demo sweep (SWP-1..12; SWP-2 is tagged "best").
class TestTrashUndo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void contextMenuOffersOnlyWhatChanges();
    void deleteKeyTrashesTheSelection();
    void undoAndRedoTrash();
    void undoOfATagKeepsTagsThatWereThere();
    void deleteInTheFilterBoxEditsText();

private:
    void select(const QStringList &runIds);
    bool trashed(const QString &runId) { return m_demo->cache().run(runId)->trashed; }
    // The texts of the table's context menu over the first selected run.
    QStringList contextMenuTexts();
    QAction *action(const QString &name) { return m_window->findChild<QAction *>(name); }

    std::unique_ptr<DemoWindow> m_demo;
    MainWindow *m_window = nullptr;
    QTableView *m_table = nullptr;
};

void TestTrashUndo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTrashUndo::init()
{
    m_demo = std::make_unique<DemoWindow>();
    QVERIFY(m_demo->open());
    m_window = m_demo->window();
    m_table = m_window->experiments()->table();
    m_window->experiments()->setShowTrashed(true); // trashed runs stay in the table, to be restored
}

void TestTrashUndo::cleanup()
{
    m_demo.reset();
}

void TestTrashUndo::select(const QStringList &runIds)
{
    m_demo->select(runIds);
}

QStringList TestTrashUndo::contextMenuTexts()
{
    QStringList texts;
    QTimer::singleShot(0, this, [&texts] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (const QAction *item : menu->actions())
            texts.append(item->text());
        menu->close();
    });
    const QModelIndex current = m_table->currentIndex();
    emit m_table->customContextMenuRequested(m_table->visualRect(current).center());
    return texts;
}

void TestTrashUndo::contextMenuOffersOnlyWhatChanges()
{
    select({u"SWP-1"_s});
    QStringList texts = contextMenuTexts();
    QVERIFY2(texts.contains(u"Trash"_s) && !texts.contains(u"Restore"_s), qPrintable(texts.join(u'|')));

    m_window->runActions()->trashRuns({u"SWP-1"_s}, true);
    select({u"SWP-1"_s});
    texts = contextMenuTexts();
    QVERIFY2(texts.contains(u"Restore"_s) && !texts.contains(u"Trash"_s), qPrintable(texts.join(u'|')));

    select({u"SWP-1"_s, u"SWP-2"_s}); // one of each: both offered
    texts = contextMenuTexts();
    QVERIFY2(texts.contains(u"Restore"_s) && texts.contains(u"Trash"_s), qPrintable(texts.join(u'|')));
}

void TestTrashUndo::deleteKeyTrashesTheSelection()
{
    select({u"SWP-3"_s, u"SWP-5"_s});
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_Delete);
    QVERIFY(trashed(u"SWP-3"_s));
    QVERIFY(trashed(u"SWP-5"_s));
    QVERIFY(!trashed(u"SWP-4"_s));
    // The trashed rows are struck through.
    const QModelIndex row = m_window->experiments()->proxy()->mapFromSource(
        m_window->runModel()->index(m_window->runModel()->rowOf(u"SWP-3"_s), 0));
    QVERIFY(row.data(Qt::FontRole).value<QFont>().strikeOut());
    select({u"SWP-1"_s}); // the trashed rows unselected, as they look among the others
    QVERIFY(m_window->grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/trashed-runs.png")));
}

void TestTrashUndo::undoAndRedoTrash()
{
    QAction *undo = action(u"undo"_s);
    QVERIFY(undo);
    QVERIFY(!undo->isEnabled()); // nothing to undo yet
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    m_window->runActions()->trashRuns({u"SWP-3"_s, u"SWP-5"_s}, true);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(u"Trash 2 runs"_s), qPrintable(undo->text()));

    m_table->setFocus();
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier); // Ctrl+Z
    QVERIFY(!trashed(u"SWP-3"_s));
    QVERIFY(!trashed(u"SWP-5"_s));
    action(u"redo"_s)->trigger();
    QVERIFY(trashed(u"SWP-3"_s));
    QVERIFY(trashed(u"SWP-5"_s));

    // A restore is undone too; a run that was not in the trash is not put there by the undo.
    m_window->runActions()->trashRuns({u"SWP-3"_s, u"SWP-7"_s}, false);
    QVERIFY(!trashed(u"SWP-3"_s));
    undo->trigger();
    QVERIFY(trashed(u"SWP-3"_s));
    QVERIFY(!trashed(u"SWP-7"_s));
    // Undo and redo are edits like any other: they wait in the outbox to be pushed.
    QVERIFY(m_demo->editor().outbox().size() >= 5);
}

void TestTrashUndo::undoOfATagKeepsTagsThatWereThere()
{
    QVERIFY(m_window->runActions()->tagRuns({u"SWP-1"_s, u"SWP-2"_s}, u"best"_s, true));
    QVERIFY(m_demo->cache().run(u"SWP-1"_s)->tags.contains(u"best"_s));
    action(u"undo"_s)->trigger();
    QVERIFY(!m_demo->cache().run(u"SWP-1"_s)->tags.contains(u"best"_s));
    QVERIFY(m_demo->cache().run(u"SWP-2"_s)->tags.contains(u"best"_s)); // had it before
}

void TestTrashUndo::deleteInTheFilterBoxEditsText()
{
    select({u"SWP-3"_s});
    auto *line = m_window->experiments()->findChild<FilterBox *>()->findChild<QLineEdit *>();
    QVERIFY(line);
    line->setFocus();
    QTest::keyClicks(line, u"abc"_s);
    QTest::keyClick(line, Qt::Key_Home);
    QTest::keyClick(line, Qt::Key_Delete);
    QCOMPARE(line->text(), u"bc"_s);
    QVERIFY(!trashed(u"SWP-3"_s));
}

QTEST_MAIN(TestTrashUndo)
#include "test_trashundo.moc"
