#include "cache/runeditor.h"
#include "demosweep.h"
#include "models/namespacetreemodel.h"
#include "models/runtablemodel.h"
#include "models/sessionmodels.h"
#include "runfixtures.h"
#include "screenshotchecks.h"
#include "views/chartarea.h"
#include "views/columnmenu.h"
#include "views/experimentsview.h"
#include "views/mainwindow.h"
#include "views/runactions.h"
#include "views/runinfodialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;
using nereid::test::demoSweep;
using nereid::test::pixelsDrawn;
using nereid::test::pixelsNear;
using nereid::test::RunFixtures;
using nereid::test::wholeIn;

// The main window over a cache holding a demo sweep: what it shows, and screenshots at several sizes in the
// build folder for people to look at.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheProjectAndTheCurrentRun();
    void filterErrorIsShownAndTextStays();
    void screenshots_data();
    void screenshots();
    void runInformationScreenshot();
    void columnChooserChangesAndRemembersColumns();
    void trashedRunsLeaveTheTable();

private:
    void save(QWidget *widget, const QString &name);

    std::unique_ptr<RunFixtures> m_fixtures;
    std::unique_ptr<RunEditor> m_editor;
    std::unique_ptr<SessionModels> m_models; // before the window, which it outlives
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the window keeps its geometry in settings
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMainWindow::init()
{
    QSettings().clear(); // every test starts with the default layout
    m_fixtures = std::make_unique<RunFixtures>();
    QVERIFY(m_fixtures->open());
    QVERIFY(m_fixtures->apply(demoSweep()));
    m_editor = std::make_unique<RunEditor>(m_fixtures->cache());
    m_models = std::make_unique<SessionModels>(m_fixtures->cache(), m_editor.get());
    m_window = std::make_unique<MainWindow>(m_models.get());
    m_window->setProject(u"local"_s, RunFixtures::Project);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_models.reset();
    m_editor.reset();
    m_fixtures.reset();
}

void TestMainWindow::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestMainWindow::showsTheProjectAndTheCurrentRun()
{
    QVERIFY(m_window->windowTitle().contains(RunFixtures::Project));
    auto *table = m_window->findChild<QTableView *>(u"runTable"_s);
    QCOMPARE(table->model()->rowCount(), 12);
    // The defaults, then the latest run's metrics.
    QStringList headers;
    for (int column = 0; column < table->model()->columnCount(); ++column)
        headers.append(table->model()->headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{u"id"_s, u"name"_s, u"owner"_s, u"creation_time"_s, u"state"_s, u"failed"_s,
                                   u"tags"_s, u"eval/accuracy"_s, u"train/accuracy"_s, u"train/loss"_s}));

    auto *tree = m_window->findChild<QTreeView *>(u"namespaceTree"_s);
    auto *treeModel = qobject_cast<NamespaceTreeModel *>(tree->model());
    QCOMPARE(treeModel->runId(), u"SWP-1"_s); // the first run is current once the project opens
    m_window->experiments()->selectRun(u"SWP-2"_s);
    QCOMPARE(treeModel->runId(), u"SWP-2"_s);
    const QModelIndex lr = treeModel->indexOfPath(u"params/lr"_s);
    QCOMPARE(lr.siblingAtColumn(NamespaceTreeModel::ValueColumn).data().toString(), u"0.03"_s);
    // An expanded namespace stays expanded when another run is shown.
    tree->expand(treeModel->indexOfPath(u"params"_s));
    m_window->experiments()->selectRun(u"SWP-3"_s);
    QCOMPARE(treeModel->runId(), u"SWP-3"_s);
    QVERIFY(tree->isExpanded(treeModel->indexOfPath(u"params"_s)));
}

void TestMainWindow::filterErrorIsShownAndTextStays()
{
    auto *edit = m_window->findChild<QLineEdit *>(u"filterEdit"_s);
    auto *error = m_window->findChild<QLabel *>(u"filterError"_s);
    auto *table = m_window->findChild<QTableView *>(u"runTable"_s);
    QTest::keyClicks(edit, u"params/lr >= 0.01 AND"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"character 22"_s));
    QCOMPARE(edit->text(), u"params/lr >= 0.01 AND"_s);
    save(m_window.get(), u"mainwindow-filter-error.png"_s);

    QTest::keyClicks(edit, u" params/optimizer = Adam"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!error->isVisible());
    QCOMPARE(table->model()->rowCount(), 3); // the Adam runs with lr 0.1, 0.03 and 0.01
}

void TestMainWindow::screenshots_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("800x500") << QSize(800, 500);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

// Each screenshot shows the table, the current run's fields and the charts side by side, none cut off or over
// another; the current run's row in view and highlighted; the tree headed by that run; the run count.
void TestMainWindow::screenshots()
{
    QFETCH(QSize, size);
    m_window->resize(size);
    m_window->experiments()->selectRun(u"SWP-5"_s);
    auto *tree = m_window->findChild<QTreeView *>(u"namespaceTree"_s);
    tree->expandAll();
    QCoreApplication::processEvents();
    QCOMPARE(m_window->size(), size);
    const QImage image = m_window->grab().toImage();
    save(m_window.get(), u"mainwindow-%1x%2.png"_s.arg(size.width()).arg(size.height()));

    auto *table = m_window->findChild<QTableView *>(u"runTable"_s);
    QWidget *charts = m_window->findChild<ChartArea *>();
    QVERIFY(charts);
    const auto inWindow = [this](QWidget *widget) {
        return QRect(widget->mapTo(m_window.get(), QPoint()), widget->size());
    };
    for (QWidget *part : {static_cast<QWidget *>(table), static_cast<QWidget *>(tree), charts}) {
        QVERIFY2(part->isVisible() && m_window->rect().contains(inWindow(part)), qPrintable(part->objectName()));
        QVERIFY(part->width() > size.width() / 4 && part->height() > size.height() / 8);
    }
    QVERIFY(!inWindow(table).intersects(inWindow(tree)));
    QVERIFY(!inWindow(table).intersects(inWindow(charts)));
    QVERIFY(inWindow(tree).right() < size.width() && inWindow(tree).left() > inWindow(table).right());

    int row = -1;
    for (int at = 0; at < table->model()->rowCount(); ++at)
        row = table->model()->index(at, 0).data(RunTableModel::RunIdRole).toString() == u"SWP-5"_s ? at : row;
    QVERIFY(row >= 0);
    const QRect cell = table->visualRect(table->model()->index(row, 1)); // the name, beside the eye
    QVERIFY(table->viewport()->rect().contains(cell));
    const QRect inImage = cell.translated(table->viewport()->mapTo(m_window.get(), QPoint()));
    QVERIFY2(pixelsNear(image, inImage, table->palette().color(QPalette::Inactive, QPalette::Highlight)) >
                 cell.width() * cell.height() / 2,
             "the current run's row is highlighted");
    QVERIFY(tree->model()->headerData(0, Qt::Horizontal).toString().startsWith(u"SWP-5 · SGD lr=0.001"_s));
    QVERIFY(pixelsDrawn(image, QRect(tree->viewport()->mapTo(m_window.get(), QPoint()), tree->viewport()->size())) > 0);
    auto *runCount = m_window->findChild<QLabel *>(u"runCount"_s);
    QVERIFY(runCount->isVisible() && m_window->rect().contains(inWindow(runCount)));
    QCOMPARE(runCount->text(), u"12 of 12 runs"_s);
}

// The screenshot of Run information shows the run's editable values and its system fields, nothing cut off.
void TestMainWindow::runInformationScreenshot()
{
    const RunTableModel *runs = m_window->runModel();
    RunInfoDialog dialog(runs->record(runs->rowOf(u"SWP-2"_s)), {u"best"_s, u"sweep"_s}, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    save(&dialog, u"runinfodialog.png"_s);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"name"_s)->text(), u"SGD lr=0.03"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"id"_s)->text(), u"SWP-2"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"owner"_s)->text(), u"alice"_s);
    for (const char *name : {"name", "description", "tagsList", "groupTagsList", "failed", "id", "monitoring_time"}) {
        auto *widget = dialog.findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(widget && widget->isVisible(), name);
        QVERIFY2(wholeIn(widget, &dialog), name);
    }
    for (QAbstractButton *button : dialog.findChild<QDialogButtonBox *>()->buttons())
        QVERIFY2(button->isVisible() && wholeIn(button, &dialog), qPrintable(button->text()));
}

void TestMainWindow::columnChooserChangesAndRemembersColumns()
{
    RunTableModel *runs = m_window->runModel();
    const RunColumn lr{u"params/lr"_s, SeriesAggregate::Last};
    {
        ColumnMenu menu(runs);
        QVERIFY(menu.actionFor(u"sys/owner"_s)->isChecked());
        QVERIFY(!menu.actionFor(u"params/lr"_s)->isChecked());
        QVERIFY(!menu.actionFor(u"params/nope"_s));
        menu.actionFor(u"params/lr"_s)->setChecked(true);
        menu.actionFor(u"sys/owner"_s)->setChecked(false);
    }
    QCOMPARE(runs->columnOf(lr), runs->columnCount() - 1);
    QCOMPARE(runs->columnOf({u"sys/owner"_s, SeriesAggregate::Last}), -1);

    // Another window on the same project opens with the chosen columns.
    SessionModels againModels(m_fixtures->cache(), m_editor.get());
    MainWindow again(&againModels);
    again.setProject(u"local"_s, RunFixtures::Project);
    QCOMPARE(again.runModel()->columns(), runs->columns());

    ColumnMenu menu(runs);
    const QList<QAction *> actions = menu.actions();
    auto reset = std::find_if(actions.cbegin(), actions.cend(),
                              [](QAction *action) { return action->text() == u"Reset to defaults"_s; });
    QVERIFY(reset != actions.cend());
    (*reset)->trigger();
    QCOMPARE(runs->columnOf(lr), -1);
    QCOMPARE(runs->columns(), runs->defaultColumns());
}

void TestMainWindow::trashedRunsLeaveTheTable()
{
    auto *table = m_window->findChild<QTableView *>(u"runTable"_s);
    m_window->runActions()->trashRuns({u"SWP-3"_s, u"SWP-4"_s}, true);
    QCOMPARE(table->model()->rowCount(), 10);
    QVERIFY(m_fixtures->cache().run(u"SWP-3"_s)->trashed);
    m_window->findChild<QCheckBox *>(u"showTrashed"_s)->setChecked(true);
    QCOMPARE(table->model()->rowCount(), 12);
    m_window->runActions()->trashRuns({u"SWP-3"_s}, false);
    m_window->findChild<QCheckBox *>(u"showTrashed"_s)->setChecked(false);
    QCOMPARE(table->model()->rowCount(), 11);
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
