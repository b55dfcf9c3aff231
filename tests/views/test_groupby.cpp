// Group by (issue 17, item 3) in the main window over the demo sweep: Ctrl+G shows the runs in groups with their
// counts, a selected group selects its runs, and the grouping is remembered for the project.
#include "demowindow.h"
#include "models/rungroupmodel.h"
#include "views/experimentsview.h"
#include "views/mainmenus.h"
#include "views/mainwindow.h"
#include "views/tablelayoutsettings.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace nereid;
using namespace Qt::StringLiterals;
using nereid::test::DemoWindow;
using nereid::test::RunFixtures;

class TestGroupBy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void ctrlGShowsGroupsWithCounts();
};

void TestGroupBy::ctrlGShowsGroupsWithCounts()
{
    DemoWindow demo;
    QVERIFY(demo.open());
    ExperimentsView *experiments = demo.window()->experiments();
    QVERIFY(demo.window()->menus()->viewMenu()->actions().contains(experiments->groupsAction()));
    RunGrouping grouping;
    grouping.fields = {u"params/optimizer"_s};
    experiments->setGrouping(grouping); // chosen, not yet on
    QVERIFY(experiments->table()->isVisible());

    QSignalSpy selected(experiments, &ExperimentsView::selectedRunsChanged);
    experiments->table()->setFocus();
    QTest::keyClick(demo.window(), Qt::Key_G, Qt::ControlModifier);
    QTreeView *tree = experiments->groupTree();
    QVERIFY(tree->isVisible());
    QVERIFY(!experiments->table()->isVisible());
    const QAbstractItemModel *model = tree->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), u"Adam (6 runs)"_s);
    QCOMPARE(model->index(1, 0).data().toString(), u"SGD (6 runs)"_s);
    const int lr = demo.window()->experiments()->groupModel()->columnCount() - 1;
    QVERIFY(lr > 0);
    // The grouping is remembered for the project, on.
    QVERIFY(TableLayoutSettings::grouping(RunFixtures::Project).enabled);
    QCOMPARE(TableLayoutSettings::grouping(RunFixtures::Project).fields, grouping.fields);

    // A group selected is its runs selected, for the charts.
    selected.clear();
    tree->selectionModel()->select(model->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(!selected.isEmpty());
    const QStringList sgd = selected.last().at(0).toStringList();
    QCOMPARE(sgd.size(), 6);
    QVERIFY(sgd.contains(u"SWP-1"_s) && sgd.contains(u"SWP-6"_s) && !sgd.contains(u"SWP-7"_s));
    QCOMPARE(experiments->selectedGroups().size(), 1);
    QCOMPARE(experiments->selectedGroups().first().first, u"SGD"_s);

    tree->expand(model->index(1, 0));
    QTest::qWait(50);
    QDir().mkpath(u"/tmp/shots-groupby"_s);
    QVERIFY(demo.window()->grab().save(u"/tmp/shots-groupby/grouped-table.png"_s));

    // Ctrl+G again: the runs one by one, the SGD runs still selected.
    QTest::keyClick(demo.window(), Qt::Key_G, Qt::ControlModifier);
    QVERIFY(experiments->table()->isVisible());
    QVERIFY(!tree->isVisible());
    QCOMPARE(experiments->selectedRunIds().size(), 6);
    QVERIFY(!TableLayoutSettings::grouping(RunFixtures::Project).enabled);
}

QTEST_MAIN(TestGroupBy)
#include "test_groupby.moc"
