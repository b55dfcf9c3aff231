// The experiments table of issue 6 at 100,000 runs × 200 columns (100 params, 100 metric series; 217 fields
// per run with sys): first paint after a model reset (< 100 ms), scrolling a page (< 25 ms), sorting by a
// numeric column (< 50 ms; again, and the first time), a live re-sort after one run's value changed (issue 16:
// <= 20 ms). Baselines in the same run: the same view painting a 40 × 200
// QStandardItemModel (the cost of painting a page at all), and std::sort of 100,000 doubles (the raw sort). Run with
// `-median 5`.
#include "benchruntabledata.h"
#include "cache/cache.h"
#include "models/runfilterproxymodel.h"
#include "models/runtablemodel.h"

#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace nereid;

class BenchRunTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paintBaseline();
    void firstPaintAfterReset();
    void scrollPage();
    void sortBaseline();
    void sortNumericColumn();
    void sortNumericColumnFirstTime();
    void liveResortAfterOneRunChanges();

private:
    void paint(QTableView &view);

    Cache m_cache; // never opened: the runs go in as the sync engine's pages would
    std::unique_ptr<RunTableModel> m_model;
    std::unique_ptr<RunFilterProxyModel> m_proxy;
    std::unique_ptr<QTableView> m_view;
    QImage m_image{1280, 800, QImage::Format_ARGB32_Premultiplied};
    int m_firstTimeMetric = 20; // the next metric column no sort has read (metrics/m7 is sortNumericColumn's)
};

void BenchRunTable::paint(QTableView &view)
{
    QPainter painter(&m_image);
    view.render(&painter);
}

void BenchRunTable::initTestCase()
{
    m_model = std::make_unique<RunTableModel>(&m_cache);
    m_model->setRuns(bench::Project, {});
    for (int first = 1; first <= bench::RunCount; first += 1000) // pages, as sync adds them
        m_model->addRuns(bench::wideRuns(first, 1000));
    m_model->setColumns(bench::wideColumns());
    QCOMPARE(m_model->rowCount(), bench::RunCount);
    QCOMPARE(m_model->columnCount(), 200);
    m_proxy = std::make_unique<RunFilterProxyModel>();
    m_proxy->setRunModel(m_model.get());
    m_view = std::make_unique<QTableView>();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // as ExperimentsView has it
    m_view->setModel(m_proxy.get());
    m_view->resize(m_image.size());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    paint(*m_view);
}

void BenchRunTable::paintBaseline()
{
    QStandardItemModel page(40, 200);
    for (int row = 0; row < 40; ++row)
        for (int column = 0; column < 200; ++column)
            page.setItem(row, column, new QStandardItem(QString::number(row * 0.001 + column, 'g', 6)));
    QTableView view;
    view.setModel(&page);
    view.resize(m_image.size());
    QBENCHMARK
    {
        view.reset();
        paint(view);
    }
}

void BenchRunTable::firstPaintAfterReset()
{
    // The proxy loses its source and gets it back, as when the table's runs are replaced: a real reset each time
    // (setting the same source again resets nothing), after which the filter runs over every row again and the
    // view lays out 100,000 rows and 200 columns from scratch and paints them.
    QSignalSpy resets(m_proxy.get(), &QAbstractItemModel::modelReset);
    int rounds = 0;
    QBENCHMARK
    {
        m_proxy->setSourceModel(nullptr);
        m_proxy->setSourceModel(m_model.get());
        paint(*m_view);
        ++rounds;
    }
    QCOMPARE(resets.size(), 2 * rounds);
    QCOMPARE(m_view->model()->rowCount(), bench::RunCount);
    QCOMPARE(m_view->horizontalHeader()->count(), 200);
}

void BenchRunTable::scrollPage()
{
    QScrollBar *bar = m_view->verticalScrollBar();
    QBENCHMARK
    {
        const int next = bar->value() + bar->pageStep();
        bar->setValue(next > bar->maximum() ? 0 : next);
        paint(*m_view);
    }
}

void BenchRunTable::sortBaseline()
{
    QList<double> values(bench::RunCount);
    for (double &value : values)
        value = QRandomGenerator::global()->generateDouble();
    QBENCHMARK
    {
        QList<double> copy = values;
        std::sort(copy.begin(), copy.end());
    }
}

void BenchRunTable::sortNumericColumn()
{
    const int column = m_model->columnOf({QStringLiteral("metrics/m7"), SeriesAggregate::Last});
    QVERIFY(column >= 0);
    Qt::SortOrder order = Qt::AscendingOrder;
    QBENCHMARK
    {
        m_view->sortByColumn(column, order);
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
    const double first = m_proxy->index(0, column).data(RunTableModel::SortRole).toDouble();
    const double second = m_proxy->index(1, column).data(RunTableModel::SortRole).toDouble();
    QVERIFY(order == Qt::AscendingOrder ? first >= second : first <= second); // the last sort took effect
}

void BenchRunTable::sortNumericColumnFirstTime()
{
    // A column never sorted before: its 100,000 values are read out of the runs first. The model keeps what it read,
    // so each pass (run with -median N) sorts once, by a metric no pass has sorted by.
    QVERIFY2(m_firstTimeMetric < 100, "more passes than never-sorted metric columns");
    const int column =
        m_model->columnOf({QStringLiteral("metrics/m%1").arg(m_firstTimeMetric++), SeriesAggregate::Last});
    QVERIFY(column >= 0);
    QBENCHMARK_ONCE
    {
        m_view->sortByColumn(column, Qt::AscendingOrder);
    }
    QCOMPARE(m_model->sortColumn(), column);
    double previous = -qInf(); // every run has the metric: ascending all the way down
    for (int row = 0; row < bench::RunCount; row += 97) {
        const double value = m_proxy->index(row, column).data(RunTableModel::SortRole).toDouble();
        QVERIFY2(value >= previous, qPrintable(QString::number(row)));
        previous = value;
    }
}

void BenchRunTable::liveResortAfterOneRunChanges()
{
    // The table sorted by a metric; a sync brings one run whose value moves it from one end to the other. The
    // model places it (a binary search) and the proxy and view follow the moved row.
    const int column = m_model->columnOf({QStringLiteral("metrics/m7"), SeriesAggregate::Last});
    m_view->sortByColumn(column, Qt::AscendingOrder);
    RunRecord run = bench::wideRuns(500, 1).first();
    FieldRecord *metric = nullptr;
    for (FieldRecord &field : run.fields)
        metric = field.path == QLatin1String("metrics/m7") ? &field : metric;
    QVERIFY(metric);
    bool top = true;
    QBENCHMARK
    {
        metric->last = top ? -1.0 : 2.0;
        m_model->updateRuns({run});
        top = !top;
    }
    // The last change sent the run to the top (-1) or the bottom (2): the view shows it there.
    const int row = top ? bench::RunCount - 1 : 0;
    QCOMPARE(m_proxy->index(row, 0).data(RunTableModel::RunIdRole).toString(), QStringLiteral("BIG-500"));
}

QTEST_MAIN(BenchRunTable)
#include "benchruntable.moc"
