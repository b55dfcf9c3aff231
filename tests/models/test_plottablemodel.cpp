#include "models/plotaxis.h"
#include "models/plottablemodel.h"
#include "models/runfilterproxymodel.h"
#include "models/runtablemodel.h"
#include "runfixtures.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;
using nereid::test::RunFixtures;

namespace {

QJsonObject fields(double lr, qint64 batch, const QString &optimizer, double lossLast, double lossMin)
{
    return {{u"params/lr"_s, RunFixtures::atom(u"float"_s, lr)},
            {u"params/batch"_s, RunFixtures::atom(u"int"_s, batch)},
            {u"params/optimizer"_s, RunFixtures::atom(u"string"_s, optimizer)},
            {u"train/loss"_s, RunFixtures::floatSeries(100, lossLast, lossMin, 2.0)},
            {u"log/stdout"_s, RunFixtures::stringSeries(3, u"done"_s)}};
}

QList<QJsonObject> sweep()
{
    return {RunFixtures::run(1, {{u"name"_s, u"sgd fast"_s}}, fields(0.1, 32, u"SGD"_s, 0.5, 0.4)),
            RunFixtures::run(2, {{u"name"_s, u"sgd slow"_s}}, fields(0.01, 64, u"SGD"_s, 0.3, 0.25)),
            RunFixtures::run(3, {{u"name"_s, u"adam"_s}, {u"failed"_s, true}}, fields(0.001, 128, u"Adam"_s, 0.9, 0.8)),
            RunFixtures::run(4, {{u"name"_s, u"no params"_s}}, {})};
}

QList<double> column(const PlotTableModel &model, int column)
{
    return model.values(column);
}

} // namespace

// What the scatter and parallel-coordinates plots read: a number or a category per run shown and column chosen,
// following the experiments table's filter.
class TestPlotTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup();
    void numbersAndCategoriesPerRun();
    void followsTheFilter();
    void followsLiveRuns();
    void plottableColumns();
    void axisPlacesValues();

private:
    std::unique_ptr<RunFixtures> m_fixtures;
    std::unique_ptr<RunTableModel> m_runs;
    std::unique_ptr<RunFilterProxyModel> m_proxy;
    std::unique_ptr<PlotTableModel> m_plot;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestPlotTableModel::init()
{
    m_fixtures = std::make_unique<RunFixtures>();
    QVERIFY(m_fixtures->open());
    QVERIFY(m_fixtures->apply(sweep()));
    m_runs = std::make_unique<RunTableModel>(&m_fixtures->cache());
    m_proxy = std::make_unique<RunFilterProxyModel>();
    m_proxy->setRunModel(m_runs.get());
    m_plot = std::make_unique<PlotTableModel>(m_proxy.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_plot.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_runs->setProject(RunFixtures::Project);
    m_plot->setPlotColumns({{u"params/lr"_s},
                            {u"params/batch"_s},
                            {u"train/loss"_s, SeriesAggregate::Min},
                            {u"params/optimizer"_s},
                            {u"sys/failed"_s}});
}

void TestPlotTableModel::cleanup()
{
    m_tester.reset();
    m_plot.reset();
    m_proxy.reset();
    m_runs.reset();
    m_fixtures.reset();
}

void TestPlotTableModel::numbersAndCategoriesPerRun()
{
    QCOMPARE(m_plot->rowCount(), 4);
    QCOMPARE(m_plot->columnCount(), 5);
    const int adam =
        int(QStringList{m_plot->runId(0), m_plot->runId(1), m_plot->runId(2), m_plot->runId(3)}.indexOf(u"SWP-3"_s));
    QVERIFY(adam >= 0);
    QCOMPARE(column(*m_plot, 0)[adam], 0.001);
    QCOMPARE(column(*m_plot, 1)[adam], 128.0);
    QCOMPARE(column(*m_plot, 2)[adam], 0.8);
    // Categories in natural order, the cell holding the index; a run without the field has no value.
    QVERIFY(m_plot->isCategorical(3));
    QCOMPARE(m_plot->categories(3), (QStringList{u"Adam"_s, u"SGD"_s}));
    QCOMPARE(column(*m_plot, 3)[adam], 0.0);
    QCOMPARE(m_plot->index(adam, 3).data().toString(), u"Adam"_s);
    QVERIFY(m_plot->isBoolean(4));
    QCOMPARE(m_plot->categories(4), (QStringList{u"false"_s, u"true"_s}));
    QCOMPARE(column(*m_plot, 4)[adam], 1.0);
    const int empty = int(m_plot->match(m_plot->index(0, 0), PlotTableModel::RunIdRole, u"SWP-4"_s).value(0).row());
    QVERIFY(std::isnan(column(*m_plot, 0)[empty]));
    QCOMPARE(m_plot->index(empty, 0).data().toString(), QString());
    QCOMPARE(m_plot->headerData(2, Qt::Horizontal).toString(), u"train/loss (min)"_s);
    QCOMPARE(m_plot->runLabel(adam), u"SWP-3 · adam"_s);
    QCOMPARE(m_plot->tableIndex(adam).data(RunTableModel::RunIdRole).toString(), u"SWP-3"_s);
}

void TestPlotTableModel::followsTheFilter()
{
    QVERIFY(m_proxy->setFilterText(u"params/optimizer = SGD"_s));
    QTRY_COMPARE(m_plot->rowCount(), 2);
    QCOMPARE(m_plot->categories(3), QStringList{u"SGD"_s});
    QCOMPARE(m_plot->runId(0), m_proxy->index(0, 0).data(RunTableModel::RunIdRole).toString());
    QVERIFY(m_proxy->setFilterText(QString()));
    QTRY_COMPARE(m_plot->rowCount(), 4);
}

void TestPlotTableModel::followsLiveRuns()
{
    // A sync page changes SWP-2's loss and adds SWP-5: the plot reads both a moment later.
    QVERIFY(m_fixtures->apply({RunFixtures::run(2, {{u"name"_s, u"sgd slow"_s}}, fields(0.01, 64, u"SGD"_s, 0.2, 0.05)),
                               RunFixtures::run(5, {{u"name"_s, u"new"_s}}, fields(0.3, 16, u"RMSprop"_s, 1.0, 0.9))}));
    QTRY_COMPARE(m_plot->rowCount(), 5);
    const int changed = int(m_plot->match(m_plot->index(0, 0), PlotTableModel::RunIdRole, u"SWP-2"_s).value(0).row());
    QTRY_COMPARE(m_plot->values(2)[changed], 0.05);
    QCOMPARE(m_plot->categories(3), (QStringList{u"Adam"_s, u"RMSprop"_s, u"SGD"_s}));
}

void TestPlotTableModel::plottableColumns()
{
    const QList<RunColumn> columns = PlotTableModel::plottableColumns(*m_proxy);
    QVERIFY(columns.contains(RunColumn{u"params/lr"_s}));
    QVERIFY(columns.contains(RunColumn{u"params/optimizer"_s}));
    QVERIFY(columns.contains(RunColumn{u"sys/failed"_s}));
    for (SeriesAggregate aggregate : {SeriesAggregate::Last, SeriesAggregate::Min, SeriesAggregate::Max})
        QVERIFY(columns.contains(RunColumn{u"train/loss"_s, aggregate}));
    // Tags (a set), times and text logs have no place on an axis.
    QVERIFY(!columns.contains(RunColumn{u"sys/tags"_s}));
    QVERIFY(!columns.contains(RunColumn{u"sys/creation_time"_s}));
    QVERIFY(!columns.contains(RunColumn{u"log/stdout"_s}));
}

void TestPlotTableModel::axisPlacesValues()
{
    const PlotAxis linear = PlotAxis::fit(column(*m_plot, 1));
    QVERIFY(linear.low() < 32 && linear.high() > 128);
    QVERIFY(linear.fraction(32) < linear.fraction(64));
    QCOMPARE(linear.valueAt(linear.fraction(64)), 64.0);
    const PlotAxis log = PlotAxis::fit(column(*m_plot, 0), true);
    // A decade is the same distance wherever it is.
    QVERIFY(qAbs((log.fraction(0.01) - log.fraction(0.001)) - (log.fraction(0.1) - log.fraction(0.01))) < 1e-9);
    QVERIFY(std::isnan(log.fraction(0)));
    QCOMPARE(log.ticks(), (QList<double>{0.001, 0.01, 0.1}));
    const PlotAxis categories = PlotAxis::categorical(m_plot->categories(3));
    QCOMPARE(categories.fraction(0), 0.25);
    QCOMPARE(categories.fraction(1), 0.75);
    QCOMPARE(categories.valueAt(0.6), 1.0);
}

QTEST_GUILESS_MAIN(TestPlotTableModel)
#include "test_plottablemodel.moc"
