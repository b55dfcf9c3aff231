// Group by (issue 17, item 3) in the main window over the demo sweep: Ctrl+G shows the runs in groups with their
// counts, a selected group selects its runs, and the grouping is remembered for the project.
#include "demowindow.h"
#include "models/rungroupmodel.h"
#include "models/runtablemodel.h"
#include "views/chartarea.h"
#include "views/chartaxes.h"
#include "views/chartlines.h"
#include "views/chartpanel.h"
#include "views/experimentsview.h"
#include "views/mainmenus.h"
#include "views/mainwindow.h"
#include "views/tablelayoutsettings.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace nereid;
using namespace Qt::StringLiterals;
using nereid::test::DemoWindow;
using nereid::test::RunFixtures;

namespace {

// Groups the table by params/optimizer and answers the group tree shown instead.
QTreeView *groupByOptimizer(ExperimentsView *experiments)
{
    RunGrouping grouping;
    grouping.fields = {u"params/optimizer"_s};
    grouping.enabled = true;
    experiments->setGrouping(grouping);
    return experiments->groupTree();
}

} // namespace

class TestGroupBy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void ctrlGShowsGroupsWithCounts();
    void ctrlGWithoutFieldsAsksForThem();
    void chartDrawsALineAndABandPerGroup();
    void keysActOnTheSelectedRunsOfGroups();
    void selectRunOpensItsGroup();

private:
    // How high the painted line reaches: its smallest y in pixels.
    static double topOf(const ChartPlotLine &line);
};

double TestGroupBy::topOf(const ChartPlotLine &line)
{
    double top = qInf();
    for (const QPolygonF &piece : line.pieces)
        top = std::min(top, piece.boundingRect().top());
    for (const QRect &span : line.spans)
        top = std::min(top, double(span.top()));
    return top;
}

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

    // The tree's menu on a group acts on its runs.
    disconnect(experiments, &ExperimentsView::tagRequested, nullptr, nullptr); // no tag dialog: the request is enough
    QSignalSpy tagging(experiments, &ExperimentsView::tagRequested);
    auto *poll = new QTimer(this); // until the menu is up: then "Add tag…" and close it
    connect(poll, &QTimer::timeout, this, [poll] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        poll->stop();
        poll->deleteLater();
        for (QAction *action : menu->actions())
            if (action->text() == u"Add tag…"_s)
                action->trigger();
        menu->close();
    });
    poll->start(20);
    emit tree->customContextMenuRequested(tree->visualRect(model->index(1, 0)).center());
    QCOMPARE(tagging.size(), 1);
    QCOMPARE(tagging.first().at(0).toStringList().size(), 6);

    tree->expand(model->index(1, 0));
    QTest::qWait(50);
    QVERIFY(demo.window()->grab().save(QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(u"grouped-table.png"_s)));
    tree->horizontalScrollBar()->setValue(tree->horizontalScrollBar()->maximum()); // the metrics' aggregates
    QTest::qWait(20);
    QVERIFY(tree->grab().save(QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(u"grouped-table-aggregates.png"_s)));

    // Ctrl+G again: the runs one by one, the SGD runs still selected.
    QTest::keyClick(demo.window(), Qt::Key_G, Qt::ControlModifier);
    QVERIFY(experiments->table()->isVisible());
    QVERIFY(!tree->isVisible());
    QCOMPARE(experiments->selectedRunIds().size(), 6);
    QVERIFY(!TableLayoutSettings::grouping(RunFixtures::Project).enabled);
}

void TestGroupBy::ctrlGWithoutFieldsAsksForThem()
{
    DemoWindow demo;
    QVERIFY(demo.open());
    ExperimentsView *experiments = demo.window()->experiments();
    QTest::keyClick(demo.window(), Qt::Key_G, Qt::ControlModifier);
    auto *dialog = experiments->findChild<QDialog *>(u"groupByDialog"_s);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(experiments->table()->isVisible()); // nothing grouped until fields are chosen
    // Keyboard only: type to filter, Tab to the list, Space checks the field, Enter groups.
    auto *filter = dialog->findChild<QLineEdit *>(u"groupByFilter"_s);
    filter->setFocus();
    QTest::keyClicks(filter, u"optim"_s);
    auto *list = dialog->findChild<QListWidget *>(u"groupByFields"_s);
    QCOMPARE(list->currentItem()->text(), u"params/optimizer"_s);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->currentItem()->checkState(), Qt::Checked);
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }));
    QCOMPARE(experiments->grouping().fields, QStringList{u"params/optimizer"_s});
    QVERIFY(experiments->grouping().enabled);
    QVERIFY(experiments->groupTree()->isVisible());
    QCOMPARE(experiments->groupModel()->rowCount(), 2);
    QVERIFY(experiments->groupsAction()->isChecked());
}

void TestGroupBy::chartDrawsALineAndABandPerGroup()
{
    DemoWindow demo;
    QVERIFY(demo.open());
    // 2,000 steps of loss per run: the SGD runs near 1.0, the Adam runs near 0.5; SWP-3 (SGD) spikes to 5 once.
    for (int number = 1; number <= 12; ++number) {
        QList<FloatPoint> points;
        for (int step = 0; step < 2000; ++step) {
            const double base = number <= 6 ? 1.0 : 0.5;
            const double spread = 0.04 * (number % 6) * std::exp(-step / 800.0) + 0.04 * std::sin(step / 90.0 + number);
            const double value = number == 3 && step == 1200 ? 5.0 : base + spread;
            points.append({double(step), value, 1.7e9 + step});
        }
        QVERIFY(demo.cache().appendPoints(u"SWP-%1"_s.arg(number), u"train/loss"_s, points));
    }
    demo.window()->charts()->addChart(u"train/loss"_s);
    auto *panel = qobject_cast<ChartPanel *>(demo.window()->charts()->panel(u"train/loss"_s));
    QVERIFY(panel);

    ExperimentsView *experiments = demo.window()->experiments();
    QTreeView *tree = groupByOptimizer(experiments);
    tree->selectAll();
    QTest::qWait(50); // the panel laid out in the window
    panel->drawNow();
    QCOMPARE(panel->lines()->runIds(), (QStringList{u"group:Adam"_s, u"group:SGD"_s}));
    // The legend counts each group's runs, though the SGD line was first drawn when one of its runs was selected.
    QStringList legend;
    for (QLegendMarker *marker : panel->chart()->legend()->markers())
        if (marker->isVisible())
            legend.append(marker->label());
    legend.sort();
    QCOMPARE(legend, (QStringList{u"Adam (6 runs)"_s, u"SGD (6 runs)"_s}));
    const ChartPlotItem *plot = panel->lines()->plot();
    const ChartPlotLine sgdLine = plot->paintedRaw(u"group:SGD"_s);
    const ChartPlotLine adamLine = plot->paintedRaw(u"group:Adam"_s);
    QVERIFY(!sgdLine.pieces.isEmpty() || !sgdLine.spans.isEmpty());
    QVERIFY(!adamLine.pieces.isEmpty() || !adamLine.spans.isEmpty());
    QVERIFY(topOf(sgdLine) < topOf(adamLine)); // SGD's loss is higher: drawn above
    // The band reaches SWP-3's spike, far above the mean line (which one spiking run of six moves much less).
    const QPolygonF sgdBand = plot->paintedBand(u"group:SGD"_s);
    QVERIFY(sgdBand.size() > 10);
    QVERIFY2(sgdBand.boundingRect().top() < topOf(sgdLine) - 40,
             qPrintable(u"band top %1, line top %2"_s.arg(sgdBand.boundingRect().top()).arg(topOf(sgdLine))));
    QVERIFY(!plot->paintedBand(u"group:Adam"_s).isEmpty());
    QTest::qWait(50);
    QVERIFY(
        demo.window()->grab().save(QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(u"grouped-chart-bands.png"_s)));

    // ±1 standard deviation: a narrower band than lowest-to-highest, in values (the y axis fits the band).
    const auto valueHeight = [panel](const QPolygonF &band) {
        const auto [low, high] = panel->axes()->yRange();
        return band.boundingRect().height() / panel->chart()->plotArea().height() * (high - low);
    };
    const double minMaxHeight = valueHeight(sgdBand);
    QCOMPARE_GT(minMaxHeight, 3.9); // 1.0 to the spike's 5
    auto *band = panel->findChild<QComboBox *>(u"bandChoice"_s);
    QVERIFY(band && band->isVisibleTo(panel));
    band->setCurrentIndex(1);
    QCOMPARE(panel->band(), GroupEnvelope::Band::StdDev);
    QCOMPARE(panel->settings().value(u"band"_s).toString(), u"std"_s); // saved with the chart
    panel->drawNow();
    const double deviationHeight = valueHeight(plot->paintedBand(u"group:SGD"_s));
    QVERIFY2(deviationHeight > 0.5 && deviationHeight < minMaxHeight / 2, qPrintable(QString::number(deviationHeight)));

    // Back to runs: a line per run, no bands.
    QTest::keyClick(demo.window(), Qt::Key_G, Qt::ControlModifier);
    QVERIFY(!experiments->grouping().enabled);
    panel->drawNow();
    QVERIFY(panel->lines()->runIds().size() >= 1);
    QVERIFY(!panel->lines()->runIds().contains(u"group:SGD"_s));
    QVERIFY(plot->paintedBand(u"group:SGD"_s).isEmpty());
    QVERIFY(!band->isVisibleTo(panel));
}

void TestGroupBy::keysActOnTheSelectedRunsOfGroups()
{
    DemoWindow demo;
    QVERIFY(demo.open());
    ExperimentsView *experiments = demo.window()->experiments();
    QTreeView *tree = groupByOptimizer(experiments);
    const QAbstractItemModel *model = tree->model();
    QCOMPARE(model->index(1, 0).data().toString(), u"SGD (6 runs)"_s);
    tree->setFocus();
    QVERIFY(tree->hasFocus());
    tree->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(tree, Qt::Key_Down); // to the SGD group, by keys as a user would
    QCOMPARE(tree->currentIndex(), model->index(1, 0));
    QCOMPARE(experiments->selectedRunIds().size(), 6);

    // Ctrl+C: the ids of the group's runs, not the group row's text.
    QGuiApplication::clipboard()->clear();
    QTest::keySequence(tree, QKeySequence::Copy);
    QStringList copied = QGuiApplication::clipboard()->text().split(u'\n');
    copied.sort();
    QCOMPARE(copied, (QStringList{u"SWP-1"_s, u"SWP-2"_s, u"SWP-3"_s, u"SWP-4"_s, u"SWP-5"_s, u"SWP-6"_s}));

    // Enter on a group opens it, again closes it; on a run it asks for that run's information.
    QVERIFY(!tree->isExpanded(model->index(1, 0)));
    QTest::keyClick(tree, Qt::Key_Return);
    QVERIFY(tree->isExpanded(model->index(1, 0)));
    QTest::keyClick(tree, Qt::Key_Return);
    QVERIFY(!tree->isExpanded(model->index(1, 0)));
    disconnect(experiments, &ExperimentsView::runInformationRequested, nullptr, nullptr); // no dialog: the request
    QSignalSpy information(experiments, &ExperimentsView::runInformationRequested);
    QTest::keyClick(tree, Qt::Key_Return);
    QTest::keyClick(tree, Qt::Key_Down); // the group's first run
    const QModelIndex firstRun = model->index(0, 0, model->index(1, 0));
    QCOMPARE(tree->currentIndex(), firstRun);
    QCOMPARE(experiments->selectedRunIds(), QStringList{firstRun.data(RunTableModel::RunIdRole).toString()});
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(information.size(), 1);
    QCOMPARE(information.first().at(0).toString(), firstRun.data(RunTableModel::RunIdRole).toString());
    QVERIFY(information.first().at(0).toString().startsWith(u"SWP-"_s));

    // Delete on the SGD group trashes its six runs (and Ctrl+Z brings them back), not the Adam ones.
    QTest::keyClick(tree, Qt::Key_Up);
    QCOMPARE(tree->currentIndex(), model->index(1, 0));
    QTest::keyClick(tree, Qt::Key_Delete);
    for (int number = 1; number <= 12; ++number)
        QCOMPARE(demo.cache().run(u"SWP-%1"_s.arg(number))->trashed, number <= 6);
    QCOMPARE(model->rowCount(), 1); // trashed runs are not shown: only the Adam group is left
    QCOMPARE(model->index(0, 0).data().toString(), u"Adam (6 runs)"_s);
    QTest::keyClick(demo.window(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!demo.cache().run(u"SWP-3"_s)->trashed);
    QCOMPARE(model->rowCount(), 2);
}

void TestGroupBy::selectRunOpensItsGroup()
{
    DemoWindow demo;
    QVERIFY(demo.open({}, {1280, 520})); // a short window: the tree scrolls
    ExperimentsView *experiments = demo.window()->experiments();
    RunGrouping grouping;
    grouping.fields = {u"params/lr"_s}; // a group per learning rate: more rows than the tree shows when open
    grouping.enabled = true;
    experiments->setGrouping(grouping);
    QTreeView *tree = experiments->groupTree();
    tree->expandAll();
    const QModelIndex lastGroup = tree->model()->index(tree->model()->rowCount() - 1, 0);
    tree->collapse(lastGroup);
    tree->scrollToTop();
    QTest::qWait(20);
    QVERIFY(tree->verticalScrollBar()->maximum() > 0); // the last group is out of sight

    // The scatter plot or a dock selects a run: in groups mode its group opens, the run is selected and in sight.
    QSignalSpy selected(experiments, &ExperimentsView::selectedRunsChanged);
    const QString last = lastGroup.data(RunGroupModel::GroupRunIdsRole).toStringList().constLast();
    experiments->selectRun(last);
    const QModelIndex current = tree->currentIndex();
    QCOMPARE(current.data(RunTableModel::RunIdRole).toString(), last);
    QVERIFY(!current.data(RunGroupModel::IsGroupRole).toBool());
    QVERIFY(tree->isExpanded(current.parent()));
    QCOMPARE(experiments->selectedRunIds(), QStringList{last});
    QCOMPARE(experiments->currentRunId(), last);
    QVERIFY(!selected.isEmpty());
    QCOMPARE(selected.last().at(0).toStringList(), QStringList{last});
    QVERIFY(tree->viewport()->rect().contains(tree->visualRect(current)));
    QVERIFY(tree->verticalScrollBar()->value() > 0);
    QVERIFY(tree->grab().save(QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(u"select-run-in-groups.png"_s)));

    // Back to runs: that run is the table's selection.
    QTest::keyClick(demo.window(), Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(experiments->selectedRunIds(), QStringList{last});
}

QTEST_MAIN(TestGroupBy)
#include "test_groupby.moc"
