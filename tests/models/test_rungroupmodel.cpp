#include "models/runfilterproxymodel.h"
#include "models/rungroupmodel.h"
#include "models/runtablemodel.h"
#include "runfixtures.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;
using nereid::test::RunFixtures;

namespace {

QJsonObject sweepRun(int number, const QString &optimizer, double lr, double loss, const QJsonArray &tags)
{
    return RunFixtures::run(number, {{u"tags"_s, tags}},
                            {{u"params/optimizer"_s, RunFixtures::atom(u"string"_s, optimizer)},
                             {u"params/lr"_s, RunFixtures::atom(u"float"_s, lr)},
                             {u"train/loss"_s, RunFixtures::floatSeries(100, loss, loss / 2, 2.0)}});
}

// Three adam runs (one tagged "b, a", the same set as "a, b"), two sgd runs, one run without an optimizer.
QList<QJsonObject> sweep()
{
    return {sweepRun(1, u"adam"_s, 0.1, 0.5, {u"a"_s, u"b"_s}), sweepRun(2, u"sgd"_s, 0.01, 0.9, {u"a"_s}),
            sweepRun(3, u"adam"_s, 0.2, 0.3, {u"b"_s, u"a"_s}), sweepRun(4, u"sgd"_s, 0.03, 0.7, {u"a"_s}),
            sweepRun(5, u"adam"_s, 0.3, 0.1, {u"c"_s}),         RunFixtures::run(6, {{u"tags"_s, QJsonArray{u"c"_s}}})};
}

} // namespace

// The grouped experiments table over a real cache and the real filter proxy: groups, counts, aggregates, and
// following the table live without resets, always under QAbstractItemModelTester.
class TestRunGroupModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup();
    void groupsRunsByOneField();
    void aggregatesNumericColumnsAsChosen();
    void groupsTagsByTheWholeSet();
    void groupsByTwoFields();
    void addedRunsJoinOrOpenGroups();
    void changedValueMovesRunToItsNewGroup();
    void filterAndSortFollowTheTable();
    void groupingRoundTripsThroughJson();

private:
    int column(const QString &path, SeriesAggregate aggregate = SeriesAggregate::Last) const
    {
        return m_runs->columnOf({path, aggregate});
    }
    QStringList groupTitles() const
    {
        QStringList titles;
        for (int row = 0; row < m_groups->rowCount(); ++row)
            titles.append(m_groups->index(row, 0).data().toString());
        return titles;
    }
    QModelIndex groupNamed(const QString &label) const
    {
        for (int row = 0; row < m_groups->rowCount(); ++row) {
            if (m_groups->index(row, 0).data(RunGroupModel::GroupLabelRole).toString() == label)
                return m_groups->index(row, 0);
        }
        return {};
    }
    void groupBy(const QStringList &fields)
    {
        RunGrouping grouping = m_groups->grouping();
        grouping.fields = fields;
        grouping.enabled = true;
        m_groups->setGrouping(grouping);
    }

    std::unique_ptr<RunFixtures> m_fixtures;
    std::unique_ptr<RunTableModel> m_runs;
    std::unique_ptr<RunFilterProxyModel> m_proxy;
    std::unique_ptr<RunGroupModel> m_groups;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRunGroupModel::init()
{
    m_fixtures = std::make_unique<RunFixtures>();
    QVERIFY(m_fixtures->open());
    QVERIFY(m_fixtures->apply(sweep()));
    m_runs = std::make_unique<RunTableModel>(&m_fixtures->cache());
    QList<RunColumn> columns = RunColumn::defaults();
    columns.append({u"params/optimizer"_s, SeriesAggregate::Last});
    columns.append({u"params/lr"_s, SeriesAggregate::Last});
    columns.append({u"train/loss"_s, SeriesAggregate::Last});
    m_runs->setColumns(columns);
    m_runs->setProject(RunFixtures::Project);
    m_proxy = std::make_unique<RunFilterProxyModel>();
    m_proxy->setRunModel(m_runs.get());
    m_groups = std::make_unique<RunGroupModel>(m_proxy.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_groups.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    groupBy({u"params/optimizer"_s});
}

void TestRunGroupModel::cleanup()
{
    m_tester.reset();
    m_groups.reset();
    m_proxy.reset();
    m_runs.reset();
    m_fixtures.reset();
}

void TestRunGroupModel::groupsRunsByOneField()
{
    QCOMPARE(groupTitles(), (QStringList{u"adam (3 runs)"_s, u"sgd (2 runs)"_s, u"(none) (1 run)"_s}));
    const QModelIndex adam = groupNamed(u"adam"_s);
    QCOMPARE(m_groups->rowCount(adam), 3);
    QCOMPARE(adam.data(RunGroupModel::GroupRunIdsRole).toStringList(),
             (QStringList{u"SWP-1"_s, u"SWP-3"_s, u"SWP-5"_s}));
    // A run row is the table's row: the same cells, the same roles.
    const QModelIndex second = m_groups->index(1, column(u"sys/name"_s), adam);
    QCOMPARE(second.data().toString(), u"run 3"_s);
    QCOMPARE(second.data(RunTableModel::RunIdRole).toString(), u"SWP-3"_s);
    QCOMPARE(m_groups->tableRow(second), 2);
    // The grouped column reads the group's value, a column where runs differ is empty.
    QCOMPARE(m_groups->index(adam.row(), column(u"params/optimizer"_s)).data().toString(), u"adam"_s);
    QCOMPARE(m_groups->index(adam.row(), column(u"sys/name"_s)).data().toString(), QString());
}

void TestRunGroupModel::aggregatesNumericColumnsAsChosen()
{
    const int adam = groupNamed(u"adam"_s).row();
    const QModelIndex lr = m_groups->index(adam, column(u"params/lr"_s));
    const QModelIndex loss = m_groups->index(adam, column(u"train/loss"_s));
    QCOMPARE(lr.data().toString(), u"0.2"_s);   // mean of 0.1, 0.2, 0.3
    QCOMPARE(loss.data().toString(), u"0.3"_s); // mean of the last values 0.5, 0.3, 0.1
    QCOMPARE(lr.data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);

    QSignalSpy changed(m_groups.get(), &QAbstractItemModel::dataChanged);
    RunGrouping grouping = m_groups->grouping();
    grouping.aggregates.insert(u"params/lr"_s, RunGrouping::Aggregate::Max);
    grouping.aggregates.insert(u"train/loss"_s, RunGrouping::Aggregate::Min);
    m_groups->setGrouping(grouping);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(lr.data().toString(), u"0.3"_s);
    QCOMPARE(loss.data().toString(), u"0.1"_s);
    QCOMPARE(m_groups->index(groupNamed(u"sgd"_s).row(), column(u"params/lr"_s)).data().toString(), u"0.03"_s);
}

void TestRunGroupModel::groupsTagsByTheWholeSet()
{
    groupBy({u"sys/tags"_s});
    QCOMPARE(groupTitles(), (QStringList{u"a (2 runs)"_s, u"a, b (2 runs)"_s, u"c (2 runs)"_s}));
    QCOMPARE(groupNamed(u"a, b"_s).data(RunGroupModel::GroupRunIdsRole).toStringList(),
             (QStringList{u"SWP-1"_s, u"SWP-3"_s}));
}

void TestRunGroupModel::groupsByTwoFields()
{
    groupBy({u"params/optimizer"_s, u"sys/tags"_s});
    QCOMPARE(groupTitles(), (QStringList{u"adam · a, b (2 runs)"_s, u"adam · c (1 run)"_s, u"sgd · a (2 runs)"_s,
                                         u"(none) · c (1 run)"_s}));
}

void TestRunGroupModel::addedRunsJoinOrOpenGroups()
{
    QSignalSpy reset(m_groups.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_groups.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(m_fixtures->apply(
        {sweepRun(7, u"adam"_s, 0.4, 0.2, {u"a"_s}), sweepRun(8, u"rmsprop"_s, 0.05, 0.4, {u"a"_s})}));
    QCOMPARE(reset.size(), 0);
    QVERIFY(inserted.size() >= 3); // a run into adam, the rmsprop group, its run
    QCOMPARE(groupTitles(),
             (QStringList{u"adam (4 runs)"_s, u"rmsprop (1 run)"_s, u"sgd (2 runs)"_s, u"(none) (1 run)"_s}));
    QCOMPARE(m_groups->index(groupNamed(u"adam"_s).row(), column(u"params/lr"_s)).data().toString(), u"0.25"_s);
}

void TestRunGroupModel::changedValueMovesRunToItsNewGroup()
{
    const QPersistentModelIndex sgd = groupNamed(u"sgd"_s);
    QSignalSpy reset(m_groups.get(), &QAbstractItemModel::modelReset);
    // Run 6 takes an optimizer: the "(none)" group empties and goes; sgd gets a third run and a new mean.
    QVERIFY(m_fixtures->apply({sweepRun(6, u"sgd"_s, 0.05, 0.5, {u"c"_s})}));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(groupTitles(), (QStringList{u"adam (3 runs)"_s, u"sgd (3 runs)"_s}));
    QVERIFY(sgd.isValid());
    QCOMPARE(sgd.data(RunGroupModel::GroupLabelRole).toString(), u"sgd"_s);
    QCOMPARE(m_groups->index(sgd.row(), column(u"params/lr"_s)).data().toString(), u"0.03"_s);
    // A change that keeps the group updates the aggregate in place.
    QVERIFY(m_fixtures->apply({sweepRun(2, u"sgd"_s, 0.11, 0.9, {u"a"_s})}));
    QCOMPARE(m_groups->index(sgd.row(), column(u"params/lr"_s)).data().toString(), u"0.0633333"_s);
}

void TestRunGroupModel::filterAndSortFollowTheTable()
{
    QVERIFY(m_proxy->setFilterText(u"params/lr > 0.05"_s));
    QCOMPARE(groupTitles(), (QStringList{u"adam (3 runs)"_s}));
    QVERIFY(m_proxy->setFilterText(QString()));
    QCOMPARE(groupTitles().size(), 3);

    const QModelIndex adam = groupNamed(u"adam"_s);
    const QPersistentModelIndex run5 = m_groups->index(2, 0, adam);
    QCOMPARE(run5.data(RunTableModel::RunIdRole).toString(), u"SWP-5"_s);
    m_groups->sort(column(u"params/lr"_s), Qt::DescendingOrder);
    QCOMPARE(groupTitles(), (QStringList{u"adam (3 runs)"_s, u"sgd (2 runs)"_s, u"(none) (1 run)"_s}));
    QCOMPARE(run5.row(), 0);
    QCOMPARE(run5.parent().data(RunGroupModel::GroupLabelRole).toString(), u"adam"_s);
    QCOMPARE(m_groups->index(1, 0, groupNamed(u"adam"_s)).data(RunTableModel::RunIdRole).toString(), u"SWP-3"_s);
}

void TestRunGroupModel::groupingRoundTripsThroughJson()
{
    RunGrouping grouping;
    grouping.fields = {u"params/optimizer"_s, u"sys/tags"_s};
    grouping.enabled = true;
    grouping.aggregates.insert(u"train/loss"_s, RunGrouping::Aggregate::Min);
    QCOMPARE(RunGrouping::fromJson(grouping.toJson()), grouping);
    // What cannot be read is left out, the rest kept.
    const RunGrouping odd =
        RunGrouping::fromJson(QJsonObject{{u"fields"_s, QJsonArray{u"params/lr"_s, 3, QString()}},
                                          {u"aggregates"_s, QJsonObject{{u"a"_s, u"median"_s}, {u"b"_s, u"max"_s}}}});
    QCOMPARE(odd.fields, QStringList{u"params/lr"_s});
    QVERIFY(!odd.enabled);
    QCOMPARE(odd.aggregates.size(), 1);
    QCOMPARE(odd.aggregateOf(u"b"_s), RunGrouping::Aggregate::Max);
    QCOMPARE(odd.aggregateOf(u"a"_s), RunGrouping::Aggregate::Mean);
}

QTEST_GUILESS_MAIN(TestRunGroupModel)
#include "test_rungroupmodel.moc"
