// The run query language in memory (issue 4): filtering 100,000 runs with a 4-clause query must take
// under 50 ms. Baseline in the same run: a plain loop over the same runs comparing one double per run.
// Run with `-median 5`; filterFourClauses also prints the number of matches so the work cannot vanish.
#include "query/query.h"
#include "query/queryrun.h"
#include "query/runorder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace nereid;

namespace {

constexpr int RunCount = 100'000;

const QString FourClauses = QStringLiteral(
    "`params/lr`:float > 0.005 AND `sys/tags`:stringSet CONTAINS \"best\" AND last(`train/loss`:floatSeries) < 0.5"
    " AND `sys/owner`:string = \"alice\"");

// What the server's listing builds per run: a few sys fields, two params and a series summary.
QueryRun makeRun(int number, QRandomGenerator &random)
{
    static const QStringList tagChoices{QStringLiteral("best"), QStringLiteral("sweep"), QStringLiteral("baseline")};
    QueryRun run(QStringLiteral("BEN-%1").arg(number));
    QStringList tags;
    for (const QString &tag : tagChoices) {
        if (random.bounded(3) == 0)
            tags.append(tag);
    }
    run.setField(QStringLiteral("sys/tags"), FieldValue::fromStringSet(tags));
    run.setField(QStringLiteral("sys/owner"),
                 FieldValue::fromString(number % 2 ? QStringLiteral("alice") : QStringLiteral("bob")));
    run.setField(QStringLiteral("sys/name"), FieldValue::fromString(QStringLiteral("run-%1").arg(number)));
    run.setField(QStringLiteral("params/lr"), FieldValue::fromFloat(random.bounded(0.01)));
    run.setField(QStringLiteral("params/batch"), FieldValue::fromInt(32 << random.bounded(4)));
    FloatSeriesSummary loss;
    loss.count = 1000;
    loss.last = random.bounded(1.0);
    loss.min = loss.last / 2;
    loss.max = 2.5;
    run.setField(QStringLiteral("train/loss"), loss);
    return run;
}

} // namespace

class BenchQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filterFourClauses();
    void baselineCompareOneDouble();
    void sortByFloat();

private:
    QList<QueryRun> m_runs;
    QList<double> m_learningRates; // the baseline's data: one double per run
};

void BenchQuery::initTestCase()
{
    QRandomGenerator random(42);
    m_runs.reserve(RunCount);
    for (int i = 1; i <= RunCount; ++i)
        m_runs.append(makeRun(i, random));
    for (const QueryRun &run : std::as_const(m_runs))
        m_learningRates.append(run.field(QStringLiteral("params/lr"))->value().toFloat());
}

void BenchQuery::filterFourClauses()
{
    const Query query = Query::parse(FourClauses);
    QVERIFY2(query.isValid(), qPrintable(query.error().message));
    qsizetype matches = 0;
    QBENCHMARK
    {
        matches = 0;
        for (const QueryRun &run : std::as_const(m_runs))
            matches += query.matches(run) ? 1 : 0;
    }
    // About 1/2 (lr) x 1/3 (best) x 1/2 (loss) x 1/2 (alice) of the runs.
    QVERIFY2(matches > RunCount / 40 && matches < RunCount / 16, qPrintable(QString::number(matches)));
    qInfo("4-clause query: %lld of %d runs match", qint64(matches), RunCount);
}

void BenchQuery::baselineCompareOneDouble()
{
    qsizetype matches = 0;
    QBENCHMARK
    {
        matches = 0;
        for (const double lr : std::as_const(m_learningRates))
            matches += lr > 0.005 ? 1 : 0;
    }
    QVERIFY(matches > 0);
}

void BenchQuery::sortByFloat()
{
    const RunOrder order = RunOrder::parse(QStringLiteral("params/lr"), Qt::DescendingOrder);
    QVERIFY(order.isValid());
    QList<qsizetype> sorted;
    QBENCHMARK
    {
        sorted = order.sortedIndexes(m_runs);
    }
    QCOMPARE(sorted.size(), m_runs.size());
}

QTEST_GUILESS_MAIN(BenchQuery)
#include "benchquery.moc"
