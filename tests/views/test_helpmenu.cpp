#include "cache/runeditor.h"
#include "models/sessionmodels.h"
#include "query/query.h"
#include "runfixtures.h"
#include "views/mainmenus.h"
#include "views/mainwindow.h"
#include "views/problemreport.h"
#include "views/querylanguagedialog.h"
#include "views/shortcutsdialog.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;
using nereid::test::RunFixtures;

// Help: the query language page (opened in the app, every example on it a query that parses), the keyboard
// shortcuts read from the window's actions, and Report a problem's text on the clipboard. Screenshots go to the
// build folder.
class TestHelpMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void queryLanguagePageOpensInTheApp();
    void keyboardShortcutsComeFromTheActions();
    void reportAProblemCopiesWhatAReportNeeds();

private:
    void save(QWidget *widget, const QString &name);

    std::unique_ptr<RunFixtures> m_fixtures;
    std::unique_ptr<RunEditor> m_editor;
    std::unique_ptr<SessionModels> m_models; // before the window, which it outlives
    std::unique_ptr<MainWindow> m_window;
};

void TestHelpMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHelpMenu::init()
{
    QSettings().clear();
    m_fixtures = std::make_unique<RunFixtures>();
    QVERIFY(m_fixtures->open());
    m_editor = std::make_unique<RunEditor>(m_fixtures->cache());
    m_models = std::make_unique<SessionModels>(m_fixtures->cache(), m_editor.get());
    m_window = std::make_unique<MainWindow>(m_models.get());
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestHelpMenu::cleanup()
{
    m_window.reset();
    m_models.reset();
    m_editor.reset();
    m_fixtures.reset();
}

void TestHelpMenu::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestHelpMenu::queryLanguagePageOpensInTheApp()
{
    QAction *action = m_window->menus()->queryLanguage();
    QVERIFY(m_window->menus()->helpMenu()->actions().contains(action));
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    action->trigger();
    auto *dialog = m_window->findChild<QDialog *>(u"queryLanguageDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal()); // the user types a query beside it
    const QString text = dialog->findChild<QTextBrowser *>(u"queryLanguagePage"_s)->toPlainText();
    for (const QString &part : {u"Grammar"_s, u"Examples"_s, u"CONTAINS"_s, u"Esc clears the filter"_s})
        QVERIFY2(text.contains(part), qPrintable(part));

    // Every example on the page is a query the filter box takes.
    static const QRegularExpression codeCell(u"<td[^>]*><code>(.*?)</code></td>"_s);
    int examples = 0;
    for (const QRegularExpressionMatch &match : codeCell.globalMatch(QueryLanguageDialog::html())) {
        QTextDocument decode;
        decode.setHtml(match.captured(1));
        const QString example = decode.toPlainText();
        const Query query = Query::parse(example);
        QVERIFY2(query.isValid() || !example.contains(u'/'), qPrintable(example + u": "_s + query.error().message));
        ++examples;
    }
    QVERIFY(examples >= 8);
    dialog->resize(680, 620);
    save(dialog, u"help-query-language.png"_s);
}

void TestHelpMenu::keyboardShortcutsComeFromTheActions()
{
    const auto findRow = [](const QList<ShortcutsDialog::Row> &rows, const QString &action) {
        const auto row = std::find_if(rows.cbegin(), rows.cend(), [&](const auto &r) { return r.action == action; });
        return row == rows.cend() ? QString() : row->keys;
    };
    QList<ShortcutsDialog::Row> rows = ShortcutsDialog::rows(m_window.get());
    QCOMPARE(findRow(rows, u"File › Open project"_s),
             QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
    QCOMPARE(findRow(rows, u"Run › Run information"_s), QKeySequence(u"Ctrl+I"_s).toString(QKeySequence::NativeText));
    QCOMPARE(findRow(rows, u"Help › Query language"_s), u"F1"_s);
    QCOMPARE(findRow(rows, u"Run › Compare"_s), QKeySequence(u"Ctrl+D"_s).toString(QKeySequence::NativeText));
    QVERIFY(findRow(rows, u"File › Connect to server"_s).isEmpty()); // no shortcut, no row

    // A new action with a shortcut is listed without anyone writing it down.
    m_window->menus()->runMenu()->addAction(u"&Archive…"_s)->setShortcut(QKeySequence(u"Ctrl+Shift+K"_s));
    rows = ShortcutsDialog::rows(m_window.get());
    QCOMPARE(findRow(rows, u"Run › Archive"_s), QKeySequence(u"Ctrl+Shift+K"_s).toString(QKeySequence::NativeText));
    // So is one that lives on a widget, not in a menu.
    auto *table = m_window->findChild<QWidget *>(u"runTable"_s);
    auto *pin = new QAction(u"Pin the run"_s, table);
    pin->setShortcut(QKeySequence(u"Ctrl+Shift+P"_s));
    table->addAction(pin);
    rows = ShortcutsDialog::rows(m_window.get());
    QCOMPARE(findRow(rows, u"Pin the run"_s), QKeySequence(u"Ctrl+Shift+P"_s).toString(QKeySequence::NativeText));

    // The dialog the menu opens shows them all, and the filter box's Esc.
    QTimer::singleShot(0, this, [this, rows] {
        auto *dialog = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *shortcuts = dialog->findChild<QTableWidget *>(u"shortcutsTable"_s);
        QCOMPARE(shortcuts->rowCount(), rows.size() + ShortcutsDialog::otherKeys().size());
        QCOMPARE(shortcuts->item(shortcuts->rowCount() - 1, 1)->text(), u"Esc"_s);
        save(dialog, u"help-keyboard-shortcuts.png"_s);
        dialog->reject();
    });
    m_window->menus()->keyboardShortcuts()->trigger();
}

void TestHelpMenu::reportAProblemCopiesWhatAReportNeeds()
{
    ProblemReport::setLogFile(u"/home/ana/.local/share/Nereid/nereid/logs/nereid.log"_s);
    QApplication::clipboard()->clear();
    m_window->menus()->reportProblem()->trigger();
    const QString copied = QApplication::clipboard()->text();
    for (const QString &part : QStringList{u"Nereid " NEREID_VERSION ""_s, u"Qt "_s + QString::fromLatin1(qVersion()),
                                           QSysInfo::prettyProductName(), u"offscreen"_s,
                                           u"Log: /home/ana/.local/share/Nereid/nereid/logs/nereid.log"_s})
        QVERIFY2(copied.contains(part), qPrintable(part + u" in "_s + copied));
    QVERIFY(m_window->findChild<QLabel *>(u"syncStatus"_s)->text().contains(u"clipboard"_s));
}

QTEST_MAIN(TestHelpMenu)
#include "test_helpmenu.moc"
