#include "models/plotbrush.h"
#include "models/queryclauses.h"
#include "query/query.h"
#include "query/queryrun.h"

#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;

namespace {

QueryRun run(double lr, qint64 batch, const QString &optimizer, double lossMin, bool failed)
{
    QueryRun run(u"SWP-1"_s);
    run.setField(u"params/lr"_s, FieldValue::fromFloat(lr));
    run.setField(u"params/batch"_s, FieldValue::fromInt(batch));
    run.setField(u"params/optimizer"_s, FieldValue::fromString(optimizer));
    run.setField(u"sys/failed"_s, FieldValue::fromBool(failed));
    FloatSeriesSummary loss;
    loss.count = 10;
    loss.last = lossMin + 0.1;
    loss.min = lossMin;
    loss.max = 2;
    run.setField(u"train/loss"_s, loss);
    return run;
}

} // namespace

// A brush on a plot's axis as the filter box gets it: the clause's text, which runs it keeps, and the text of the
// filter box with the clause added and taken out again.
class TestPlotBrush : public QObject
{
    Q_OBJECT

private slots:
    void clauseText_data();
    void clauseText();
    void clauseKeepsTheRunsInside_data();
    void clauseKeepsTheRunsInside();
    void addingAndRemovingRestoresTheQuery_data();
    void addingAndRemovingRestoresTheQuery();
    void wordSearchIsNotJoined();
    void removingWhatIsNotThereChangesNothing();
    void replacedStaysInPlace();
};

void TestPlotBrush::clauseText_data()
{
    QTest::addColumn<PlotBrush>("brush");
    QTest::addColumn<QString>("clause");
    QTest::newRow("numeric") << PlotBrush{{u"params/lr"_s}, 0.001, 0.0125}
                             << u"(`params/lr` >= 0.001 AND `params/lr` <= 0.0125)"_s;
    QTest::newRow("small numbers") << PlotBrush{{u"params/lr"_s}, 1.5e-7, 2e-5}
                                   << u"(`params/lr` >= 1.5e-07 AND `params/lr` <= 2e-05)"_s;
    QTest::newRow("series min") << PlotBrush{{u"train/loss"_s, SeriesAggregate::Min}, 0.1, 0.25}
                                << u"(min(`train/loss`) >= 0.1 AND min(`train/loss`) <= 0.25)"_s;
    QTest::newRow("one category") << PlotBrush{{u"params/optimizer"_s}, 0, 0, {u"Adam"_s}, true}
                                  << u"`params/optimizer` = \"Adam\""_s;
    QTest::newRow("categories") << PlotBrush{{u"params/optimizer"_s}, 0, 0, {u"Adam"_s, u"SGD"_s}, true}
                                << u"(`params/optimizer` = \"Adam\" OR `params/optimizer` = \"SGD\")"_s;
    QTest::newRow("quotes in a category")
        << PlotBrush{{u"sys/name"_s}, 0, 0, {u"say \"hi\""_s}, true} << u"`sys/name` = \"say \\\"hi\\\"\""_s;
    QTest::newRow("bool") << PlotBrush{{u"sys/failed"_s}, 0, 0, {u"true"_s}, true, true} << u"`sys/failed` = true"_s;
}

void TestPlotBrush::clauseText()
{
    QFETCH(PlotBrush, brush);
    QFETCH(QString, clause);
    QCOMPARE(brush.clause(), clause);
    QVERIFY2(Query::parse(clause).isValid(), qPrintable(Query::parse(clause).error().message));
}

void TestPlotBrush::clauseKeepsTheRunsInside_data()
{
    QTest::addColumn<PlotBrush>("brush");
    QTest::addColumn<bool>("inside");
    QTest::addColumn<bool>("outside");
    const QueryRun in = run(0.01, 64, u"Adam"_s, 0.2, true);
    QTest::newRow("float") << PlotBrush{{u"params/lr"_s}, 0.005, 0.02} << true << false;
    QTest::newRow("int") << PlotBrush{{u"params/batch"_s}, 31.5, 64.5} << true << false;
    QTest::newRow("series min") << PlotBrush{{u"train/loss"_s, SeriesAggregate::Min}, 0.1, 0.25} << true << false;
    QTest::newRow("series last") << PlotBrush{{u"train/loss"_s}, 0.25, 0.35} << true << false;
    QTest::newRow("categories") << PlotBrush{{u"params/optimizer"_s}, 0, 0, {u"Adam"_s, u"AdamW"_s}, true} << true
                                << false;
    QTest::newRow("bool") << PlotBrush{{u"sys/failed"_s}, 0, 0, {u"true"_s}, true, true} << true << false;
}

void TestPlotBrush::clauseKeepsTheRunsInside()
{
    QFETCH(PlotBrush, brush);
    QFETCH(bool, inside);
    QFETCH(bool, outside);
    const Query query = Query::parse(brush.clause());
    QVERIFY2(query.isValid(), qPrintable(query.error().message));
    QCOMPARE(query.matches(run(0.01, 64, u"Adam"_s, 0.2, true)), inside);
    QCOMPARE(query.matches(run(0.1, 16, u"SGD"_s, 0.9, false)), outside);
}

void TestPlotBrush::addingAndRemovingRestoresTheQuery_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("added");
    const QString clause = u"(`params/lr` >= 0.001 AND `params/lr` <= 0.01)"_s;
    QTest::newRow("empty") << QString() << clause;
    QTest::newRow("one condition") << u"params/batch > 16"_s << u"params/batch > 16 AND "_s + clause;
    QTest::newRow("an OR is put in parentheses")
        << u"params/optimizer = SGD OR params/optimizer = Adam"_s
        << u"(params/optimizer = SGD OR params/optimizer = Adam) AND "_s + clause;
    QTest::newRow("parentheses of the user's")
        << u"(a/b = 1 OR c/d = 2) AND e/f = 3"_s << u"(a/b = 1 OR c/d = 2) AND e/f = 3 AND "_s + clause;
}

void TestPlotBrush::addingAndRemovingRestoresTheQuery()
{
    QFETCH(QString, text);
    QFETCH(QString, added);
    const QString clause = u"(`params/lr` >= 0.001 AND `params/lr` <= 0.01)"_s;
    const std::optional<QString> withClause = QueryClauses::added(text, clause);
    QVERIFY(withClause);
    QCOMPARE(*withClause, added);
    QVERIFY(Query::parse(*withClause).isValid());
    QCOMPARE(QueryClauses::removed(*withClause, clause), text);

    // A second brush, and the first taken out: the second and the user's text stay as they were.
    const QString other = u"`params/optimizer` = \"SGD\""_s;
    const QString both = *QueryClauses::added(*withClause, other);
    const QString expected = text.isEmpty() ? other : *QueryClauses::added(text, other);
    QCOMPARE(QueryClauses::removed(both, clause), expected);
}

void TestPlotBrush::wordSearchIsNotJoined()
{
    QVERIFY(!QueryClauses::added(u"resnet baseline"_s, u"`sys/failed` = true"_s));
    QVERIFY(!QueryClauses::added(u"params/lr >"_s, u"`sys/failed` = true"_s));
}

void TestPlotBrush::removingWhatIsNotThereChangesNothing()
{
    QCOMPARE(QueryClauses::removed(u"params/lr > 0.1"_s, u"`sys/failed` = true"_s), u"params/lr > 0.1"_s);
}

void TestPlotBrush::replacedStaysInPlace()
{
    const QString text = u"`a/b` = 1 AND params/lr > 0.1"_s;
    QCOMPARE(*QueryClauses::replaced(text, u"`a/b` = 1"_s, u"`a/b` = 2"_s), u"`a/b` = 2 AND params/lr > 0.1"_s);
    QCOMPARE(*QueryClauses::replaced(u"params/lr > 0.1"_s, u"`a/b` = 1"_s, u"`a/b` = 2"_s),
             u"params/lr > 0.1 AND `a/b` = 2"_s);
}

QTEST_GUILESS_MAIN(TestPlotBrush)
#include "test_plotbrush.moc"
