// Run > Compare (issue 17) in the main window over the demo sweep: the selected runs side by side, "Only
// differences", the series' summary, copying as Markdown, and the 2-to-100-runs rule said in the status bar.
#include "demowindow.h"
#include "models/comparemodel.h"
#include "views/comparedialog.h"
#include "views/mainmenus.h"
#include "views/mainwindow.h"
#include "views/syncstatusbar.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace nereid;
using namespace Qt::StringLiterals;
using nereid::test::DemoWindow;

class TestCompareDialog : public QObject
{
    Q_OBJECT

private slots:
    void comparesTheSelectedRuns();
    void saysHowManyRunsItCompares();

private:
    // The paths shown, over every namespace.
    static QStringList shownPaths(const QAbstractItemModel &model);
};

QStringList TestCompareDialog::shownPaths(const QAbstractItemModel &model)
{
    QStringList paths;
    for (int group = 0; group < model.rowCount(); ++group)
        for (int row = 0; row < model.rowCount(model.index(group, 0)); ++row)
            paths.append(model.index(row, 0, model.index(group, 0)).data().toString());
    return paths;
}

void TestCompareDialog::comparesTheSelectedRuns()
{
    DemoWindow demo;
    QVERIFY(demo.open());
    demo.select({u"SWP-1"_s, u"SWP-2"_s, u"SWP-7"_s});
    QAction *compare = demo.window()->menus()->compareRuns();
    QCOMPARE(compare->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
    compare->trigger();
    auto *dialog = demo.window()->findChild<CompareDialog *>(u"compareDialog"_s);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const CompareModel &model = *dialog->model();
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"SWP-7"_s);
    QVERIFY(shownPaths(model).contains(u"params/optimizer"_s));
    QVERIFY(shownPaths(model).contains(u"sys/owner"_s));

    dialog->findChild<QCheckBox *>(u"onlyDifferences"_s)->click();
    const QStringList differing = shownPaths(model);
    QVERIFY2(differing.contains(u"params/lr"_s) && differing.contains(u"params/optimizer"_s),
             qPrintable(differing.join(u", "_s)));
    QVERIFY2(!differing.contains(u"sys/owner"_s), qPrintable(differing.join(u", "_s))); // all alice
    QVERIFY(dialog->view()->isExpanded(model.index(0, 0)));
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/compare-only-differences.png")));

    auto *summary = dialog->findChild<QComboBox *>(u"seriesSummary"_s);
    summary->setCurrentIndex(1); // lowest
    QCOMPARE(model.aggregate(), SeriesAggregate::Min);

    for (QPushButton *button : dialog->findChildren<QPushButton *>())
        if (button->text() == u"Copy as &Markdown"_s)
            button->click();
    const QString markdown = QApplication::clipboard()->text();
    QVERIFY2(markdown.startsWith(u"| Field | SWP-1 | SWP-2 | SWP-7 |\n| --- | --- | --- | --- |\n"_s),
             qPrintable(markdown));
    QVERIFY2(markdown.contains(u"| params/optimizer | SGD | SGD | Adam |"_s), qPrintable(markdown));
}

void TestCompareDialog::saysHowManyRunsItCompares()
{
    DemoWindow demo;
    QVERIFY(demo.open());
    demo.select({u"SWP-1"_s});
    demo.window()->menus()->compareRuns()->trigger();
    QVERIFY(!demo.window()->findChild<CompareDialog *>());
    QVERIFY2(demo.window()->syncStatusBar()->messageText().contains(u"2 to 100"_s),
             qPrintable(demo.window()->syncStatusBar()->messageText()));
}

QTEST_MAIN(TestCompareDialog)
#include "test_comparedialog.moc"
