#include "demowindow.h"
#include "models/runfilterproxymodel.h"
#include "models/runtablemodel.h"
#include "views/experimentsview.h"

#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;
using nereid::test::DemoWindow;

// The experiments table as the user arranged it: File > Export table as CSV writes what is shown, in the order
// shown; switching a sorted column's summary in the column chooser keeps the sort on it.
class TestTableExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportsTheVisibleRowsAndColumnsInViewOrder();
    void exportToAnUnwritablePlaceSaysSo();
    void switchingTheSortedColumnsSummaryKeepsTheSort();

private:
    QStringList idsShown() const;

    std::unique_ptr<DemoWindow> m_demo;
    MainWindow *m_window = nullptr;
};

void TestTableExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::German)); // the screen groups digits and writes 0,5; the file must not
}

void TestTableExport::init()
{
    m_demo = std::make_unique<DemoWindow>();
    QVERIFY(m_demo->open());
    m_window = m_demo->window();
}

void TestTableExport::cleanup()
{
    m_demo.reset();
}

QStringList TestTableExport::idsShown() const
{
    const QAbstractItemModel *shown = m_window->experiments()->table()->model();
    QStringList ids;
    for (int row = 0; row < shown->rowCount(); ++row)
        ids.append(shown->index(row, 0).data(RunTableModel::RunIdRole).toString());
    return ids;
}

void TestTableExport::exportsTheVisibleRowsAndColumnsInViewOrder()
{
    ExperimentsView *view = m_window->experiments();
    view->applyColumns({{u"sys/id"_s, SeriesAggregate::Last},
                        {u"sys/name"_s, SeriesAggregate::Last},
                        {u"params/lr"_s, SeriesAggregate::Last},
                        {u"train/loss"_s, SeriesAggregate::Min},
                        {u"sys/creation_time"_s, SeriesAggregate::Last}});
    QHeaderView *header = view->table()->horizontalHeader();
    header->moveSection(2, 0); // lr dragged to the front
    header->hideSection(4);    // creation time hidden
    view->table()->sortByColumn(2, Qt::DescendingOrder);
    QVERIFY(view->proxy()->setFilterText(u"params/lr > 0.0005"_s));
    const QStringList shown = idsShown();
    QVERIFY(shown.size() > 1 && shown.size() < 12);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"table.csv"_s);
    QVERIFY(m_window->exportTableTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray("params/lr,id,name,train/loss (min)\r"));
    QCOMPARE(lines.size(), shown.size() + 2); // the header, the rows, the empty string after the last newline
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const QList<QByteArray> cells = lines[i + 1].trimmed().split(',');
        QCOMPARE(cells.value(1), shown[i].toUtf8());
        // Numbers at full precision without the German screen's decimal comma.
        const double lr = m_demo->cache().run(shown[i])->fields.isEmpty()
                              ? 0
                              : view->proxy()->index(int(i), 2).data(RunTableModel::SortRole).toDouble();
        QCOMPARE(cells.value(0).toDouble(), lr);
        QVERIFY2(!cells.value(0).contains(' '), cells.value(0).constData());
    }
}

void TestTableExport::exportToAnUnwritablePlaceSaysSo()
{
    QVERIFY(!m_window->exportTableTo(u"/proc/nereid-cannot-write-here/table.csv"_s));
    QVERIFY(!QFile::exists(u"/proc/nereid-cannot-write-here/table.csv"_s));
}

void TestTableExport::switchingTheSortedColumnsSummaryKeepsTheSort()
{
    ExperimentsView *view = m_window->experiments();
    view->applyColumns({{u"sys/id"_s, SeriesAggregate::Last}, {u"train/loss"_s, SeriesAggregate::Last}});
    view->table()->sortByColumn(1, Qt::DescendingOrder);
    // As the column chooser does when the user picks "minimum" for the sorted column.
    view->applyColumns({{u"sys/id"_s, SeriesAggregate::Last}, {u"train/loss"_s, SeriesAggregate::Min}});
    QHeaderView *header = view->table()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), 1);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    const QAbstractItemModel *shown = view->table()->model();
    for (int row = 1; row < shown->rowCount(); ++row)
        QVERIFY(shown->index(row - 1, 1).data(RunTableModel::SortRole).toDouble() >=
                shown->index(row, 1).data(RunTableModel::SortRole).toDouble());
}

QTEST_MAIN(TestTableExport)
#include "test_tableexport.moc"
