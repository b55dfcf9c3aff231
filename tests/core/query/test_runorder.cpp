#include "query/runorder.h"
#include "queryfixture.h"

#include <QTest>

using namespace nereid;
using namespace Qt::StringLiterals;

// Sorting the fixture's runs by a field, as the server's sort_by and the experiments table do.
class TestRunOrder : public QObject
{
    Q_OBJECT

private slots:
    void sortedIndexes_data();
    void sortedIndexes();
    void comparatorAgreesWithSortedIndexes_data();
    void comparatorAgreesWithSortedIndexes();
    void sortValueComparesAsItsRun_data();
    void sortValueComparesAsItsRun();
    void defaultOrderKeepsRuns();
    void badKeys_data();
    void badKeys();
};

void TestRunOrder::sortedIndexes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("expected"); // run numbers, first to last

    const auto up = Qt::AscendingOrder;
    const auto down = Qt::DescendingOrder;
    // Numbers as numbers (CLS-5's int among floats); CLS-7's string after them; CLS-6 has no lr: last.
    QTest::newRow("lr up") << u"params/lr"_s << up << u"10,9,3,4,2,8,1,5,7,6"_s;
    QTest::newRow("lr down, missing still last") << u"params/lr"_s << down << u"7,5,1,8,2,4,3,9,10,6"_s;
    QTest::newRow("typed lr leaves the string out") << u"`params/lr`:float"_s << up << u"10,9,3,4,2,8,1,5,6,7"_s;
    QTest::newRow("datetimes up") << u"sys/creation_time"_s << up << u"7,8,1,9,2,3,4,5,10,6"_s;
    QTest::newRow("datetimes down") << u"sys/creation_time"_s << down << u"6,10,5,4,3,2,9,1,8,7"_s;
    QTest::newRow("ids naturally") << u"sys/id"_s << up << u"1,2,3,4,5,6,7,8,9,10"_s;
    QTest::newRow("names naturally, case aside") << u"`sys/name`"_s << up << u"1,2,5,3,4,7,8,9,10,6"_s;
    // NaN (CLS-3) and an empty series (CLS-6) count as missing.
    QTest::newRow("series by last value") << u"train/loss"_s << up << u"4,10,9,2,5,1,3,6,7,8"_s;
    QTest::newRow("series by last value, down") << u"train/loss"_s << down << u"1,5,2,9,10,4,3,6,7,8"_s;
    QTest::newRow("series by max()") << u"max(train/loss)"_s << up << u"4,2,1,5,9,10,3,6,7,8"_s;
    QTest::newRow("booleans: false first") << u"sys/failed"_s << up << u"1,2,4,5,6,7,8,9,3,10"_s;
    QTest::newRow("string sets") << u"sys/tags"_s << up << u"5,6,1,2,7,4,9,8,3,10"_s;
    QTest::newRow("only some runs have it") << u"eval/acc"_s << down << u"8,7,9,1,2,3,4,5,6,10"_s;
}

void TestRunOrder::sortedIndexes()
{
    QFETCH(QString, key);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, expected);
    const RunOrder runOrder = RunOrder::parse(key, order);
    QVERIFY2(runOrder.isValid(), qPrintable(runOrder.error().message));
    const QList<QueryRun> runs = queryfixture::runs();
    QStringList sorted;
    for (const qsizetype index : runOrder.sortedIndexes(runs))
        sorted.append(runs[index].id());
    QCOMPARE(sorted, queryfixture::ids(expected));
}

void TestRunOrder::comparatorAgreesWithSortedIndexes_data()
{
    sortedIndexes_data();
}

void TestRunOrder::comparatorAgreesWithSortedIndexes()
{
    QFETCH(QString, key);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, expected);
    QList<QueryRun> runs = queryfixture::runs();
    std::stable_sort(runs.begin(), runs.end(), RunOrder::parse(key, order));
    QCOMPARE(queryfixture::idsOf(runs), queryfixture::ids(expected));
}

void TestRunOrder::sortValueComparesAsItsRun_data()
{
    sortedIndexes_data();
}

void TestRunOrder::sortValueComparesAsItsRun()
{
    // A run listing's page token keeps the last run's sort value, without the run: it must sort where the run does.
    QFETCH(QString, key);
    QFETCH(Qt::SortOrder, order);
    const RunOrder runOrder = RunOrder::parse(key, order);
    const QList<QueryRun> runs = queryfixture::runs();
    for (const QueryRun &a : runs) {
        const RunOrder::SortValue value = runOrder.sortValue(a);
        for (const QueryRun &b : runs)
            QCOMPARE(runOrder.compare(value, b), runOrder.compare(a, b));
    }
}

void TestRunOrder::defaultOrderKeepsRuns()
{
    const QList<QueryRun> runs = queryfixture::runs();
    QCOMPARE(RunOrder().compare(runs[0], runs[1]), 0);
    QCOMPARE(RunOrder().sortedIndexes(runs), QList<qsizetype>({0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
}

void TestRunOrder::badKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown sys field") << u"sys/colour"_s
                                       << u"Unknown field at character 1: sys/colour is not a sys field."_s;
    QTest::newRow("a condition") << u"params/lr > 1"_s
                                 << u"Expected the end of the query at character 11, found \">\"."_s;
    QTest::newRow("empty") << QString() << u"Expected a field path at character 1, found the end of the query."_s;
    QTest::newRow("aggregate over a string")
        << u"min(`params/name`:string)"_s
        << u"Type mismatch at character 5: min() applies to float series, but params/name is a string field."_s;
}

void TestRunOrder::badKeys()
{
    QFETCH(QString, key);
    QFETCH(QString, message);
    const RunOrder order = RunOrder::parse(key);
    QVERIFY(!order.isValid());
    QCOMPARE(order.error().message, message);
}

QTEST_GUILESS_MAIN(TestRunOrder)
#include "test_runorder.moc"
