#include "models/runcounts.h"
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
    void unknownFieldSuggestsClosestPaths_data();
    void unknownFieldSuggestsClosestPaths();
    void shortQueryOnMissingFieldIsWordSearch();
    void fieldThatArrivesLaterIsFound();
    void countsShownOfAllRuns();

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

void TestRunFilterProxyModel::unknownFieldSuggestsClosestPaths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("message");
    QTest::newRow("typo") << u"params/lrr > 0.01"_s << qsizetype(0)
                          << u"No run has params/lrr; did you mean params/lr?"_s;
    QTest::newRow("spelling") << u"sys/failed = false AND params/optimiser = SGD"_s << qsizetype(23)
                              << u"No run has params/optimiser; did you mean params/optimizer?"_s;
    QTest::newRow("series, aggregate") << u"min(train/los) < 1"_s << qsizetype(4)
                                       << u"No run has train/los; did you mean train/loss?"_s;
    // Two conditions are a query, not words that look like one.
    QTest::newRow("no namespace") << u"lr > 0.01 AND sys/failed = false"_s << qsizetype(0)
                                  << u"No run has lr; did you mean params/lr?"_s;
    QTest::newRow("nothing close") << u"eval/bleu > 30"_s << qsizetype(0) << u"No run has eval/bleu."_s;
    QTest::newRow("sys field") << u"sys/tag CONTAINS best"_s << qsizetype(0)
                               << u"Unknown field at character 1: sys/tag is not a sys field. Did you mean sys/tags?"_s;
}

void TestRunFilterProxyModel::unknownFieldSuggestsClosestPaths()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, position);
    QFETCH(QString, message);
    QVERIFY(m_proxy->setFilterText(u"params/optimizer = SGD"_s));
    QSignalSpy errors(m_proxy.get(), &RunFilterProxyModel::filterErrorChanged);
    QVERIFY(!m_proxy->setFilterText(text));
    QCOMPARE(m_proxy->filterError().kind, QueryError::Kind::UnknownField);
    QCOMPARE(m_proxy->filterError().message, message);
    QCOMPARE(m_proxy->filterError().position, position);
    QCOMPARE(errors.size(), 1);
    QVERIFY(m_proxy->filterHint().isEmpty());
    QCOMPARE(shownIds(*m_proxy), (QStringList{u"SWP-1"_s, u"SWP-2"_s})); // the last good filter stays
}

void TestRunFilterProxyModel::shortQueryOnMissingFieldIsWordSearch()
{
    QVERIFY(m_fixtures->apply({RunFixtures::run(5, {{u"name"_s, u"warmup lr=0.0"_s}}, params(0.0, u"SGD"_s, 0.7))}));
    QSignalSpy hints(m_proxy.get(), &RunFilterProxyModel::filterHintChanged);
    QVERIFY(m_proxy->setFilterText(u"lr=0.0"_s));
    QCOMPARE(shownIds(*m_proxy), QStringList{u"SWP-5"_s}); // the run named so, not runs with a field lr
    QCOMPARE(m_proxy->filterHint(), u"No run has a field lr, so this searches run ids, names, descriptions and tags "
                                    u"for the words. Did you mean params/lr?"_s);
    QCOMPARE(hints.size(), 1);
    QCOMPARE(hints[0][0].toString(), m_proxy->filterHint());

    // A field some run has is queried, and the hint goes.
    QVERIFY(m_proxy->setFilterText(u"params/lr=0.0"_s));
    QCOMPARE(shownIds(*m_proxy), QStringList{u"SWP-5"_s});
    QVERIFY(m_proxy->filterHint().isEmpty());
    QVERIFY(m_proxy->setFilterText(u"params/lr=0.1"_s));
    QCOMPARE(shownIds(*m_proxy), QStringList{u"SWP-1"_s});
}

void TestRunFilterProxyModel::fieldThatArrivesLaterIsFound()
{
    QVERIFY(!m_proxy->setFilterText(u"params/momentum > 0.5"_s));
    QCOMPARE(m_proxy->filterError().kind, QueryError::Kind::UnknownField);
    QSignalSpy errors(m_proxy.get(), &RunFilterProxyModel::filterErrorChanged);
    // A sync brings the first run with the field: the text is read again, and now it is a query.
    QJsonObject fields = params(0.2, u"SGD"_s, 0.4);
    fields.insert(u"params/momentum"_s, RunFixtures::atom(u"float"_s, 0.9));
    QVERIFY(m_fixtures->apply({RunFixtures::run(6, {{u"name"_s, u"momentum"_s}}, fields)}));
    QTRY_VERIFY(m_proxy->filterError().isNull());
    QCOMPARE(shownIds(*m_proxy), QStringList{u"SWP-6"_s});
    QVERIFY(!errors.isEmpty());
}

void TestRunFilterProxyModel::countsShownOfAllRuns()
{
    RunCounts counts(m_proxy.get());
    QCOMPARE(counts.text(), u"3 of 3 runs"_s); // SWP-4 is trashed, and hidden
    QSignalSpy changed(&counts, &RunCounts::changed);
    QVERIFY(m_proxy->setFilterText(u"resnet"_s));
    QTRY_COMPARE(counts.text(), u"2 of 3 runs"_s);
    QVERIFY(m_proxy->setFilterText(u"transformer"_s));
    QTRY_COMPARE(counts.text(), u"0 of 3 runs"_s);
    m_proxy->setShowTrashed(true);
    QVERIFY(m_proxy->setFilterText(QString()));
    QTRY_COMPARE(counts.text(), u"4 of 4 runs"_s);
    QCOMPARE(changed.last(), (QVariantList{4, 4}));
    m_proxy->setShowTrashed(false);
    QVERIFY(m_proxy->setFilterText(u"vit"_s));
    QTRY_COMPARE(counts.text(), u"1 of 3 runs"_s);
    // A run that arrives with a sync counts at once.
    QVERIFY(m_fixtures->apply({RunFixtures::run(7, {{u"name"_s, u"vit large"_s}}, params(0.01, u"Adam"_s, 0.3))}));
    QTRY_COMPARE(counts.text(), u"2 of 4 runs"_s);
}

QTEST_GUILESS_MAIN(TestRunFilterProxyModel)
#include "test_runfilterproxymodel.moc"
