// Group by (issue 17, item 3) at 100,000 runs of 20 params and 20 metric series (40 columns): grouping by one field
// (params/p1, 8 values) and by two (params/p1 and params/p4, 88 groups), each against the same-run baseline of a
// plain hash partition of the rows by the same key; every aggregate of every group and column (what the previous
// attempt took 1,161 ms for); and a live regroup after one run's value moved it to another group (368 ms before),
// against the same update with grouping off. Run with `-median 5`.
#include "benchruntabledata.h"
#include "cache/cache.h"
#include "models/runfilterproxymodel.h"
#include "models/rungroupmodel.h"
#include "models/rungroupvalues.h"
#include "models/runtablemodel.h"

#include <QTest>

using namespace nereid;

namespace {

const QString P1 = QStringLiteral("params/p1");
const QString P4 = QStringLiteral("params/p4");

} // namespace

class BenchRunGroup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hashPartitionBaseline();
    void groupByOneField();
    void hashPartitionTwoFieldsBaseline();
    void groupByTwoFields();
    void allAggregates();
    void liveUpdateWithoutGrouping();
    void liveRegroupAfterOneRunChanged();

private:
    void group(const QStringList &fields);
    void changeOneRun();

    Cache m_cache; // never opened: the runs go in as the sync engine's pages would
    std::unique_ptr<RunTableModel> m_model;
    std::unique_ptr<RunFilterProxyModel> m_proxy;
    std::unique_ptr<RunGroupModel> m_groups;
    RunRecord m_changing;
    int m_flip = 0;
};

void BenchRunGroup::initTestCase()
{
    m_model = std::make_unique<RunTableModel>(&m_cache);
    m_model->setRuns(bench::Project, {});
    for (int first = 1; first <= bench::RunCount; first += 1000)
        m_model->addRuns(bench::runs(first, 1000, 20, 20));
    QList<RunColumn> columns;
    for (int i = 0; i < 20; ++i) {
        columns.append({QStringLiteral("params/p%1").arg(i), SeriesAggregate::Last});
        columns.append({QStringLiteral("metrics/m%1").arg(i), SeriesAggregate::Last});
    }
    m_model->setColumns(columns);
    m_proxy = std::make_unique<RunFilterProxyModel>();
    m_proxy->setRunModel(m_model.get());
    m_groups = std::make_unique<RunGroupModel>(m_proxy.get());
    QCOMPARE(m_proxy->rowCount(), bench::RunCount);
    m_changing = bench::runs(500, 1, 20, 20).first();
}

void BenchRunGroup::group(const QStringList &fields)
{
    RunGrouping grouping = m_groups->grouping();
    grouping.fields = fields;
    grouping.enabled = !fields.isEmpty();
    m_groups->setGrouping(grouping);
}

void BenchRunGroup::hashPartitionBaseline()
{
    // The least grouping can cost: each row's key from its run, and the row appended to its key's list.
    QHash<QString, QList<int>> partition;
    QBENCHMARK
    {
        partition.clear();
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QueryRun &run = m_model->queryRun(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
            partition[RunGroupValues::fieldKey(run.field(P1))].append(row);
        }
    }
    QCOMPARE(partition.size(), 8);
}

void BenchRunGroup::groupByOneField()
{
    QBENCHMARK
    {
        group({});
        group({P1});
    }
    QCOMPARE(m_groups->rowCount(), 8);
}

void BenchRunGroup::hashPartitionTwoFieldsBaseline()
{
    // The same by two fields: two lookups per run, each mostly a cache miss into the run's own field index.
    QHash<QString, QList<int>> partition;
    QBENCHMARK
    {
        partition.clear();
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QueryRun &run = m_model->queryRun(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
            partition[RunGroupValues::fieldKey(run.field(P1)) + QChar(0x1f) + RunGroupValues::fieldKey(run.field(P4))]
                .append(row);
        }
    }
    QCOMPARE(partition.size(), 88);
}

void BenchRunGroup::groupByTwoFields()
{
    QBENCHMARK
    {
        group({});
        group({P1, P4});
    }
    QCOMPARE(m_groups->rowCount(), 88);
}

void BenchRunGroup::allAggregates()
{
    group({P1});
    int cells = 0;
    bool max = false;
    QBENCHMARK
    {
        // A changed aggregate forgets every computed cell: each is computed again as it is read.
        RunGrouping grouping = m_groups->grouping();
        grouping.aggregates.insert(QStringLiteral("metrics/m0"),
                                   (max = !max) ? RunGrouping::Aggregate::Max : RunGrouping::Aggregate::Mean);
        m_groups->setGrouping(grouping);
        cells = 0;
        for (int row = 0; row < m_groups->rowCount(); ++row)
            for (int column = 1; column < m_groups->columnCount(); ++column)
                cells += m_groups->index(row, column).data().isValid() ? 1 : 0;
    }
    QCOMPARE(cells, 8 * 39);
}

void BenchRunGroup::changeOneRun()
{
    // params/p1 is the run's number mod 8 (an int): each change gives it another value, so another group.
    for (FieldRecord &field : m_changing.fields) {
        if (field.path == P1)
            field.value = QVariant(qint64(++m_flip % 8));
    }
    m_model->updateRuns({m_changing});
}

void BenchRunGroup::liveUpdateWithoutGrouping()
{
    group({});
    QBENCHMARK
    {
        changeOneRun();
    }
}

void BenchRunGroup::liveRegroupAfterOneRunChanged()
{
    group({P1});
    QBENCHMARK
    {
        changeOneRun();
    }
    const QModelIndex run = m_groups->indexOfTableRow(m_model->rowOf(QStringLiteral("BIG-500")));
    QCOMPARE(run.parent().data(RunGroupModel::GroupLabelRole).toString(), QString::number(m_flip % 8));
}

QTEST_MAIN(BenchRunGroup)
#include "benchrungroup.moc"
