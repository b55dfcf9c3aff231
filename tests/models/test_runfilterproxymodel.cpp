#include "models/runfilterproxymodel.h"
#include "models/runtablemodel.h"
#include "runfixtures.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;
using nereid::test::RunFixtures;

namespace {

QJsonObject params(double lr, const QString &optimizer, double lossLast)
{
    return {{u"params/lr"_s, RunFixtures::atom(u"float"_s, lr)},
            {u"params/optimizer"_s, RunFixtures::atom(u"string"_s, optimizer)},
            {u"train/loss"_s, RunFixtures::floatSeries(500, lossLast, lossLast, 2.0)}};
}

QList<QJsonObject> sweep()
{
    return {RunFixtures::run(1, {{u"name"_s, u"resnet baseline"_s}, {u"tags"_s, QJsonArray{u"baseline"_s}}},
                             params(0.1, u"SGD"_s, 0.5)),
            RunFixtures::run(2,
                             {{u"name"_s, u"resnet wide"_s},
                              {u"tags"_s, QJsonArray{u"best"_s, u"wide"_s}},
                              {u"description"_s, u"Widened blocks, cosine schedule"_s}},
                             params(0.03, u"SGD"_s, 0.12)),
            RunFixtures::run(3, {{u"name"_s, u"vit small"_s}, {u"failed"_s, true}}, params(0.001, u"Adam"_s, 0.9)),
            RunFixtures::run(4, {{u"name"_s, u"old attempt"_s}, {u"trashed"_s, true}}, params(0.5, u"SGD"_s, 1.5))};
}

QStringList shownIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(RunTableModel::RunIdRole).toString());
    return ids;
}

} // namespace

// The filter box behind the experiments table: queries, plain words, errors that keep the last good filter,
// trashed runs, and rows filtered again as sync changes them.
class TestRunFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    // Numbers are formatted in the user's locale: pin one, so the expected texts hold on every machine.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup();
    void filters_data();
    void filters();
    void badQueryReportsWhereAndKeepsLastFilter();
    void trashedRunsHiddenUnlessShown();
    void changedRunIsFilteredAgain();
    void sortingIsPassedToTheTable();

private:
    std::unique_ptr<RunFixtures> m_fixtures;
    std::unique_ptr<RunTableModel> m_runs;
    std::unique_ptr<RunFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRunFilterProxyModel::init()
{
    m_fixtures = std::make_unique<RunFixtures>();
    QVERIFY(m_fixtures->open());
    QVERIFY(m_fixtures->apply(sweep()));
    m_runs = std::make_unique<RunTableModel>(&m_fixtures->cache());
    m_proxy = std::make_unique<RunFilterProxyModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy->setRunModel(m_runs.get());
    m_runs->setProject(RunFixtures::Project);
}

void TestRunFilterProxyModel::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_runs.reset();
    m_fixtures.reset();
}

void TestRunFilterProxyModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("blank") << u"  "_s << QStringList{u"SWP-1"_s, u"SWP-2"_s, u"SWP-3"_s};
    QTest::newRow("number") << u"params/lr > 0.01"_s << QStringList{u"SWP-1"_s, u"SWP-2"_s};
    QTest::newRow("and, string") << u"params/lr > 0.01 AND params/optimizer = SGD"_s
                                 << QStringList{u"SWP-1"_s, u"SWP-2"_s};
    QTest::newRow("series last") << u"last(train/loss) < 0.2"_s << QStringList{u"SWP-2"_s};
    QTest::newRow("tags contain") << u"sys/tags CONTAINS \"best\""_s << QStringList{u"SWP-2"_s};
    QTest::newRow("failed") << u"sys/failed = true"_s << QStringList{u"SWP-3"_s};
    QTest::newRow("or, not") << u"NOT sys/failed = true OR params/optimizer = Adam"_s
                             << QStringList{u"SWP-1"_s, u"SWP-2"_s, u"SWP-3"_s};
    QTest::newRow("word in name") << u"resnet"_s << QStringList{u"SWP-1"_s, u"SWP-2"_s};
    QTest::newRow("words, any case") << u"RESNET Wide"_s << QStringList{u"SWP-2"_s};
    QTest::newRow("word in tag") << u"baseline"_s << QStringList{u"SWP-1"_s};
    QTest::newRow("word in description") << u"cosine"_s << QStringList{u"SWP-2"_s};
    QTest::newRow("word in id") << u"swp-3"_s << QStringList{u"SWP-3"_s};
    QTest::newRow("apostrophe is a word") << u"bob's"_s << QStringList{};
    QTest::newRow("no match") << u"transformer"_s << QStringList{};
}

void TestRunFilterProxyModel::filters()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QSignalSpy errors(m_proxy.get(), &RunFilterProxyModel::filterErrorChanged);
    QVERIFY(m_proxy->setFilterText(text));
    QCOMPARE(shownIds(*m_proxy), expected);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors[0][0].value<QueryError>().isNull());
}

void TestRunFilterProxyModel::badQueryReportsWhereAndKeepsLastFilter()
{
    QVERIFY(m_proxy->setFilterText(u"params/lr > 0.01"_s));
    QSignalSpy errors(m_proxy.get(), &RunFilterProxyModel::filterErrorChanged);
    QVERIFY(!m_proxy->setFilterText(u"params/lr > 0.01 AND (sys/failed = true"_s));
    QCOMPARE(m_proxy->filterText(), u"params/lr > 0.01 AND (sys/failed = true"_s); // the text stays
    QCOMPARE(m_proxy->filterError().kind, QueryError::Kind::Syntax);
    QCOMPARE(m_proxy->filterError().position, 39); // the end, where ")" was wanted
    QVERIFY(!m_proxy->filterError().message.isEmpty());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0][0].value<QueryError>().position, 39);
    QCOMPARE(shownIds(*m_proxy), (QStringList{u"SWP-1"_s, u"SWP-2"_s}));

    QVERIFY(m_proxy->setFilterText(u"params/lr > 0.01 AND (sys/failed = false)"_s));
    QVERIFY(m_proxy->filterError().isNull());
}

void TestRunFilterProxyModel::trashedRunsHiddenUnlessShown()
{
    QVERIFY(m_proxy->setFilterText(u"params/optimizer = SGD"_s));
    QCOMPARE(shownIds(*m_proxy), (QStringList{u"SWP-1"_s, u"SWP-2"_s}));
    m_proxy->setShowTrashed(true);
    QCOMPARE(shownIds(*m_proxy), (QStringList{u"SWP-1"_s, u"SWP-2"_s, u"SWP-4"_s}));
    m_proxy->setShowTrashed(false);
    QCOMPARE(shownIds(*m_proxy), (QStringList{u"SWP-1"_s, u"SWP-2"_s}));
}

void TestRunFilterProxyModel::changedRunIsFilteredAgain()
{
    QVERIFY(m_proxy->setFilterText(u"sys/tags CONTAINS best"_s));
    QCOMPARE(shownIds(*m_proxy), QStringList{u"SWP-2"_s});
    QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);
    // A sync moves the "best" tag from SWP-2 to SWP-3 and restores SWP-4 with it.
    QList<QJsonObject> page = sweep();
    QVERIFY(m_fixtures->apply(
        {RunFixtures::run(2, {{u"tags"_s, QJsonArray{u"wide"_s}}}, page[1][u"fields"_s].toObject()),
         RunFixtures::run(3, {{u"tags"_s, QJsonArray{u"best"_s}}}, page[2][u"fields"_s].toObject()),
         RunFixtures::run(4, {{u"tags"_s, QJsonArray{u"best"_s}}}, page[3][u"fields"_s].toObject())}));
    QCOMPARE(shownIds(*m_proxy), (QStringList{u"SWP-3"_s, u"SWP-4"_s}));
    QCOMPARE(reset.size(), 0);
}

void TestRunFilterProxyModel::sortingIsPassedToTheTable()
{
    m_runs->setColumns({{u"sys/id"_s, SeriesAggregate::Last}, {u"params/lr"_s, SeriesAggregate::Last}});
    m_proxy->sort(1, Qt::DescendingOrder);
    QCOMPARE(m_runs->sortColumn(), 1);
    QCOMPARE(m_proxy->sortColumn(), -1); // the proxy keeps the table's order
    QCOMPARE(shownIds(*m_proxy), (QStringList{u"SWP-1"_s, u"SWP-2"_s, u"SWP-3"_s}));
    m_proxy->sort(1, Qt::AscendingOrder);
    QCOMPARE(shownIds(*m_proxy), (QStringList{u"SWP-3"_s, u"SWP-2"_s, u"SWP-1"_s}));
}

QTEST_GUILESS_MAIN(TestRunFilterProxyModel)
#include "test_runfilterproxymodel.moc"
