#include "models/plottablemodel.h"
#include "models/runfilterproxymodel.h"
#include "models/runtablemodel.h"
#include "plotsweep.h"
#include "runfixtures.h"
#include "views/experimentsview.h"
#include "views/mainmenus.h"
#include "views/mainwindow.h"
#include "views/parallelcoordinates.h"
#include "views/parallelcoordinatesdock.h"
#include "views/plotdocksettings.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;
using nereid::test::plotSweepRun;
using nereid::test::PlotSweepRun;
using nereid::test::PlotSweepWindow;
using nereid::test::RunFixtures;

namespace {

constexpr int Runs = 300;

QStringList shownRunIds(const QAbstractItemModel &table)
{
    QStringList ids;
    for (int row = 0; row < table.rowCount(); ++row)
        ids.append(table.index(row, 0).data(RunTableModel::RunIdRole).toString());
    ids.sort();
    return ids;
}

QStringList runIdsWhere(const std::function<bool(const PlotSweepRun &)> &keep)
{
    QStringList ids;
    for (int number = 1; number <= Runs; ++number) {
        if (keep(plotSweepRun(number)))
            ids.append(u"SWP-%1"_s.arg(number));
    }
    ids.sort();
    return ids;
}

} // namespace

// View > Parallel coordinates in the main window over a sweep of 300 runs: brushing an axis with the mouse puts its
// clause in the filter box and the table shows the runs inside it; a click on the axis takes the clause out again.
class TestParallelCoordinates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menuOpensTheDock();
    void dragOnANumericAxisFiltersTheTable();
    void dragOnCategoriesFiltersTheTable();
    void clickOnTheAxisTakesTheClauseOut();
    void clauseDeletedByHandTakesTheBrush();
    void wordSearchKeepsItsText();
    void axesFromTheComboBoxes();
    void hoverNamesTheRunAndClickSelectsIt();
    void choicesAreRememberedPerProject();

private:
    void drag(int axis, double fromFraction, double toFraction);
    int axisOf(const RunColumn &column) const { return int(m_dock->axes().indexOf(column)); }

    std::unique_ptr<PlotSweepWindow> m_sweep;
    MainWindow *m_window = nullptr;
    ParallelCoordinatesDock *m_dock = nullptr;
    ParallelCoordinates *m_plot = nullptr;
    QLineEdit *m_edit = nullptr;
    QAbstractItemModel *m_table = nullptr;
};

void TestParallelCoordinates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestParallelCoordinates::init()
{
    QSettings().clear();
    m_sweep = std::make_unique<PlotSweepWindow>();
    QVERIFY(m_sweep->open(Runs));
    m_window = m_sweep->window();
    m_window->menus()->parallelCoordinates()->trigger();
    m_dock = m_window->findChild<ParallelCoordinatesDock *>(u"parallelCoordinatesDock"_s);
    QVERIFY(m_dock);
    m_window->resizeDocks({m_dock}, {480}, Qt::Vertical);
    m_dock->setAxes({{u"params/lr"_s},
                     {u"params/batch_size"_s},
                     {u"params/optimizer"_s},
                     {u"params/dropout"_s},
                     {u"train/loss"_s},
                     {u"eval/accuracy"_s}},
                    RunColumn{u"eval/accuracy"_s});
    m_plot = m_dock->plot();
    m_edit = m_window->findChild<QLineEdit *>(u"filterEdit"_s);
    m_table = m_window->experiments()->proxy();
    QTRY_VERIFY(m_plot->height() > 300);
    QCOMPARE(m_dock->model()->rowCount(), Runs);
}

void TestParallelCoordinates::cleanup()
{
    m_window = nullptr;
    m_sweep.reset();
}

void TestParallelCoordinates::drag(int axis, double fromFraction, double toFraction)
{
    const QPoint from(qRound(m_plot->axisX(axis)), qRound(m_plot->fractionY(fromFraction)));
    const QPoint to(qRound(m_plot->axisX(axis)), qRound(m_plot->fractionY(toFraction)));
    QTest::mousePress(m_plot, Qt::LeftButton, {}, from);
    QTest::mouseMove(m_plot, (from + to) / 2);
    QTest::mouseMove(m_plot, to);
    QTest::mouseRelease(m_plot, Qt::LeftButton, {}, to);
}

void TestParallelCoordinates::menuOpensTheDock()
{
    QCOMPARE(m_window->menus()->parallelCoordinates()->shortcut(), QKeySequence(u"Ctrl+Alt+P"_s));
    QVERIFY(m_dock->isVisible());
    QCOMPARE(m_plot->axisCount(), 6);
    // Every run is a line: the lines image has the colours of the scale where the lines cross the middle.
    const QImage lines = m_plot->renderLines(m_plot->size());
    int painted = 0;
    const int x = qRound((m_plot->axisX(0) + m_plot->axisX(1)) / 2);
    for (int y = 0; y < lines.height(); ++y)
        painted += qAlpha(lines.pixel(x, y)) > 0 ? 1 : 0;
    QVERIFY2(painted > m_plot->plotRect().height() / 3, qPrintable(QString::number(painted)));
}

void TestParallelCoordinates::dragOnANumericAxisFiltersTheTable()
{
    const int axis = axisOf({u"train/loss"_s});
    drag(axis, 0.15, 0.45);
    const std::optional<PlotBrush> brush = m_plot->brush({u"train/loss"_s});
    QVERIFY(brush);
    // The brush's range is what lies between the drag's ends on the painted axis.
    QVERIFY(qAbs(brush->low - m_plot->axis(axis).valueAt(0.15)) < 0.01);
    QVERIFY(qAbs(brush->high - m_plot->axis(axis).valueAt(0.45)) < 0.01);
    QCOMPARE(m_edit->text(), brush->clause());
    QVERIFY(m_edit->text().startsWith(u"(`train/loss` >= "_s));
    const QStringList expected = runIdsWhere(
        [&](const PlotSweepRun &run) { return run.loss >= brush->low - 1e-6 && run.loss <= brush->high + 1e-6; });
    QVERIFY(expected.size() > 10 && expected.size() < Runs - 10);
    QCOMPARE(shownRunIds(*m_table), expected);
    // The brushed axis keeps its range; the plot follows the table's rows.
    QTRY_COMPARE(m_dock->model()->rowCount(), int(expected.size()));
    QVERIFY(qAbs(m_plot->axis(axis).valueAt(0.15) - brush->low) < 0.01);

    QVERIFY(m_window->grab().save(QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(u"parallel-brush.png"_s)));
}

void TestParallelCoordinates::dragOnCategoriesFiltersTheTable()
{
    const int axis = axisOf({u"params/optimizer"_s});
    // Adam, AdamW, SGD from the bottom: the lower third holds Adam alone.
    QCOMPARE(m_plot->axis(axis).categories(), (QStringList{u"Adam"_s, u"AdamW"_s, u"SGD"_s}));
    drag(axis, 0.05, 0.3);
    QCOMPARE(m_edit->text(), u"`params/optimizer` = \"Adam\""_s);
    QCOMPARE(shownRunIds(*m_table), runIdsWhere([](const PlotSweepRun &run) { return run.optimizer == u"Adam"_s; }));
    // Dragging again on the same axis replaces its clause: Adam and AdamW.
    drag(axis, 0.05, 0.55);
    QCOMPARE(m_edit->text(), u"(`params/optimizer` = \"Adam\" OR `params/optimizer` = \"AdamW\")"_s);
    QCOMPARE(shownRunIds(*m_table), runIdsWhere([](const PlotSweepRun &run) { return run.optimizer != u"SGD"_s; }));
}

void TestParallelCoordinates::clickOnTheAxisTakesTheClauseOut()
{
    const QString typed = u"params/batch_size >= 64"_s;
    m_window->experiments()->setFilterText(typed);
    const QStringList typedRuns = shownRunIds(*m_table);
    const int axis = axisOf({u"params/lr"_s});
    drag(axis, 0.5, 0.9);
    const QString clause = m_plot->brush({u"params/lr"_s})->clause();
    QCOMPARE(m_edit->text(), typed + u" AND "_s + clause);
    QVERIFY(shownRunIds(*m_table).size() < typedRuns.size());
    // A second brush, then the first one clicked away: the user's text and the second clause stay.
    drag(axisOf({u"params/dropout"_s}), 0.0, 0.5);
    const QString second = m_plot->brush({u"params/dropout"_s})->clause();
    const QPoint onAxis(qRound(m_plot->axisX(axis)), qRound(m_plot->fractionY(0.7)));
    QTest::mouseClick(m_plot, Qt::LeftButton, {}, onAxis);
    QVERIFY(!m_plot->brush({u"params/lr"_s}));
    QCOMPARE(m_edit->text(), typed + u" AND "_s + second);
    // Clear brushes: exactly what the user typed, and the rows it showed.
    m_dock->findChild<QPushButton *>(u"clearBrushes"_s)->click();
    QCOMPARE(m_edit->text(), typed);
    QCOMPARE(shownRunIds(*m_table), typedRuns);
    QVERIFY(m_plot->clauses().isEmpty());
}

void TestParallelCoordinates::clauseDeletedByHandTakesTheBrush()
{
    drag(axisOf({u"params/batch_size"_s}), 0.6, 1.0);
    QVERIFY(!m_edit->text().isEmpty());
    QVERIFY(m_plot->brush({u"params/batch_size"_s}));
    m_edit->selectAll();
    QTest::keyClick(m_edit, Qt::Key_Backspace);
    QTest::keyClick(m_edit, Qt::Key_Return);
    QVERIFY(!m_plot->brush({u"params/batch_size"_s}));
    QCOMPARE(m_table->rowCount(), Runs);
}

void TestParallelCoordinates::wordSearchKeepsItsText()
{
    m_window->experiments()->setFilterText(u"SGD"_s);
    const int shown = m_table->rowCount();
    drag(axisOf({u"train/loss"_s}), 0.2, 0.5);
    QCOMPARE(m_edit->text(), u"SGD"_s);
    QCOMPARE(m_table->rowCount(), shown);
    QVERIFY(m_plot->clauses().isEmpty());
    QVERIFY(m_dock->findChild<QLabel *>(u"plotNote"_s)->text().contains(u"word search"_s));
}

void TestParallelCoordinates::axesFromTheComboBoxes()
{
    auto *remove = m_dock->findChild<QComboBox *>(u"removeAxis"_s);
    remove->setCurrentIndex(remove->findText(u"params/dropout"_s));
    m_dock->findChild<QPushButton *>(u"removeAxisButton"_s)->click();
    QCOMPARE(m_plot->axisCount(), 5);
    QCOMPARE(axisOf({u"params/dropout"_s}), -1);
    auto *add = m_dock->findChild<QComboBox *>(u"addAxis"_s);
    const int minLoss = add->findText(u"train/loss (min)"_s);
    QVERIFY(minLoss >= 0);
    add->setCurrentIndex(minLoss);
    m_dock->findChild<QPushButton *>(u"addAxisButton"_s)->click();
    QCOMPARE(m_plot->axisCount(), 6);
    QCOMPARE(m_dock->axes().last(), (RunColumn{u"train/loss"_s, SeriesAggregate::Min}));
    // Tags and texts are no axes.
    QCOMPARE(add->findText(u"tags"_s), -1);
}

void TestParallelCoordinates::hoverNamesTheRunAndClickSelectsIt()
{
    // A run whose painted line, halfway between two axes, has no other line within 12 pixels above or below.
    const QList<QPointF> points = m_plot->linePoints(m_plot->size());
    const int axes = m_plot->axisCount();
    const int rows = m_dock->model()->rowCount();
    const auto middle = [&](int row, int gap) { return (points[row * axes + gap] + points[row * axes + gap + 1]) / 2; };
    int row = -1;
    QPointF at;
    for (int gap = 0; gap < axes - 1 && row < 0; ++gap) {
        for (int candidate = 0; candidate < rows && row < 0; ++candidate) {
            const QPointF here = middle(candidate, gap);
            bool alone = m_plot->plotRect().adjusted(0, 20, 0, -20).contains(here);
            for (int other = 0; alone && other < rows; ++other)
                alone = other == candidate || !(std::abs(middle(other, gap).y() - here.y()) <= 12);
            if (alone) {
                row = candidate;
                at = here;
            }
        }
    }
    QVERIFY(row >= 0);
    const QString runId = m_dock->model()->runId(row);

    // Hovering a few pixels beside the line names the run; away from every line, nothing.
    QTest::mouseMove(m_plot, (at + QPointF(0, 3)).toPoint());
    QTRY_VERIFY(m_plot->hoverText().startsWith(runId + u' '));
    QVERIFY(m_plot->hoverText().contains(u"eval/accuracy: "_s));
    QTest::mouseMove(m_plot, QPoint(m_plot->width() / 2, 5));
    QTRY_VERIFY(m_plot->hoverText().isEmpty());

    // A click on the line selects the run in the table, and only it.
    QTest::mouseClick(m_plot, Qt::LeftButton, {}, at.toPoint());
    QItemSelectionModel *selection = m_window->experiments()->table()->selectionModel();
    const QModelIndexList selected = selection->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(RunTableModel::RunIdRole).toString(), runId);
    QCOMPARE(selection->currentIndex().data(RunTableModel::RunIdRole).toString(), runId);
    // A click beside every line leaves the selection as it is; no brush was made either.
    QTest::mouseClick(m_plot, Qt::LeftButton, {}, QPoint(m_plot->width() / 2, 5));
    QCOMPARE(selection->selectedRows().size(), 1);
    QVERIFY(m_plot->clauses().isEmpty());
    QVERIFY(m_edit->text().isEmpty());

    QTest::mouseMove(m_plot, (at + QPointF(0, 3)).toPoint());
    QTRY_VERIFY(!m_plot->hoverText().isEmpty());
    QVERIFY(m_plot->grab().save(QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(u"parallel-hover.png"_s)));
}

void TestParallelCoordinates::choicesAreRememberedPerProject()
{
    // The user takes the dropout axis away and colours by the loss, with the dock's controls.
    auto *remove = m_dock->findChild<QComboBox *>(u"removeAxis"_s);
    remove->setCurrentIndex(remove->findText(u"params/dropout"_s));
    m_dock->findChild<QPushButton *>(u"removeAxisButton"_s)->click();
    auto *colorBy = m_dock->findChild<QComboBox *>(u"colorBy"_s);
    const int loss = colorBy->findText(u"train/loss"_s);
    QVERIFY(loss > 0);
    colorBy->setCurrentIndex(loss - 1);
    colorBy->setFocus();
    QTest::keyClick(colorBy, Qt::Key_Down); // as the user picks it: activated()
    QCOMPARE(colorBy->currentText(), u"train/loss"_s);
    const QList<RunColumn> axes{
        {u"params/lr"_s}, {u"params/batch_size"_s}, {u"params/optimizer"_s}, {u"train/loss"_s}, {u"eval/accuracy"_s}};
    QCOMPARE(m_dock->axes(), axes);

    // Closed and opened again: the same plot.
    m_dock->close();
    m_window->menus()->parallelCoordinates()->trigger();
    QCOMPARE(m_dock->axes(), axes);

    // The app started again: the new dock shows the same axes, coloured by the loss.
    QVERIFY(m_sweep->reopen());
    m_window = m_sweep->window();
    m_window->menus()->parallelCoordinates()->trigger();
    auto *dock = m_window->findChild<ParallelCoordinatesDock *>(u"parallelCoordinatesDock"_s);
    QVERIFY(dock && dock != m_dock);
    m_dock = dock;
    QCOMPARE(dock->axes(), axes);
    QCOMPARE(dock->plot()->axisCount(), 5);
    QCOMPARE(dock->findChild<QComboBox *>(u"colorBy"_s)->currentText(), u"train/loss"_s);
    // Per project: another project's dock starts from its defaults.
    QCOMPARE(PlotDockSettings::parallel(RunFixtures::Project)->axes, axes);
    QVERIFY(!PlotDockSettings::parallel(u"team/other"_s));
}

QTEST_MAIN(TestParallelCoordinates)
#include "test_parallelcoordinates.moc"
