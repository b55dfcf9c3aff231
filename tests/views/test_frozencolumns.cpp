#include "demosweep.h"
#include "demowindow.h"
#include "models/runtablemodel.h"
#include "runfixtures.h"
#include "views/experimentsview.h"
#include "views/frozencolumntable.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;
using nereid::test::DemoWindow;
using nereid::test::RunFixtures;

// A wide experiments table: the id and name columns stay at the left when the user scrolls right, and the id
// column is wide enough for the longest id of the project, not only of the rows in sight.
class TestFrozenColumns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void idAndNameStayWhenScrollingRight();
    void longestIdIsNotElided();
    void keyboardMovesInThePinnedColumnScrollTheRows();
    void columnsOutOfSightAreFittedWhenScrolledTo();

private:
    std::unique_ptr<DemoWindow> m_demo;
    MainWindow *m_window = nullptr;
    FrozenColumnTable *m_table = nullptr;
};

void TestFrozenColumns::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestFrozenColumns::init()
{
    QList<QJsonObject> runs = test::demoSweep();
    runs.append(RunFixtures::run(1931, {{u"name"_s, u"a run far down the list"_s}}));
    m_demo = std::make_unique<DemoWindow>();
    QVERIFY(m_demo->open(runs, QSize(1000, 700)));
    m_window = m_demo->window();
    QList<RunColumn> columns = RunColumn::defaults();
    for (const char *series : {"train/loss", "train/accuracy", "eval/accuracy"}) {
        for (SeriesAggregate aggregate :
             {SeriesAggregate::Last, SeriesAggregate::Min, SeriesAggregate::Max, SeriesAggregate::Average})
            columns.append({QLatin1String(series), aggregate});
    }
    m_window->experiments()->applyColumns(columns);
    m_table = qobject_cast<FrozenColumnTable *>(m_window->experiments()->table());
    QVERIFY(m_table);
}

void TestFrozenColumns::cleanup()
{
    m_demo.reset();
}

void TestFrozenColumns::idAndNameStayWhenScrollingRight()
{
    QTRY_COMPARE(m_table->frozenCount(), 2);
    QTableView *pinned = m_table->frozenView();
    QVERIFY(pinned->isVisible());
    const QHeaderView *header = m_table->horizontalHeader();
    QCOMPARE(pinned->width(), header->sectionSize(0) + header->sectionSize(1));
    QScrollBar *bar = m_table->horizontalScrollBar();
    QVERIFY2(bar->maximum() > 0, "the table must be wider than the window");
    bar->setValue(bar->maximum());
    QTest::qWait(50);
    // Scrolled right: the table's own id column went out of sight, the pinned one shows it at the left.
    QVERIFY(m_table->columnViewportPosition(0) < 0);
    QVERIFY(pinned->isVisible());
    QCOMPARE(pinned->mapTo(m_table, QPoint(0, 0)).x(), m_table->viewport()->mapTo(m_table, QPoint(0, 0)).x());
    QCOMPARE(pinned->model()->data(pinned->model()->index(0, 0)).toString(), u"SWP-1"_s);
    QVERIFY(!pinned->isColumnHidden(0));
    QVERIFY(!pinned->isColumnHidden(1));
    QVERIFY(pinned->isColumnHidden(2));
    QVERIFY(m_window->grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/frozen-columns.png")));
    // The pinned rows scroll with the table's.
    m_table->verticalScrollBar()->setValue(m_table->verticalScrollBar()->maximum());
    QCOMPARE(pinned->verticalScrollBar()->value(), m_table->verticalScrollBar()->value());
}

void TestFrozenColumns::longestIdIsNotElided()
{
    m_window->experiments()->fitColumns();
    const QString longest = u"SWP-1931"_s;
    QVERIFY(m_table->columnWidth(0) > m_table->fontMetrics().horizontalAdvance(longest));
}

void TestFrozenColumns::keyboardMovesInThePinnedColumnScrollTheRows()
{
    // The current cell is in the id column (a pinned one, which the table itself does not scroll to): moving to the
    // last row still brings it into sight, through the pinned view's scrolling, and the columns stay scrolled where
    // the user left them.
    QScrollBar *across = m_table->horizontalScrollBar();
    across->setValue(across->maximum() / 2);
    const int scrolledAcross = across->value();
    const QModelIndex first = m_table->model()->index(0, 0);
    m_table->setCurrentIndex(first);
    m_table->setFocus();
    for (int row = 1; row < m_table->model()->rowCount(); ++row)
        QTest::keyClick(m_table, Qt::Key_Down);
    const QModelIndex last = m_table->currentIndex();
    QCOMPARE(last.column(), 0);
    QCOMPARE(last.row(), m_table->model()->rowCount() - 1);
    QVERIFY(m_table->verticalScrollBar()->maximum() > 0); // there was somewhere to scroll to
    // Its row in sight (the cell itself is under the pinned view, scrolled across out of the table's own sight).
    const int middle = m_table->visualRect(last).center().y();
    QVERIFY2(middle > 0 && middle < m_table->viewport()->height(), "the last row is out of sight");
    QCOMPARE(across->value(), scrolledAcross);
}

// Issue 17, item 8: choosing many columns fits only those in sight; one chosen out of sight is fitted to its rows
// when the table scrolls to it, so its text is not cut short.
void TestFrozenColumns::columnsOutOfSightAreFittedWhenScrolledTo()
{
    QList<RunColumn> columns = m_window->runModel()->columns();
    columns.append(RunColumn::fromKey(u"sys/description"_s));
    m_window->experiments()->applyColumns(columns);
    const int description = int(columns.size()) - 1;
    const QModelIndex cell = m_table->model()->index(0, description);
    QStyleOptionViewItem option;
    option.initFrom(m_table);
    const int wanted = qMin(m_table->itemDelegateForIndex(cell)->sizeHint(option, cell).width(),
                            m_table->fontMetrics().averageCharWidth() * 40);
    QVERIFY2(m_table->horizontalHeader()->sectionSize(description) < wanted, "out of sight: the header's width");
    QCoreApplication::processEvents(); // the view's geometry (the scroll bar's range) follows in a posted event
    m_table->horizontalScrollBar()->setValue(m_table->horizontalScrollBar()->maximum());
    QTRY_VERIFY(m_table->horizontalHeader()->sectionSize(description) >= wanted);
}

QTEST_MAIN(TestFrozenColumns)
#include "test_frozencolumns.moc"
