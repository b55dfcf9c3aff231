// The dashboard of charts (issue 17, item 7) over a real cache file: cards in sections by namespace, "Auto charts"
// (a card per float series of the shown runs), panels only for the cards near the viewport, sections collapsed,
// cards reordered and resized with the mouse, and the whole state through viewState()/setViewState() and QSettings.
#include "models/sessionmodels.h"
#include "runfixtures.h"
#include "views/chartarea.h"
#include "views/chartcanvas.h"
#include "views/chartlines.h"
#include "views/chartpanel.h"
#include "views/charttoolbar.h"
#include "views/dashboardview.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {

const QString Run1 = u"SWP-1"_s, Run2 = u"SWP-2"_s, Project = u"team/sweep"_s;
constexpr int ManyPaths = 120; // "layers/w000" ... of run 1

QList<FloatPoint> curve(int offset)
{
    QList<FloatPoint> points;
    for (int step = 0; step < 50; ++step)
        points.append({double(step), 1.0 / (1 + step * 0.1) + offset * 0.01, 1.7e9 + step});
    return points;
}

QString layer(int index)
{
    return u"layers/w%1"_s.arg(index, 3, 10, QChar(u'0'));
}

// Every ChartPanel that is alive and not put aside for another card, once those let go are deleted.
qsizetype livePanels(const ChartArea &area)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    qsizetype live = 0;
    for (ChartPanel *panel : area.findChildren<ChartPanel *>())
        live += area.dashboard()->sparePanels().contains(panel) ? 0 : 1;
    return live;
}

// Whether the panel's title reads `path` (the label the user sees above the chart).
bool titled(const ChartPanel &panel, const QString &path)
{
    for (const QLabel *label : panel.toolBar()->findChildren<QLabel *>())
        if (label->text() == path)
            return true;
    return false;
}

// The first y of the run's line as the panel draws it: each layer's curve starts at its own height.
double firstY(ChartPanel &panel, const QString &runId)
{
    panel.drawNow();
    const ChartTrace *trace = panel.lines()->trace(runId);
    return trace && !trace->raw.isEmpty() ? trace->raw.first().y() : qQNaN();
}

// Turns the event loop until every card in sight has its panel.
bool filled(const ChartArea &area)
{
    const DashboardView *view = area.dashboard();
    return QTest::qWaitFor([&] {
        const QRect sight = view->viewport()->rect().translated(0, view->verticalScrollBar()->value());
        for (qsizetype card : view->dashboardLayout().cardsIn(sight))
            if (!view->panels().contains(area.dashboardState().cards().at(card).path))
                return false;
        return true;
    });
}

// A drag with the left button on the viewport, as a hand does it: pressed, moved halfway (past the drag distance),
// moved on and released at `to`.
void drag(QWidget *viewport, QPoint from, QPoint to)
{
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, from + (to - from) / 2);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

// Where a card's title strip (its drag handle) is on the viewport.
QPoint titleOf(const ChartArea &area, const QString &path)
{
    const QRect card = area.dashboard()->cardRectInViewport(area.dashboardState().indexOf(path));
    return QPoint(card.center().x(), card.top() + 6);
}

// A card per float series of one run (Auto charts), shown in a 900 x 700 window; false if it could not be shown.
bool showAutoCharts(ChartArea &area)
{
    area.setProject(Project);
    area.setRuns({Run1});
    area.resize(900, 700);
    area.show();
    if (!QTest::qWaitForWindowExposed(&area))
        return false;
    area.setAutoCharts(true);
    return true;
}

// Four cards of one run, three to a row, in two sections and a third: the moves and sizes tests' dashboard, shown.
void showFourCards(ChartArea &area)
{
    area.setProject(Project);
    area.setRuns({Run1});
    area.setColumns(3);
    for (const QString &path : {u"train/loss"_s, u"train/accuracy"_s, u"val/loss"_s, layer(0)})
        area.addChart(path);
    area.resize(1200, 900);
    area.show();
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cardsAreInSectionsByNamespace();
    void autoChartsAddACardPerFloatSeriesOfTheShownRuns();
    void onlyCardsNearTheViewportHavePanels();
    void aPanelScrolledAwayShowsTheCardComingIn();
    void aSectionCollapses();
    void aCardIsMovedByDraggingItsTitle();
    void aCardIsResizedByDraggingBelowIt();
    void theKeyboardMovesTheFocusFoldsSectionsAndMovesAndSizesCards();
    void theStateRoundTripsThroughViewStateAndSettings();
    void aBadViewStateChangesNothing();

private:
    RunFixtures m_fixtures;
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"nereid-tests"_s);
    QCoreApplication::setApplicationName(u"test_dashboard"_s);
    QVERIFY(m_fixtures.open());
    QJsonObject first{{u"train/loss"_s, RunFixtures::floatSeries(50, 0, 0, 1)},
                      {u"train/accuracy"_s, RunFixtures::floatSeries(50, 0, 0, 1)},
                      {u"val/loss"_s, RunFixtures::floatSeries(50, 0, 0, 1)},
                      {u"train/log"_s, RunFixtures::stringSeries(3, u"done"_s)}};
    for (int i = 0; i < ManyPaths; ++i)
        first.insert(layer(i), RunFixtures::floatSeries(50, 0, 0, 1));
    const QJsonObject second{{u"train/loss"_s, RunFixtures::floatSeries(50, 0, 0, 1)},
                             {u"sys/gpu"_s, RunFixtures::floatSeries(50, 0, 0, 1)}};
    QVERIFY(m_fixtures.apply({RunFixtures::run(1, {}, first), RunFixtures::run(2, {}, second)}));
    for (auto it = first.begin(); it != first.end(); ++it)
        if (it.key() != u"train/log"_s && !it.key().startsWith(u"layers/"_s))
            QVERIFY(m_fixtures.cache().appendPoints(Run1, it.key(), curve(1)));
    for (int i = 0; i < ManyPaths; ++i) // a curve of its own each, starting at 1 + i / 100
        QVERIFY(m_fixtures.cache().appendPoints(Run1, layer(i), curve(i)));
    QVERIFY(m_fixtures.cache().appendPoints(Run2, u"train/loss"_s, curve(2)));
    QVERIFY(m_fixtures.cache().appendPoints(Run2, u"sys/gpu"_s, curve(2)));
}

void TestDashboard::init()
{
    QSettings().clear();
}

void TestDashboard::cardsAreInSectionsByNamespace()
{
    SessionModels models(m_fixtures.cache());
    ChartArea area(models);
    area.setProject(Project);
    area.setRuns({Run1});
    for (const QString &path : {u"val/loss"_s, u"train/loss"_s, u"train/accuracy"_s})
        area.addChart(path);
    area.resize(900, 1200);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    const DashboardLayout &layout = area.dashboard()->dashboardLayout();
    QCOMPARE(layout.sections().size(), 2);
    QCOMPARE(layout.sections()[0].name, u"train"_s); // by name
    QCOMPARE(layout.sections()[1].name, u"val"_s);
    QCOMPARE(area.dashboard()->headerText(0), u"train (2 charts)"_s); // as English reads
    QCOMPARE(area.dashboard()->headerText(1), u"val (1 chart)"_s);
    const QRect loss = layout.cardRect(area.dashboardState().indexOf(u"train/loss"_s));
    const QRect accuracy = layout.cardRect(area.dashboardState().indexOf(u"train/accuracy"_s));
    const QRect val = layout.cardRect(area.dashboardState().indexOf(u"val/loss"_s));
    QCOMPARE(loss.top(), accuracy.top()); // side by side, in the order they were added
    QVERIFY(loss.right() < accuracy.left());
    QVERIFY(layout.sections()[0].header.bottom() < loss.top());
    QVERIFY(loss.bottom() < layout.sections()[1].header.top());
    QVERIFY(layout.sections()[1].header.bottom() < val.top());
    QVERIFY(filled(area));
    auto *panel = qobject_cast<ChartPanel *>(area.panel(u"val/loss"_s));
    QVERIFY(panel);
    QCOMPARE(panel->geometry(), DashboardLayout::chartRect(val)); // not scrolled: content and viewport agree
    // The chart fills its card down to the card's edge: no empty line below the plot.
    QVERIFY(panel->canvas()->geometry().bottom() >= panel->height() - 2);
    QCOMPARE(panel->model().runIds(), QStringList{Run1});
}

void TestDashboard::autoChartsAddACardPerFloatSeriesOfTheShownRuns()
{
    SessionModels models(m_fixtures.cache());
    ChartArea area(models);
    area.setProject(Project);
    area.addChart(u"train/log"_s); // the user's own card stays
    area.setRuns({Run2});
    QSignalSpy changed(&area, &ChartArea::chartsChanged);
    area.autoChartsAction()->trigger();
    QVERIFY(area.autoCharts());
    QCOMPARE(area.paths(), (QStringList{u"train/log"_s, u"sys/gpu"_s, u"train/loss"_s}));
    QCOMPARE(changed.size(), 1);
    area.setRuns({Run1, Run2}); // follows the shown runs: the string series gets no card of its own
    QCOMPARE(area.paths().size(), 1 + 4 + ManyPaths);
    QVERIFY(area.paths().contains(u"val/loss"_s));
    QVERIFY(area.paths().contains(layer(ManyPaths - 1)));
    QCOMPARE(area.paths().count(u"train/log"_s), 1);
    area.setRuns({Run2});
    QCOMPARE(area.paths(), (QStringList{u"train/log"_s, u"sys/gpu"_s, u"train/loss"_s}));
    area.show();
    QVERIFY(QTest::qWaitForWindowActive(&area));
    QTest::keyClick(&area, Qt::Key_A, Qt::AltModifier); // its mnemonic: off, the automatic cards go
    QTRY_VERIFY(!area.autoCharts());                    // the button's click is animated
    QCOMPARE(area.paths(), QStringList{u"train/log"_s});
}

void TestDashboard::onlyCardsNearTheViewportHavePanels()
{
    SessionModels models(m_fixtures.cache());
    ChartArea area(models);
    QVERIFY(showAutoCharts(area));
    QCOMPARE(area.paths().size(), 3 + ManyPaths);
    QVERIFY(filled(area));
    QTest::qWait(50); // the margin's panels, one per turn of the event loop
    const qsizetype atTop = livePanels(area);
    QVERIFY2(atTop >= 2 && atTop <= 12, qPrintable(QString::number(atTop)));
    QVERIFY(area.dashboard()->panels().contains(layer(0))); // "layers" is the first section
    QVERIFY(!area.dashboard()->panels().contains(layer(ManyPaths - 1)));

    QScrollBar *bar = area.dashboard()->verticalScrollBar();
    for (int step = 0; step < 40; ++step) { // the user scrolls down, 40 steps
        bar->setValue(bar->value() + 6 * bar->singleStep());
        QCoreApplication::processEvents();
    }
    QVERIFY(filled(area));
    QTest::qWait(50);
    QVERIFY(livePanels(area) <= 12);
    QVERIFY(!area.dashboard()->panels().contains(layer(0))); // scrolled away: gone, and its model with it
    const DashboardLayout &layout = area.dashboard()->dashboardLayout();
    const QList<qsizetype> inSight = layout.cardsIn(area.dashboard()->viewport()->rect().translated(0, bar->value()));
    QVERIFY(!inSight.isEmpty());
    const QString shown = area.dashboardState().cards().at(inSight.first()).path;
    auto *panel = qobject_cast<ChartPanel *>(area.dashboard()->panels().value(shown));
    QVERIFY(panel);
    QCOMPARE(panel->path(), shown);
    QCOMPARE(panel->model().runIds(), QStringList{Run1});
    QCOMPARE(panel->geometry(), DashboardLayout::chartRect(area.dashboard()->cardRectInViewport(inSight.first())));
    QVERIFY(panel->isVisible());

    QTest::qWait(100);
    QVERIFY(area.grab().save(QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(u"test-dashboard-scrolled.png"_s)));
    bar->setValue(bar->maximum()); // a jump: one panel made at once, the others placeholders for a moment
    QCOMPARE(livePanels(area), 1);
    QVERIFY(
        area.grab().save(QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(u"test-dashboard-placeholders.png"_s)));
    QVERIFY(filled(area));
}

// The panels of cards scrolled away are re-targeted to the cards coming in: each shows its own card's title, line
// and settings, however often the user scrolls back and forth, and nothing of the card it showed before.
void TestDashboard::aPanelScrolledAwayShowsTheCardComingIn()
{
    SessionModels models(m_fixtures.cache());
    ChartArea area(models);
    QVERIFY(showAutoCharts(area));
    QVERIFY(filled(area));
    auto *first = qobject_cast<ChartPanel *>(area.dashboard()->panels().value(layer(0)));
    QVERIFY(first);
    first->toolBar()->setLogY(true); // the user's setting of layer 0's card, and of no other
    const QPointer<ChartPanel> reused(first);

    QScrollBar *bar = area.dashboard()->verticalScrollBar();
    for (int round = 0; round < 2; ++round) {
        for (int step = 0; step < 20; ++step) { // down, 20 steps of 3 lines
            bar->setValue(bar->value() + 3 * bar->singleStep());
            QCoreApplication::processEvents();
        }
        QVERIFY(filled(area));
        QTest::qWait(50);
        QVERIFY(!area.dashboard()->panels().contains(layer(0)));
        QVERIFY(area.findChildren<ChartPanel *>().size() <= livePanels(area) + DashboardView::SparePanels);
        for (auto it = area.dashboard()->panels().begin(); it != area.dashboard()->panels().end(); ++it) {
            auto *panel = qobject_cast<ChartPanel *>(it.value());
            QVERIFY(panel);
            const int index = it.key().mid(8).toInt(); // "layers/w042"
            QCOMPARE(panel->path(), it.key());
            QVERIFY2(titled(*panel, it.key()), qPrintable(it.key()));
            QCOMPARE(panel->model().runIds(), QStringList{Run1});
            QCOMPARE(firstY(*panel, Run1), 1 + index * 0.01);
            QVERIFY(!panel->toolBar()->logY()); // not layer 0's setting
            QVERIFY(panel->isVisible());
        }
        QVERIFY(reused); // layer 0's panel went on to another card rather than being deleted and made again
        QVERIFY(reused->path() != layer(0));
        bar->setValue(0); // and back up
        QVERIFY(filled(area));
        auto *back = qobject_cast<ChartPanel *>(area.dashboard()->panels().value(layer(0)));
        QVERIFY(back);
        QVERIFY(titled(*back, layer(0)));
        QCOMPARE(firstY(*back, Run1), 1.0);
        QVERIFY(back->toolBar()->logY()); // its own setting came back with it
        QVERIFY(back->model().logY());
    }
}

void TestDashboard::aSectionCollapses()
{
    SessionModels models(m_fixtures.cache());
    ChartArea area(models);
    area.setProject(Project);
    area.setRuns({Run1});
    for (const QString &path : {u"train/loss"_s, u"train/accuracy"_s, u"val/loss"_s})
        area.addChart(path);
    area.resize(900, 1000);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QVERIFY(filled(area));
    const DashboardLayout *layout = &area.dashboard()->dashboardLayout();
    const int valHeaderBefore = layout->sections()[1].header.top();
    QTest::mouseClick(area.dashboard()->viewport(), Qt::LeftButton, {}, layout->sections()[0].header.center());
    QVERIFY(area.dashboardState().isCollapsed(u"train"_s));
    QVERIFY(layout->sections()[0].collapsed);
    QVERIFY(layout->cardRect(area.dashboardState().indexOf(u"train/loss"_s)).isEmpty());
    QVERIFY(layout->sections()[1].header.top() < valHeaderBefore - 300); // val moved up where train's cards were
    QVERIFY(!area.dashboard()->panels().contains(u"train/loss"_s));
    QCOMPARE(livePanels(area), 1);
    QVERIFY(QSettings().value(ChartArea::dashboardKey(Project)).toByteArray().contains("\"train\""));
    QTest::mouseClick(area.dashboard()->viewport(), Qt::LeftButton, {}, layout->sections()[0].header.center());
    QVERIFY(!area.dashboardState().isCollapsed(u"train"_s));
    QCOMPARE(layout->sections()[1].header.top(), valHeaderBefore);

    auto *menu = area.findChild<QMenu *>(); // the keyboard's way: Sections, a checked entry per shown section
    QVERIFY(menu);
    emit menu->aboutToShow();
    QAction *val = nullptr;
    for (QAction *action : menu->actions())
        val = action->text() == u"val"_s ? action : val;
    QVERIFY(val && val->isChecked());
    val->trigger();
    QVERIFY(area.dashboardState().isCollapsed(u"val"_s));
    QVERIFY(layout->cardRect(area.dashboardState().indexOf(u"val/loss"_s)).isEmpty());
}

void TestDashboard::aCardIsMovedByDraggingItsTitle()
{
    SessionModels models(m_fixtures.cache());
    ChartArea area(models);
    showFourCards(area);
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QWidget *viewport = area.dashboard()->viewport();
    const QRect lossBefore = area.dashboard()->cardRectInViewport(area.dashboardState().indexOf(u"train/loss"_s));
    drag(viewport, titleOf(area, u"train/loss"_s), titleOf(area, u"train/accuracy"_s));
    QCOMPARE(area.paths(), (QStringList{u"train/accuracy"_s, u"train/loss"_s, u"val/loss"_s, layer(0)}));
    QCOMPARE(area.dashboard()->cardRectInViewport(area.dashboardState().indexOf(u"train/accuracy"_s)), lossBefore);
    // Not into another section: dropped on val/loss, nothing moves.
    drag(viewport, titleOf(area, u"train/loss"_s), titleOf(area, u"val/loss"_s));
    QCOMPARE(area.paths(), (QStringList{u"train/accuracy"_s, u"train/loss"_s, u"val/loss"_s, layer(0)}));
    QVERIFY(QSettings().value(ChartArea::dashboardKey(Project)).toByteArray().indexOf("train/accuracy") <
            QSettings().value(ChartArea::dashboardKey(Project)).toByteArray().indexOf("train/loss"));
}

void TestDashboard::aCardIsResizedByDraggingBelowIt()
{
    SessionModels models(m_fixtures.cache());
    ChartArea area(models);
    area.setProject(Project);
    area.setRuns({Run1});
    area.setColumns(1);
    area.addChart(u"train/loss"_s);
    area.addChart(u"train/accuracy"_s);
    area.resize(900, 1000);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QVERIFY(filled(area));
    QWidget *viewport = area.dashboard()->viewport();
    const qsizetype loss = area.dashboardState().indexOf(u"train/loss"_s);
    const QRect before = area.dashboard()->cardRectInViewport(loss);
    const int nextTop = area.dashboard()->cardRectInViewport(loss + 1).top();
    const QPoint band(before.center().x(), before.bottom() + DashboardLayout::Spacing / 2);
    drag(viewport, band, band + QPoint(0, 60));
    const QRect after = area.dashboard()->cardRectInViewport(loss);
    QVERIFY2(std::abs(after.height() - (before.height() + 60)) <= DashboardLayout::Spacing,
             qPrintable(QString::number(after.height())));
    QCOMPARE(area.dashboard()->cardRectInViewport(loss + 1).top(), nextTop + after.height() - before.height());
    QCOMPARE(area.dashboard()->panels().value(u"train/loss"_s)->height(),
             after.height() - DashboardLayout::CardTitleHeight);
    QCOMPARE(area.dashboardState().cards().at(loss).height, after.height());
    area.setColumns(2); // the dashboard's own size: two columns
    QVERIFY(area.dashboard()->cardRectInViewport(loss).width() < before.width() / 2 + 10);
    auto *height = area.findChild<QSpinBox *>(u"cardHeight"_s); // and the height of the cards not sized alone
    QVERIFY(height);
    height->setValue(500);
    QCOMPARE(area.dashboard()->cardRectInViewport(loss + 1).height(), 500);
    QCOMPARE(area.dashboard()->cardRectInViewport(loss).height(), after.height());
}

void TestDashboard::theKeyboardMovesTheFocusFoldsSectionsAndMovesAndSizesCards()
{
    SessionModels models(m_fixtures.cache());
    ChartArea area(models);
    showFourCards(area);
    QVERIFY(QTest::qWaitForWindowActive(&area));
    DashboardView *view = area.dashboard();
    const DashboardState &state = area.dashboardState();
    view->setFocus(Qt::TabFocusReason);
    QVERIFY(view->hasFocus());
    // Headers and cards in their order: layers, layers/w000, train, train/loss, train/accuracy, val, val/loss.
    QCOMPARE(view->currentSection(), 0);
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(view->currentCard(), state.indexOf(layer(0)));
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(view->currentSection(), 1);
    QCOMPARE(view->dashboardLayout().sections()[1].name, u"train"_s);
    QTest::keyClick(view, Qt::Key_Space); // folds the focused section
    QVERIFY(state.isCollapsed(u"train"_s));
    QVERIFY(view->dashboardLayout().cardRect(state.indexOf(u"train/loss"_s)).isEmpty());
    QTest::keyClick(view, Qt::Key_Down); // past the folded section's cards: the next header
    QCOMPARE(view->currentSection(), 2);
    QTest::keyClick(view, Qt::Key_Up);
    QTest::keyClick(view, Qt::Key_Return); // and unfolds it
    QVERIFY(!state.isCollapsed(u"train"_s));
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentCard(), state.indexOf(u"train/loss"_s));
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(view->currentCard(), state.indexOf(u"train/accuracy"_s));
    QVERIFY(filled(area));
    QTest::qWait(100); // the charts' first frames
    QVERIFY(
        area.grab().save(QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(u"test-dashboard-keyboard-focus.png"_s)));

    QTest::keyClick(view, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier); // moved earlier, still focused
    QCOMPARE(area.paths(), (QStringList{u"train/accuracy"_s, u"train/loss"_s, u"val/loss"_s, layer(0)}));
    QCOMPARE(view->currentCard(), state.indexOf(u"train/accuracy"_s));
    QVERIFY(QSettings().value(ChartArea::dashboardKey(Project)).toByteArray().indexOf("train/accuracy") <
            QSettings().value(ChartArea::dashboardKey(Project)).toByteArray().indexOf("train/loss"));
    const qsizetype accuracy = state.indexOf(u"train/accuracy"_s);
    const int height = view->cardRectInViewport(accuracy).height();
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier | Qt::AltModifier); // taller
    QCOMPARE(view->cardRectInViewport(accuracy).height(), height + 40);
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier | Qt::AltModifier); // shorter
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(view->cardRectInViewport(accuracy).height(), height - 40);
    const int width = view->cardRectInViewport(accuracy).width();
    QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier | Qt::AltModifier); // wider: two columns
    QCOMPARE(state.columns(), 2);
    QVERIFY(view->cardRectInViewport(accuracy).width() > width * 4 / 3);
    QCOMPARE(area.findChild<QSpinBox *>(QString(), Qt::FindDirectChildrenOnly)->value(), 2);
    QTest::keyClick(view, Qt::Key_Left, Qt::ControlModifier | Qt::AltModifier); // narrower: three again
    QCOMPARE(state.columns(), 3);

    // In a chart: the card is the one whose chart has the focus.
    QVERIFY(filled(area));
    auto *loss = qobject_cast<ChartPanel *>(view->panels().value(u"train/loss"_s));
    QVERIFY(loss);
    auto *axis = loss->toolBar()->findChild<QComboBox *>();
    QVERIFY(axis);
    axis->setFocus();
    QTest::keyClick(axis, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(area.paths(), (QStringList{u"train/loss"_s, u"train/accuracy"_s, u"val/loss"_s, layer(0)}));
    QCOMPARE(view->currentCard(), state.indexOf(u"train/loss"_s));
    // The same actions are the card's context menu and the shortcuts dialog's rows (widget actions).
    QVERIFY(view->actions().contains(view->action(DashboardView::CardAction::MoveLater)));
    QCOMPARE(view->action(DashboardView::CardAction::MoveLater)->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));

    QTest::keyClick(view, Qt::Key_Tab); // from the last item on, Tab leaves the dashboard
    view->setFocus();
    view->setCurrentCard(state.indexOf(u"val/loss"_s));
    QTest::keyClick(view, Qt::Key_Tab);
    QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY(!view->hasFocus());
}

void TestDashboard::theStateRoundTripsThroughViewStateAndSettings()
{
    QJsonObject saved;
    {
        SessionModels models(m_fixtures.cache());
        ChartArea area(models);
        area.setProject(Project);
        area.setRuns({Run2});
        area.resize(900, 800);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        area.addChart(u"val/loss"_s);
        area.setAutoCharts(true);
        area.setColumns(3);
        area.setSectionCollapsed(u"sys"_s, true);
        auto *loss = qobject_cast<ChartPanel *>(area.panel(u"train/loss"_s));
        QVERIFY(loss);
        loss->toolBar()->setLogY(true);
        saved = area.viewState();
        QCOMPARE(saved.value(u"columns"_s).toInt(), 3);
        QVERIFY(saved.value(u"autoCharts"_s).toBool());
        QCOMPARE(saved.value(u"settings"_s).toObject().value(u"train/loss"_s).toObject().value(u"logY"_s), true);
    }
    SessionModels models(m_fixtures.cache());
    ChartArea area(models); // the app started again: the project's dashboard comes back from QSettings
    area.setRuns({Run2});
    area.setProject(Project);
    QCOMPARE(area.viewState(), saved);
    QCOMPARE(area.paths(), (QStringList{u"val/loss"_s, u"sys/gpu"_s, u"train/loss"_s}));
    QVERIFY(qobject_cast<ChartPanel *>(area.panel(u"train/loss"_s))->model().logY());
    QVERIFY(area.autoChartsAction()->isChecked());

    ChartArea other(models); // a saved view shown in another project's area
    other.setProject(u"team/other"_s);
    other.setViewState(saved);
    QCOMPARE(other.viewState(), saved);
    QCOMPARE(other.dashboardState().columns(), 3);
    QVERIFY(other.dashboardState().isCollapsed(u"sys"_s));
    QVERIFY(qobject_cast<ChartPanel *>(other.panel(u"train/loss"_s))->toolBar()->logY());
    QCOMPARE(QSettings().value(ChartArea::dashboardKey(u"team/other"_s)).toByteArray(),
             QSettings().value(ChartArea::dashboardKey(Project)).toByteArray());
}

void TestDashboard::aBadViewStateChangesNothing()
{
    SessionModels models(m_fixtures.cache());
    ChartArea area(models);
    area.setProject(Project);
    area.addChart(u"train/loss"_s);
    const QJsonObject before = area.viewState();
    QSignalSpy rejected(&area, &ChartArea::viewStateRejected);
    area.setViewState(QJsonObject{{u"version"_s, 1}, {u"cards"_s, u"train/loss"_s}});
    QCOMPARE(rejected.size(), 1);
    QVERIFY(!rejected[0][0].toString().isEmpty());
    area.setViewState(QJsonObject{{u"version"_s, 7}, {u"cards"_s, QJsonArray()}});
    QCOMPARE(rejected.size(), 2);
    QCOMPARE(area.viewState(), before);
    QCOMPARE(area.paths(), QStringList{u"train/loss"_s});
}

QTEST_MAIN(TestDashboard)
#include "test_dashboard.moc"
