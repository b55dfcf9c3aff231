#include "cache/runeditor.h"
#include "demosweep.h"
#include "domain/syncstatus.h"
#include "models/namespacetreemodel.h"
#include "models/runtablemodel.h"
#include "models/sessionmodels.h"
#include "runfixtures.h"
#include "views/chartarea.h"
#include "views/chartpanel.h"
#include "views/columnmenu.h"
#include "views/conflictpanel.h"
#include "views/experimentsview.h"
#include "views/mainmenus.h"
#include "views/mainwindow.h"
#include "views/namespacetreeview.h"
#include "views/runactions.h"
#include "views/runinfodialog.h"
#include "views/syncstatusbar.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;
using nereid::test::RunFixtures;

// The main window's menus, shortcuts, status bar and context actions over a cache holding a demo sweep.
class TestMainWindowActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void standardShortcutsAndMenus();
    void showTrashedInTheViewMenu();
    void bulkTagOnTheSelection();
    void statusBarShowsStateEditsAndErrors();
    void headerMenuAddsAndSwitchesAggregateColumns();
    void namespaceTreeCopiesAndActivatesSeries();
    void tableLayoutIsRememberedPerProject();
    void conflictShowsBothVersionsAndResolves();
    void chartsFollowTheTreeAndTheSelection();

private:
    std::unique_ptr<RunFixtures> m_fixtures;
    std::unique_ptr<RunEditor> m_editor;
    std::unique_ptr<SessionModels> m_models; // before the window, which it outlives
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMainWindowActions::init()
{
    QSettings().clear();
    m_fixtures = std::make_unique<RunFixtures>();
    QVERIFY(m_fixtures->open());
    QVERIFY(m_fixtures->apply(test::demoSweep()));
    m_editor = std::make_unique<RunEditor>(m_fixtures->cache());
    m_models = std::make_unique<SessionModels>(m_fixtures->cache(), m_editor.get());
    m_window = std::make_unique<MainWindow>(m_models.get());
    m_window->setProject(u"local"_s, RunFixtures::Project);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindowActions::cleanup()
{
    m_window.reset();
    m_models.reset();
    m_editor.reset();
    m_fixtures.reset();
}

void TestMainWindowActions::standardShortcutsAndMenus()
{
    MainMenus *menus = m_window->menus();
    QCOMPARE(menus->find()->shortcut(), QKeySequence(QKeySequence::Find));
    QCOMPARE(menus->quit()->shortcut(), QKeySequence(QKeySequence::Quit));
    QCOMPARE(menus->fullScreen()->shortcut(), QKeySequence(QKeySequence::FullScreen));
    QVERIFY(!menus->refresh()->shortcut().isEmpty());
    QVERIFY(menus->helpMenu() && menus->editMenu()); // where About and Preferences go

    m_window->experiments()->table()->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    auto *filter = m_window->findChild<QLineEdit *>(u"filterEdit"_s);
    QTRY_VERIFY(filter->hasFocus());

    QCOMPARE(menus->openProject()->shortcut(), QKeySequence(QKeySequence::Open));
    QSignalSpy open(m_window.get(), &MainWindow::openProjectRequested);
    menus->openProject()->trigger();
    QCOMPARE(open.size(), 1);

    QSignalSpy sync(m_window.get(), &MainWindow::syncRequested);
    menus->refresh()->trigger();
    QCOMPARE(sync.size(), 1);
    menus->fullScreen()->trigger();
    QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
    menus->fullScreen()->trigger();
    QVERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
}

void TestMainWindowActions::showTrashedInTheViewMenu()
{
    QTableView *table = m_window->experiments()->table();
    m_window->runActions()->trashRuns({u"SWP-3"_s}, true);
    QCOMPARE(table->model()->rowCount(), 11);
    m_window->menus()->showTrashed()->trigger();
    QCOMPARE(table->model()->rowCount(), 12);
    QVERIFY(m_window->findChild<QCheckBox *>(u"showTrashed"_s)->isChecked());
    m_window->findChild<QCheckBox *>(u"showTrashed"_s)->setChecked(false); // and back, from the checkbox
    QVERIFY(!m_window->menus()->showTrashed()->isChecked());
    QCOMPARE(table->model()->rowCount(), 11);

    m_window->menus()->viewMenu()->findChild<QAction *>(u"chooseColumns"_s)->trigger();
    auto *chooser = m_window->findChild<QDialog *>(u"columnChooser"_s);
    QVERIFY(chooser);
    QTRY_VERIFY(chooser->isVisible());
    chooser->reject();
}

void TestMainWindowActions::bulkTagOnTheSelection()
{
    const QStringList runs{u"SWP-2"_s, u"SWP-6"_s, u"SWP-7"_s};
    QVERIFY(m_window->runActions()->tagRuns(runs, u"keep"_s, true));
    for (const QString &runId : runs)
        QVERIFY(m_fixtures->cache().run(runId)->tags.contains(u"keep"_s));
    QVERIFY(!m_fixtures->cache().run(u"SWP-1"_s)->tags.contains(u"keep"_s));
    QCOMPARE(m_editor->outbox().size(), 3); // one edit per run, waiting to be pushed
    QVERIFY(m_window->runActions()->tagRuns({u"SWP-6"_s}, u"keep"_s, false));
    QVERIFY(!m_fixtures->cache().run(u"SWP-6"_s)->tags.contains(u"keep"_s));
    QVERIFY(!m_window->runActions()->tagRuns(runs, QString(), true)); // an empty tag is refused, nothing queued
    QCOMPARE(m_editor->outbox().size(), 4);
}

void TestMainWindowActions::statusBarShowsStateEditsAndErrors()
{
    SyncStatusBar *bar = m_window->syncStatusBar();
    QVERIFY(bar->editsText().isEmpty());
    QVERIFY(m_window->runActions()->tagRuns({u"SWP-1"_s, u"SWP-2"_s}, u"x"_s, true));
    QCOMPARE(bar->editsText(), u"Edits waiting to be sent: 2"_s);

    SyncStatus syncing{SyncStatus::State::Syncing, u"Syncing team/sweep: 4,200 of 10,000 runs…"_s};
    syncing.runsDone = 4200;
    syncing.runsTotal = 10000;
    m_window->showSyncState(syncing);
    QCOMPARE(bar->connectionText(), u"● Online"_s);
    auto *progress = bar->findChild<QProgressBar *>();
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->value(), 420);

    m_window->showSyncState({SyncStatus::State::Retrying, u"The server cannot be reached."_s, SyncErrorKind::Unreachable});
    QCOMPARE(bar->connectionText(), u"● Offline"_s);
    QCOMPARE(bar->messageText(), u"Last error: The server cannot be reached."_s);
    QVERIFY(!progress->isVisible());
    QVERIFY(bar->conflictsText().isEmpty());
}

void TestMainWindowActions::headerMenuAddsAndSwitchesAggregateColumns()
{
    RunTableModel *runs = m_window->runModel();
    const int loss = runs->columnOf({u"train/loss"_s, SeriesAggregate::Last});
    QVERIFY(loss >= 0);
    {
        ColumnMenu menu(runs, runs->columnOf({u"sys/name"_s, SeriesAggregate::Last}));
        QVERIFY(!menu.findChild<QAction *>(u"add:min"_s)); // no summaries for an atom
    }
    ColumnMenu menu(runs, loss);
    menu.findChild<QAction *>(u"add:min"_s)->trigger();
    QCOMPARE(runs->columnOf({u"train/loss"_s, SeriesAggregate::Min}), loss + 1);
    QCOMPARE(runs->headerData(loss + 1, Qt::Horizontal).toString(), u"train/loss (min)"_s);
    const int row = runs->rowOf(u"SWP-1"_s);
    QCOMPARE(runs->index(row, loss + 1).data(RunTableModel::SortRole).toDouble(),
             m_fixtures->cache().series(u"SWP-1"_s, u"train/loss"_s)->min.toDouble());

    menu.findChild<QAction *>(u"show:max"_s)->trigger();
    QCOMPARE(runs->columns().at(loss), (RunColumn{u"train/loss"_s, SeriesAggregate::Max}));
    QCOMPARE(runs->index(row, loss).data(RunTableModel::SortRole).toDouble(), 2.4);
}

void TestMainWindowActions::namespaceTreeCopiesAndActivatesSeries()
{
    NamespaceTreeView *tree = m_window->namespaceTree();
    auto *model = qobject_cast<NamespaceTreeModel *>(tree->model());
    m_window->experiments()->selectRun(u"SWP-2"_s);
    tree->expandAll();
    tree->setCurrentIndex(model->indexOfPath(u"params/lr"_s));
    tree->setFocus();
    QTest::keySequence(tree, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"0.03"_s);

    QSignalSpy charted(tree, &NamespaceTreeView::seriesActivated);
    const QModelIndex loss = model->indexOfPath(u"train/loss"_s);
    tree->scrollTo(loss);
    const QPoint at = tree->visualRect(loss).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at); // a double-click follows a press on the item
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(charted.size(), 1);
    QCOMPARE(charted.first().first().toString(), u"train/loss"_s);
    emit tree->activated(model->indexOfPath(u"params/lr"_s)); // an atom is not charted
    QCOMPARE(charted.size(), 1);
}

void TestMainWindowActions::tableLayoutIsRememberedPerProject()
{
    QHeaderView *header = m_window->experiments()->table()->horizontalHeader();
    RunTableModel *runs = m_window->runModel();
    const int name = runs->columnOf({u"sys/name"_s, SeriesAggregate::Last});
    const int loss = runs->columnOf({u"train/loss"_s, SeriesAggregate::Last});
    header->moveSection(header->visualIndex(loss), 0);
    header->resizeSection(name, 333);
    m_window->experiments()->table()->sortByColumn(loss, Qt::DescendingOrder);
    QCOMPARE(runs->record(0).runId, u"SWP-6"_s); // the highest loss, 0.18, tied with SWP-7 and first by position

    SessionModels againModels(m_fixtures->cache(), m_editor.get());

    MainWindow again(&againModels);
    again.setProject(u"local"_s, RunFixtures::Project);
    QHeaderView *restored = again.experiments()->table()->horizontalHeader();
    QCOMPARE(restored->visualIndex(loss), 0);
    QCOMPARE(restored->sectionSize(name), 333);
    QCOMPARE(restored->sortIndicatorSection(), loss);
    QCOMPARE(restored->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(again.runModel()->sortColumn(), loss);
    QCOMPARE(again.runModel()->record(0).runId, runs->record(0).runId);
    QVERIFY(QSettings().contains(u"tableLayout/"_s + RunFixtures::Project));
}

void TestMainWindowActions::conflictShowsBothVersionsAndResolves()
{
    // What the sync engine does on a 409: the edit leaves the outbox, the run shows the server's value.
    const auto conflictOnName = [this](const QString &mine, const QString &theirs) {
        QVERIFY(m_editor->edit(u"SWP-2"_s, RunEdit::Kind::SetName, mine));
        const RunEdit edit = m_editor->outbox().constLast();
        QVERIFY(m_editor->recordConflict(edit, {u"SWP-2"_s, u"name"_s, mine, theirs, 7}));
    };
    conflictOnName(u"mine"_s, u"theirs"_s);
    QCOMPARE(m_window->syncStatusBar()->conflictsText(), u"Conflicts: 1"_s);
    {
        ConflictPanel panel(m_models->editing(), u"SWP-2"_s);
        QCOMPARE(panel.conflictCount(), 1);
        QVERIFY(!panel.isHidden());
        auto *text = panel.findChild<QLabel *>();
        QVERIFY(text->text().contains(u"“mine”"_s) && text->text().contains(u"“theirs”"_s));
        QCOMPARE(m_fixtures->cache().run(u"SWP-2"_s)->name, u"theirs"_s);
        panel.findChild<QPushButton *>(u"keepTheirs:name"_s)->click();
        QTRY_VERIFY(panel.isHidden());
    }
    QVERIFY(m_editor->conflicts().isEmpty());
    QVERIFY(m_editor->outbox().isEmpty());
    QCOMPARE(m_fixtures->cache().run(u"SWP-2"_s)->name, u"theirs"_s);
    QVERIFY(m_window->syncStatusBar()->conflictsText().isEmpty());

    conflictOnName(u"mine again"_s, u"theirs"_s);
    RunInfoDialog dialog(*m_fixtures->cache().run(u"SWP-2"_s), {});
    auto *panel = new ConflictPanel(m_models->editing(), u"SWP-2"_s, &dialog);
    dialog.addConflictPanel(panel);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Beside the executable, in the build folder, to be looked at.
    QVERIFY(dialog.grab().save(QCoreApplication::applicationDirPath() + u"/runinfodialog-conflict.png"_s));
    connect(panel, &ConflictPanel::resolved, &dialog, [&] { dialog.setRun(*m_fixtures->cache().run(u"SWP-2"_s)); });
    panel->findChild<QPushButton *>(u"keepMine:name"_s)->click();
    QCOMPARE(m_fixtures->cache().run(u"SWP-2"_s)->name, u"mine again"_s);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"name"_s)->text(), u"mine again"_s);
    QCOMPARE(m_editor->outbox().size(), 1); // sent again, on top of the server's revision
    QCOMPARE(m_editor->outbox().constFirst().value.toString(), u"mine again"_s);
}

// A double-clicked series becomes a chart of the main window, which compares the selected runs (or the current run
// when none is selected) and is remembered for the project.
void TestMainWindowActions::chartsFollowTheTreeAndTheSelection()
{
    ChartArea *charts = m_window->charts();
    QVERIFY(charts->paths().isEmpty());
    m_window->experiments()->selectRun(u"SWP-2"_s);
    emit m_window->namespaceTree()->seriesActivated(u"train/loss"_s);
    QCOMPARE(charts->paths(), QStringList{u"train/loss"_s});
    auto *panel = qobject_cast<ChartPanel *>(charts->panel(u"train/loss"_s));
    QVERIFY(panel);
    QCOMPARE(panel->model().runIds(), QStringList{u"SWP-2"_s});

    QTableView *table = m_window->experiments()->table();
    table->selectAll();
    QCOMPARE(panel->model().runIds().size(), table->model()->rowCount());

    m_window->setProject(u"local"_s, u"other/project"_s);
    QVERIFY(charts->paths().isEmpty());
    m_window->setProject(u"local"_s, RunFixtures::Project);
    QCOMPARE(charts->paths(), QStringList{u"train/loss"_s});
}

QTEST_MAIN(TestMainWindowActions)
#include "test_mainwindowactions.moc"
