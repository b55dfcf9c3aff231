#include "cache/runeditor.h"
#include "demosweep.h"
#include "models/sessionmodels.h"
#include "runfixtures.h"
#include "views/mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;
using nereid::test::demoSweep;
using nereid::test::RunFixtures;

// The filter box as a user meets it in the main window over the demo sweep (12 runs named "SGD lr=0.1", ...): what
// the table area, the line under the box and the status bar say. Screenshots go to the build folder.
class TestMainWindowFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void noRunsMatchInTheTableArea();
    void unknownFieldSuggestsTheClosestPath();
    void keywordWhereAValueGoes();
    void shortQueryOnAMissingFieldSearchesWords();
    void escapeClearsTheFilter();

private:
    void filter(const QString &text);
    void save(const QString &name);
    QString runCount() const { return m_window->findChild<QLabel *>(u"runCount"_s)->text(); }

    std::unique_ptr<RunFixtures> m_fixtures;
    std::unique_ptr<RunEditor> m_editor;
    std::unique_ptr<SessionModels> m_models; // before the window, which it outlives
    std::unique_ptr<MainWindow> m_window;
    QLineEdit *m_edit = nullptr;
    QTableView *m_table = nullptr;
};

void TestMainWindowFilter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMainWindowFilter::init()
{
    QSettings().clear();
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
    m_edit = m_window->findChild<QLineEdit *>(u"filterEdit"_s);
    m_table = m_window->findChild<QTableView *>(u"runTable"_s);
    m_edit->setFocus();
}

void TestMainWindowFilter::cleanup()
{
    m_window.reset();
    m_models.reset();
    m_editor.reset();
    m_fixtures.reset();
}

void TestMainWindowFilter::filter(const QString &text)
{
    m_edit->clear();
    QTest::keyClicks(m_edit, text);
    QTest::keyClick(m_edit, Qt::Key_Return);
}

void TestMainWindowFilter::save(const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(name);
    QVERIFY2(m_window->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestMainWindowFilter::noRunsMatchInTheTableArea()
{
    auto *noMatch = m_window->findChild<QLabel *>(u"noRunsMatch"_s);
    QTRY_COMPARE(runCount(), u"12 of 12 runs"_s); // with no filter too
    QVERIFY(!noMatch->isVisible());
    filter(u"Adam"_s);
    QTRY_COMPARE(runCount(), u"6 of 12 runs"_s);
    filter(u"transformer"_s);
    QTRY_COMPARE(runCount(), u"0 of 12 runs"_s);
    QVERIFY(noMatch->isVisible());
    QVERIFY(noMatch->text().contains(u"No runs match"_s));
    QCOMPARE(noMatch->geometry(), m_table->viewport()->rect()); // over the table, under its header
    save(u"mainwindow-no-runs-match.png"_s);

    emit noMatch->linkActivated(u"clear"_s); // "Clear the filter"
    QVERIFY(m_edit->text().isEmpty());
    QCOMPARE(m_table->model()->rowCount(), 12);
    QTRY_COMPARE(runCount(), u"12 of 12 runs"_s);
    QVERIFY(!noMatch->isVisible());
}

void TestMainWindowFilter::unknownFieldSuggestsTheClosestPath()
{
    auto *error = m_window->findChild<QLabel *>(u"filterError"_s);
    filter(u"params/lrr > 0.01"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"No run has params/lrr; did you mean params/lr?"_s);
    save(u"mainwindow-unknown-field.png"_s);
    filter(u"params/lr > 0.01"_s);
    QVERIFY(!error->isVisible());
    QCOMPARE(m_table->model()->rowCount(), 4);
}

void TestMainWindowFilter::keywordWhereAValueGoes()
{
    auto *error = m_window->findChild<QLabel *>(u"filterError"_s);
    filter(u"params/lr > AND sys/failed = true"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(u"Expected a value at character 13, found \"AND\"."_s),
             qPrintable(error->text()));
}

void TestMainWindowFilter::shortQueryOnAMissingFieldSearchesWords()
{
    auto *hint = m_window->findChild<QLabel *>(u"filterHint"_s);
    auto *error = m_window->findChild<QLabel *>(u"filterError"_s);
    filter(u"lr=0.01"_s);
    // The runs named "SGD lr=0.01" and "Adam lr=0.01", not nothing for a field lr.
    QCOMPARE(m_table->model()->rowCount(), 2);
    QVERIFY(!error->isVisible());
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().startsWith(u"No run has a field lr, so this searches"_s), qPrintable(hint->text()));
    QVERIFY(hint->text().endsWith(u"Did you mean params/lr?"_s));
    save(u"mainwindow-words-hint.png"_s);
}

void TestMainWindowFilter::escapeClearsTheFilter()
{
    filter(u"Adam"_s);
    QCOMPARE(m_table->model()->rowCount(), 6);
    QTest::keyClick(m_edit, Qt::Key_Escape);
    QVERIFY(m_edit->text().isEmpty());
    QCOMPARE(m_table->model()->rowCount(), 12);
}

QTEST_MAIN(TestMainWindowFilter)
#include "test_mainwindowfilter.moc"
