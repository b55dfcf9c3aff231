#include "cache/runeditor.h"
#include "cache/vieweditor.h"
#include "demosweep.h"
#include "models/runfilterproxymodel.h"
#include "models/runtablemodel.h"
#include "models/savedviewsmodel.h"
#include "models/sessionmodels.h"
#include "runfixtures.h"
#include "views/chartarea.h"
#include "views/experimentsview.h"
#include "views/mainwindow.h"
#include "views/savedviewstoolbar.h"

#include <functional>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;
using nereid::test::demoSweep;
using nereid::test::RunFixtures;

// Saved views in the main window over the demo sweep, from the cache alone (as offline): a view saved from the
// window comes back whole after the query, the columns and the charts changed; the default view opens with the
// project; the toolbar and the Views menu are reached from the keyboard. Screenshots go to the build folder.
class TestSavedViewsToolbar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void savedViewComesBackWhole();
    void saveViewAsAsksForAName();
    void saveViewAsAsksBeforeReplacing();
    void ctrlSSavesTheCurrentView();
    void defaultViewOpensWithTheProject();
    void renameAndDeleteFromTheMenu();
    void altWFocusesTheViews();
    void conflictAsksWhichToKeep_data();
    void conflictAsksWhichToKeep();

private:
    void openWindow();
    void filter(const QString &text);
    void choose(const QString &name);
    QString filterText() const { return m_window->findChild<QLineEdit *>(u"filterEdit"_s)->text(); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    void shoot(const QString &name);
    // Handles the modal dialogs that come up, one step each in order, while `run` runs; false when a step found
    // another dialog than it expects or steps were left.
    bool driveDialogs(const std::function<void()> &run, QList<std::function<bool(QWidget *)>> steps);

    std::unique_ptr<RunFixtures> m_fixtures;
    std::unique_ptr<RunEditor> m_editor;
    std::unique_ptr<ViewEditor> m_views;
    std::unique_ptr<SessionModels> m_models; // before the window, which it outlives
    std::unique_ptr<MainWindow> m_window;
    SavedViewsToolbar *m_toolbar = nullptr;
};

void TestSavedViewsToolbar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSavedViewsToolbar::init()
{
    QSettings().clear();
    m_fixtures = std::make_unique<RunFixtures>();
    QVERIFY(m_fixtures->open());
    QVERIFY(m_fixtures->apply(demoSweep()));
    m_editor = std::make_unique<RunEditor>(m_fixtures->cache());
    m_views = std::make_unique<ViewEditor>(m_fixtures->cache());
    openWindow();
}

void TestSavedViewsToolbar::openWindow()
{
    m_window.reset();
    m_models = std::make_unique<SessionModels>(m_fixtures->cache(), m_editor.get());
    m_models->setViewEditor(m_views.get());
    m_window = std::make_unique<MainWindow>(m_models.get());
    m_window->setProject(u"local"_s, RunFixtures::Project);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_toolbar = m_window->savedViews();
}

void TestSavedViewsToolbar::cleanup()
{
    m_window.reset();
    m_models.reset();
    m_views.reset();
    m_editor.reset();
    m_fixtures.reset();
}

void TestSavedViewsToolbar::filter(const QString &text)
{
    auto *edit = m_window->findChild<QLineEdit *>(u"filterEdit"_s);
    edit->clear();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestSavedViewsToolbar::choose(const QString &name)
{
    QComboBox *combo = m_toolbar->combo();
    const int row = m_models->savedViews()->rowOf(name);
    QVERIFY2(row >= 0, qPrintable(name));
    combo->setCurrentIndex(row);
    emit combo->activated(row); // what picking the entry in the open list does
}

void TestSavedViewsToolbar::shoot(const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(name);
    QVERIFY2(m_window->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestSavedViewsToolbar::savedViewComesBackWhole()
{
    RunTableModel *runs = m_window->runModel();
    filter(u"params/optimizer = \"SGD\""_s);
    const QList<RunColumn> columns{RunColumn::fromKey(u"sys/name"_s), RunColumn::fromKey(u"params/lr"_s),
                                   RunColumn::fromKey(u"min:train/loss"_s)};
    m_window->experiments()->applyColumns(columns);
    m_window->charts()->addChart(u"train/loss"_s);
    QVERIFY(m_toolbar->saveAs(u"SGD runs"_s));
    QCOMPARE(m_toolbar->combo()->currentText(), u"SGD runs"_s);
    const int sgdRows = m_window->experiments()->proxy()->rowCount();
    QVERIFY(sgdRows > 0 && sgdRows < runs->rowCount());
    shoot(u"savedviews-sgd.png"_s);

    // Everything changes...
    filter(u"params/lr > 0.01"_s);
    m_window->experiments()->applyColumns({RunColumn::fromKey(u"sys/id"_s)});
    m_window->charts()->removeChart(u"train/loss"_s);
    m_window->charts()->addChart(u"eval/accuracy"_s);
    QCOMPARE(runs->columns().size(), 1);

    // ...and the view puts it back.
    choose(u"SGD runs"_s);
    QCOMPARE(filterText(), u"params/optimizer = \"SGD\""_s);
    QTRY_COMPARE(m_window->experiments()->proxy()->rowCount(), sgdRows);
    QCOMPARE(runs->columns(), columns);
    QCOMPARE(m_window->charts()->paths(), QStringList{u"train/loss"_s});
    shoot(u"savedviews-restored.png"_s);
}

void TestSavedViewsToolbar::saveViewAsAsksForAName()
{
    filter(u"params/lr > 0.01"_s);
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setTextValue(u"High lr"_s);
        dialog->accept();
    });
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QTRY_COMPARE(m_models->savedViews()->rowCount(), 1);
    QCOMPARE(m_toolbar->currentView(), u"High lr"_s);
    QCOMPARE(m_views->view(RunFixtures::Project, u"High lr"_s)->state.value(u"query"_s).toString(),
             u"params/lr > 0.01"_s);
    // A name the server would refuse is refused here, with a reason, and nothing is saved.
    QSignalSpy messages(m_toolbar, &SavedViewsToolbar::message);
    QVERIFY(!m_toolbar->saveAs(u"a/b"_s));
    QVERIFY(messages.last().at(0).toString().contains(u"slash"_s));
    QCOMPARE(m_models->savedViews()->rowCount(), 1);
}

bool TestSavedViewsToolbar::driveDialogs(const std::function<void()> &run, QList<std::function<bool(QWidget *)>> steps)
{
    bool ok = true;
    QPointer<QWidget> handled; // a button's mnemonic clicks it a moment later: the dialog stays up until then
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || modal == handled)
            return;
        handled = modal;
        if (steps.isEmpty() || !steps.takeFirst()(modal)) {
            ok = false;
            modal->close(); // an unexpected dialog: out of its loop, so that the test ends
        }
    });
    poll.start(20);
    run();
    return ok && steps.isEmpty();
}

void TestSavedViewsToolbar::saveViewAsAsksBeforeReplacing()
{
    filter(u"params/lr > 0.01"_s);
    QVERIFY(m_toolbar->saveAs(u"shared"_s));
    filter(u"params/lr < 0.01"_s);
    const auto nameIs = [](const QString &name, const QString &expected = {}) {
        return [name, expected](QWidget *modal) {
            auto *dialog = qobject_cast<QInputDialog *>(modal);
            if (!dialog || (!expected.isEmpty() && dialog->textValue() != expected))
                return false;
            dialog->setTextValue(name);
            dialog->accept();
            return true;
        };
    };
    const auto answer = [](Qt::Key key, Qt::KeyboardModifiers modifiers = {}) {
        return [key, modifiers](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box || box->objectName() != u"replaceViewBox"_s || !box->text().contains(u"\"shared\""_s) ||
                box->defaultButton() != box->button(QMessageBox::No))
                return false;
            const QString shot = QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(u"savedviews-replace.png"_s);
            if (!box->grab().save(shot))
                return false;
            QTest::keyClick(box, key, modifiers);
            return true;
        };
    };
    const auto cancel = [](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        if (dialog)
            dialog->reject();
        return dialog != nullptr;
    };
    const auto saveAsByKeys = [this] {
        m_window->activateWindow(); // again, after the dialogs
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return;
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    };
    const auto query = [this] {
        return m_views->view(RunFixtures::Project, u"shared"_s)->state.value(u"query"_s).toString();
    };

    // The name of a view: asked whether to replace it, Enter is No and goes back to the name, then Cancel.
    QVERIFY(driveDialogs(saveAsByKeys, {nameIs(u"shared"_s), answer(Qt::Key_Return), nameIs(u"shared"_s, u"shared"_s),
                                        answer(Qt::Key_Escape), cancel}));
    QCOMPARE(query(), u"params/lr > 0.01"_s); // not replaced
    QCOMPARE(m_views->outbox().size(), 1);
    QCOMPARE(m_models->savedViews()->rowCount(), 1);

    // No, then another name: a second view, the first one kept.
    QVERIFY(driveDialogs(saveAsByKeys, {nameIs(u"shared"_s), answer(Qt::Key_Escape), nameIs(u"low lr"_s)}));
    QCOMPARE(m_models->savedViews()->rowCount(), 2);
    QCOMPARE(m_toolbar->currentView(), u"low lr"_s);
    QCOMPARE(query(), u"params/lr > 0.01"_s);

    // Replace (R, its mnemonic): the view of that name now holds the window's state.
    filter(u"sys/failed = false"_s);
    QVERIFY(driveDialogs(saveAsByKeys, {nameIs(u"shared"_s), answer(Qt::Key_R)}));
    QCOMPARE(query(), u"sys/failed = false"_s);
    QCOMPARE(m_models->savedViews()->rowCount(), 2);
    QCOMPARE(m_toolbar->currentView(), u"shared"_s);
    QCOMPARE(m_toolbar->combo()->currentText(), u"shared"_s);
}

void TestSavedViewsToolbar::ctrlSSavesTheCurrentView()
{
    QVERIFY(m_toolbar->saveAs(u"mine"_s));
    filter(u"sys/failed = false"_s);
    QTest::keySequence(m_window.get(), QKeySequence::Save);
    QCOMPARE(m_views->view(RunFixtures::Project, u"mine"_s)->state.value(u"query"_s).toString(),
             u"sys/failed = false"_s);
    QCOMPARE(m_models->savedViews()->rowCount(), 1);
    QCOMPARE(m_views->outbox().size(), 2); // both wait for the server, in order
}

void TestSavedViewsToolbar::defaultViewOpensWithTheProject()
{
    filter(u"params/batch_size > 64"_s);
    QVERIFY(m_toolbar->saveAs(u"big batches"_s));
    action("setDefaultView")->trigger();
    QCOMPARE(m_models->savedViews()->defaultView(), u"big batches"_s);
    QCOMPARE(m_toolbar->combo()->currentText(), u"big batches (default)"_s);
    filter(QString());
    // The next start opens the project with its default view, from the cache.
    openWindow();
    QCOMPARE(m_toolbar->currentView(), u"big batches"_s);
    QCOMPARE(filterText(), u"params/batch_size > 64"_s);
    shoot(u"savedviews-default.png"_s);
}

void TestSavedViewsToolbar::renameAndDeleteFromTheMenu()
{
    QVERIFY(m_toolbar->saveAs(u"old"_s));
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setTextValue(u"new"_s);
        dialog->accept();
    });
    action("renameView")->trigger();
    QCOMPARE(m_toolbar->currentView(), u"new"_s);
    QCOMPARE(m_models->savedViews()->rowOf(u"old"_s), -1);
    QCOMPARE(m_toolbar->combo()->currentText(), u"new"_s);
    QVERIFY(m_toolbar->deleteCurrent());
    QCOMPARE(m_models->savedViews()->rowCount(), 0);
    QCOMPARE(m_toolbar->combo()->currentIndex(), -1);
    QVERIFY(!action("deleteView")->isEnabled());
}

void TestSavedViewsToolbar::altWFocusesTheViews()
{
    QMenu *menu = m_window->findChild<QMenu *>(u"savedViewsMenu"_s);
    QVERIFY(m_window->menuBar()->actions().contains(menu->menuAction()));
    QCOMPARE(menu->title(), u"View&s"_s);
    QCOMPARE(action("saveView")->shortcut(), QKeySequence(QKeySequence::Save));
    QCOMPARE(action("saveViewAs")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QTest::keySequence(m_window.get(), QKeySequence(Qt::ALT | Qt::Key_W));
    QTRY_VERIFY(m_toolbar->combo()->hasFocus());
    m_toolbar->combo()->hidePopup();
}

void TestSavedViewsToolbar::conflictAsksWhichToKeep_data()
{
    QTest::addColumn<bool>("keepMine");
    QTest::newRow("keep mine") << true;
    QTest::newRow("keep theirs") << false;
}

// The server's answer to a stale save, as ViewPusher hands it to the cache's editor: someone else's newer view.
void TestSavedViewsToolbar::conflictAsksWhichToKeep()
{
    QFETCH(bool, keepMine);
    filter(u"params/lr > 0.01"_s);
    QVERIFY(m_toolbar->saveAs(u"shared"_s));
    const ViewEdit mine = m_views->outbox().first();
    const SavedView theirs{u"shared"_s, 7, false, {{u"query"_s, u"params/lr < 0.01"_s}}, false};
    QVERIFY(m_views->recordConflict(mine, theirs));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"viewConflictBox"_s)));
    QVERIFY2(box->text().contains(u"shared"_s), qPrintable(box->text()));
    const QString boxShot = QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(u"savedviews-conflict.png"_s);
    QVERIFY(box->grab().save(boxShot));
    const QString button = keepMine ? u"Keep &mine"_s : u"Keep &theirs"_s;
    for (QAbstractButton *candidate : box->buttons())
        if (candidate->text() == button)
            candidate->click();
    QTRY_VERIFY(m_views->conflicts(RunFixtures::Project).isEmpty());
    const QString expected = keepMine ? u"params/lr > 0.01"_s : u"params/lr < 0.01"_s;
    QCOMPARE(m_views->view(RunFixtures::Project, u"shared"_s)->state.value(u"query"_s).toString(), expected);
    // Keeping mine saves it again on top of their revision; keeping theirs sends nothing.
    const QList<ViewEdit> outbox = m_views->outbox();
    QCOMPARE(outbox.size(), keepMine ? 1 : 0);
    if (keepMine)
        QCOMPARE(outbox.first().baseRevision, 7);
    QCOMPARE(filterText(), expected); // the window shows the version kept
}

QTEST_MAIN(TestSavedViewsToolbar)
#include "test_savedviewstoolbar.moc"
