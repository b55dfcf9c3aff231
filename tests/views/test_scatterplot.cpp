#include "models/plottablemodel.h"
#include "models/runfilterproxymodel.h"
#include "models/rungroupmodel.h"
#include "models/runtablemodel.h"
#include "plotsweep.h"
#include "runfixtures.h"
#include "views/experimentsview.h"
#include "views/mainmenus.h"
#include "views/mainwindow.h"
#include "views/plotdocksettings.h"
#include "views/scatterplot.h"
#include "views/scatterplotdock.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;
using nereid::test::plotSweepRun;
using nereid::test::PlotSweepWindow;
using nereid::test::RunFixtures;

namespace {

constexpr int Runs = 300;

} // namespace

// View > Scatter plot in the main window over a sweep of 300 runs: hovering names a run, a click selects it in the
// table, a rubber band or a lasso selects the runs inside, and the axes can be logarithmic.
class TestScatterPlot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hoverNamesTheRun();
    void clickSelectsTheRunInTheTable();
    void rubberBandSelectsTheRunsInside();
    void lassoSelectsTheRunsInside();
    void logAxes();
    void followsTheFilter();
    void selectsInGroupsMode();
    void choicesAreRememberedPerProject();

private:
    // A run whose point no other point is near, so the mouse on it means it.
    int isolatedRow() const;
    QStringList selectedRunIds() const;

    std::unique_ptr<PlotSweepWindow> m_sweep;
    MainWindow *m_window = nullptr;
    ScatterPlotDock *m_dock = nullptr;
    ScatterPlot *m_plot = nullptr;
};

void TestScatterPlot::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestScatterPlot::init()
{
    QSettings().clear();
    m_sweep = std::make_unique<PlotSweepWindow>();
    QVERIFY(m_sweep->open(Runs));
    m_window = m_sweep->window();
    m_window->menus()->scatterPlot()->trigger();
    m_dock = m_window->findChild<ScatterPlotDock *>(u"scatterPlotDock"_s);
    QVERIFY(m_dock);
    m_window->resizeDocks({m_dock}, {520}, Qt::Vertical);
    m_dock->setColumns({u"params/lr"_s}, {u"train/loss"_s}, RunColumn{u"params/optimizer"_s});
    m_plot = m_dock->plot();
    QTRY_VERIFY(m_plot->height() > 350);
    QCOMPARE(m_dock->model()->rowCount(), Runs);
    QCOMPARE(m_dock->model()->plotColumns().size(), 3);
}

void TestScatterPlot::cleanup()
{
    m_window = nullptr;
    m_sweep.reset();
}

int TestScatterPlot::isolatedRow() const
{
    for (int row = 0; row < m_dock->model()->rowCount(); ++row) {
        const QPointF at = m_plot->pointOf(row);
        bool alone = m_plot->plotRect().adjusted(20, 60, -20, -20).contains(at);
        for (int other = 0; alone && other < m_dock->model()->rowCount(); ++other)
            alone = other == row || QLineF(at, m_plot->pointOf(other)).length() > 12;
        if (alone)
            return row;
    }
    return -1;
}

QStringList TestScatterPlot::selectedRunIds() const
{
    QStringList ids = m_window->experiments()->selectedRunIds();
    ids.sort();
    return ids;
}

void TestScatterPlot::hoverNamesTheRun()
{
    QCOMPARE(m_window->menus()->scatterPlot()->shortcut(), QKeySequence(u"Ctrl+Alt+S"_s));
    const int row = isolatedRow();
    QVERIFY(row >= 0);
    QTest::mouseMove(m_plot, m_plot->pointOf(row).toPoint());
    const QString id = m_dock->model()->runId(row);
    const int number = id.mid(4).toInt();
    QVERIFY2(m_plot->hoverText().startsWith(id + u" · "_s + plotSweepRun(number).optimizer),
             qPrintable(m_plot->hoverText()));
    QVERIFY(m_plot->hoverText().contains(u"train/loss: "_s));
    QTest::mouseMove(m_plot, m_plot->plotRect().topLeft().toPoint() + QPoint(2, 2));
    QVERIFY(m_plot->hoverText().isEmpty());
}

void TestScatterPlot::clickSelectsTheRunInTheTable()
{
    m_dock->findChild<QCheckBox *>(u"scatterLogX"_s)->setChecked(true); // learning rates read on a log axis
    const int row = isolatedRow();
    QVERIFY(row >= 0);
    const QString id = m_dock->model()->runId(row);
    QTest::mouseClick(m_plot, Qt::LeftButton, {}, m_plot->pointOf(row).toPoint());
    QCOMPARE(selectedRunIds(), QStringList{id});
    QCOMPARE(m_window->experiments()->currentRunId(), id);
    // The table's selection is ringed on the plot, and grabbed for a look with the name of the run hovered.
    QTest::mouseMove(m_plot, m_plot->pointOf(row).toPoint());
    QVERIFY(m_window->grab().save(QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(u"scatter.png"_s)));
}

void TestScatterPlot::rubberBandSelectsTheRunsInside()
{
    // Learning rates from 1e-4 to 1e-2 with a loss under 0.3, as positions on the painted axes.
    m_dock->findChild<QCheckBox *>(u"scatterLogX"_s)->setChecked(true);
    const QPoint from = m_plot->position(1e-4, 0.3).toPoint();
    const QPoint to = m_plot->position(1e-2, 0.0).toPoint();
    QTest::mousePress(m_plot, Qt::LeftButton, {}, from);
    QTest::mouseMove(m_plot, (from + to) / 2);
    QTest::mouseMove(m_plot, to);
    QTest::mouseRelease(m_plot, Qt::LeftButton, {}, to);
    QStringList expected;
    int nearEdge = 0;
    for (int number = 1; number <= Runs; ++number) {
        const auto run = plotSweepRun(number);
        if (run.lr >= 1e-4 && run.lr <= 1e-2 && run.loss <= 0.3)
            expected.append(u"SWP-%1"_s.arg(number));
        nearEdge +=
            qAbs(run.loss - 0.3) < 0.002 || qAbs(std::log10(run.lr) + 4) < 0.01 || qAbs(std::log10(run.lr) + 2) < 0.01;
    }
    expected.sort();
    QVERIFY(expected.size() > 20);
    const QStringList selected = selectedRunIds();
    // A point within a pixel of the band's edge may fall either side of it.
    QVERIFY2(qAbs(selected.size() - expected.size()) <= nearEdge,
             qPrintable(u"%1 selected, %2 expected"_s.arg(selected.size()).arg(expected.size())));
    int same = 0;
    for (const QString &id : selected)
        same += expected.contains(id) ? 1 : 0;
    QVERIFY(same >= expected.size() - nearEdge);
}

void TestScatterPlot::lassoSelectsTheRunsInside()
{
    // A triangle drawn with Ctrl held, over the plot's lower left.
    const QRectF plot = m_plot->plotRect();
    const QList<QPoint> corners{plot.bottomLeft().toPoint() + QPoint(2, -2),
                                QPoint(int(plot.center().x()), int(plot.bottom()) - 2),
                                QPoint(int(plot.left()) + 2, int(plot.center().y()))};
    QTest::mousePress(m_plot, Qt::LeftButton, Qt::ControlModifier, corners[0]);
    for (const QPoint &corner : corners.mid(1))
        QTest::mouseMove(m_plot, corner);
    QTest::mouseRelease(m_plot, Qt::LeftButton, Qt::ControlModifier, corners[0]);
    const QPolygonF lasso(QList<QPointF>{corners[0], corners[1], corners[2]});
    QStringList expected;
    for (int row = 0; row < m_dock->model()->rowCount(); ++row) {
        if (lasso.containsPoint(m_plot->pointOf(row), Qt::OddEvenFill))
            expected.append(m_dock->model()->runId(row));
    }
    expected.sort();
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < Runs - 10); // some runs are outside it
    QCOMPARE(selectedRunIds(), expected);
}

void TestScatterPlot::logAxes()
{
    QVERIFY(!m_plot->xAxis().isLog());
    QTest::keyClick(m_dock->findChild<QCheckBox *>(u"scatterLogX"_s), Qt::Key_Space);
    QVERIFY(m_plot->xAxis().isLog());
    // Each decade takes the same width on a log axis.
    const double decade1 = m_plot->position(1e-3, 0.2).x() - m_plot->position(1e-4, 0.2).x();
    const double decade2 = m_plot->position(1e-1, 0.2).x() - m_plot->position(1e-2, 0.2).x();
    QVERIFY(decade1 > 50);
    QVERIFY(qAbs(decade1 - decade2) < 1);
    QCOMPARE(m_plot->xAxis().ticks().first(), 1e-5);
    QVERIFY(!m_plot->yAxis().isLog());
    m_dock->findChild<QCheckBox *>(u"scatterLogY"_s)->setChecked(true);
    QVERIFY(m_plot->yAxis().isLog());
}

void TestScatterPlot::followsTheFilter()
{
    m_window->experiments()->setFilterText(u"params/optimizer = SGD"_s);
    QTRY_VERIFY(m_dock->model()->rowCount() < Runs);
    QCOMPARE(m_dock->model()->rowCount(), m_window->experiments()->proxy()->rowCount());
    for (int row = 0; row < m_dock->model()->rowCount(); ++row)
        QCOMPARE(m_dock->model()->index(row, 2).data().toString(), u"SGD"_s);
}

// Groups mode: a click on a point selects its run in the group tree (its group opened, the run in sight), and a
// group selected in the tree has its runs ringed on the plot (the plot draws the table's selection).
void TestScatterPlot::selectsInGroupsMode()
{
    ExperimentsView *experiments = m_window->experiments();
    RunGrouping grouping;
    grouping.fields = {u"params/optimizer"_s};
    grouping.enabled = true;
    experiments->setGrouping(grouping);
    QTreeView *tree = experiments->groupTree();
    QVERIFY(tree->isVisible());
    QSignalSpy selected(experiments, &ExperimentsView::selectedRunsChanged);
    const int row = isolatedRow();
    QVERIFY(row >= 0);
    const QString id = m_dock->model()->runId(row);
    QTest::mouseClick(m_plot, Qt::LeftButton, {}, m_plot->pointOf(row).toPoint());
    QCOMPARE(selectedRunIds(), QStringList{id});
    QVERIFY(!selected.isEmpty());
    QCOMPARE(selected.last().at(0).toStringList(), QStringList{id});
    const QModelIndex current = tree->currentIndex();
    QCOMPARE(current.data(RunTableModel::RunIdRole).toString(), id);
    QVERIFY(tree->isExpanded(current.parent()));
    QVERIFY(tree->viewport()->rect().contains(tree->visualRect(current)));
    QCOMPARE(experiments->currentRunId(), id);
    QCOMPARE(tree->selectionModel()->selectedRows().size(), 1);

    // A group selected in the tree: its runs are the table's selection, which the plot rings.
    const QModelIndex group = tree->model()->index(0, 0);
    const int size = group.data(RunGroupModel::GroupSizeRole).toInt();
    QVERIFY(size > 10 && size < Runs);
    tree->setFocus();
    tree->setCurrentIndex(group);
    QCOMPARE(experiments->table()->selectionModel()->selectedRows().size(), size);
    QCOMPARE(selectedRunIds().size(), size);
    QVERIFY(m_window->grab().save(QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(u"scatter-groups.png"_s)));

    // Back to runs: the group's runs stay selected.
    experiments->groupsAction()->trigger();
    QVERIFY(experiments->table()->isVisible());
    QCOMPARE(selectedRunIds().size(), size);
}

void TestScatterPlot::choicesAreRememberedPerProject()
{
    // Batch size across, accuracy up on a log axis, coloured by dropout.
    m_dock->setColumns({u"params/batch_size"_s}, {u"eval/accuracy"_s}, RunColumn{u"params/dropout"_s});
    m_dock->findChild<QCheckBox *>(u"scatterLogY"_s)->click();
    const QList<RunColumn> columns{{u"params/batch_size"_s}, {u"eval/accuracy"_s}, {u"params/dropout"_s}};
    QCOMPARE(m_dock->model()->plotColumns(), columns);
    QVERIFY(m_plot->yAxis().isLog());

    // The app started again: the new dock shows the same plot.
    QVERIFY(m_sweep->reopen());
    m_window = m_sweep->window();
    m_window->menus()->scatterPlot()->trigger();
    auto *dock = m_window->findChild<ScatterPlotDock *>(u"scatterPlotDock"_s);
    QVERIFY(dock && dock != m_dock);
    m_dock = dock;
    m_plot = dock->plot();
    QCOMPARE(dock->model()->plotColumns(), columns);
    QCOMPARE(dock->findChild<QComboBox *>(u"scatterX"_s)->currentText(), u"params/batch_size"_s);
    QCOMPARE(dock->findChild<QComboBox *>(u"scatterColor"_s)->currentText(), u"params/dropout"_s);
    QVERIFY(dock->findChild<QCheckBox *>(u"scatterLogY"_s)->isChecked());
    QVERIFY(!dock->findChild<QCheckBox *>(u"scatterLogX"_s)->isChecked());
    QVERIFY(m_plot->yAxis().isLog());
    QVERIFY(!m_plot->xAxis().isLog());
    // Per project: another project's dock starts from its defaults.
    QCOMPARE(PlotDockSettings::scatter(RunFixtures::Project)->color, RunColumn{u"params/dropout"_s}.key());
    QVERIFY(!PlotDockSettings::scatter(u"team/other"_s));
}

QTEST_MAIN(TestScatterPlot)
#include "test_scatterplot.moc"
