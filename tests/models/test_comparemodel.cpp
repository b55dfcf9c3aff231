// CompareModel (issue 17, Run > Compare): runs side by side, a row per field path grouped by namespace, a column per
// run; the chosen summary of float series; only the rows that differ; differing cells marked; CSV and Markdown of
// what is shown. Passes QAbstractItemModelTester.
#include "models/comparemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace nereid;

namespace {

QueryRun run(const QString &id, double lr, const QString &optimizer, double lossLast, double lossMin)
{
    QueryRun run(id);
    run.setField(QStringLiteral("params/lr"), FieldValue::fromFloat(lr));
    run.setField(QStringLiteral("params/optimizer"), FieldValue::fromString(optimizer));
    run.setField(QStringLiteral("params/seed"), FieldValue::fromInt(7));
    FloatSeriesSummary loss;
    loss.count = 10;
    loss.last = lossLast;
    loss.min = lossMin;
    loss.max = 2.5;
    run.setField(QStringLiteral("train/loss"), loss);
    return run;
}

// The path rows shown, in order, over every namespace.
QStringList shownPaths(const CompareModel &model)
{
    QStringList paths;
    for (int group = 0; group < model.rowCount(); ++group) {
        const QModelIndex parent = model.index(group, 0);
        for (int row = 0; row < model.rowCount(parent); ++row)
            paths.append(model.index(row, 0, parent).data().toString());
    }
    return paths;
}

} // namespace

class TestCompareModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsPerPathGroupedByNamespace();
    void onlyDifferencesAndMarkedCells();
    void seriesShowTheChosenSummary();
    void copiesWhatIsShown();
};

void TestCompareModel::rowsPerPathGroupedByNamespace()
{
    CompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QueryRun third = run(QStringLiteral("CLS-3"), 0.1, QStringLiteral("sgd"), 0.5, 0.4);
    third.setField(QStringLiteral("eval/accuracy"), FieldValue::fromFloat(0.9));
    model.setRuns({run(QStringLiteral("CLS-1"), 0.1, QStringLiteral("adam"), 0.3, 0.2),
                   run(QStringLiteral("CLS-2"), 0.01, QStringLiteral("adam"), 0.3, 0.25), third});
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Field"));
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("CLS-3"));
    QCOMPARE(model.rowCount(), 3); // eval, params, train
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("params"));
    QCOMPARE(shownPaths(model), (QStringList{QStringLiteral("eval/accuracy"), QStringLiteral("params/lr"),
                                             QStringLiteral("params/optimizer"), QStringLiteral("params/seed"),
                                             QStringLiteral("train/loss")}));
    const QModelIndex params = model.index(1, 0);
    QCOMPARE(model.index(1, 3, params).data().toString(), QStringLiteral("sgd"));
    QCOMPARE(model.index(0, 1, model.index(0, 0)).data().toString(), QString()); // CLS-1 has no eval/accuracy
}

void TestCompareModel::onlyDifferencesAndMarkedCells()
{
    CompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRuns({run(QStringLiteral("CLS-1"), 0.1, QStringLiteral("adam"), 0.3, 0.2),
                   run(QStringLiteral("CLS-2"), 0.01, QStringLiteral("adam"), 0.3, 0.25)});
    const QModelIndex params = model.index(0, 0);
    QVERIFY(model.index(0, 2, params).data(CompareModel::DiffersRole).toBool()); // params/lr of CLS-2
    QVERIFY(model.index(0, 2, params).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(0, 1, params).data(CompareModel::DiffersRole).toBool()); // the first run is the reference
    QVERIFY(!model.index(1, 2, params).data(CompareModel::DiffersRole).toBool()); // both adam
    model.setOnlyDifferences(true);
    QCOMPARE(shownPaths(model), QStringList{QStringLiteral("params/lr")}); // train/loss: both last 0.3
    QCOMPARE(model.shownPathCount(), 1);
    model.setOnlyDifferences(false);
    QCOMPARE(model.shownPathCount(), 4);
}

void TestCompareModel::seriesShowTheChosenSummary()
{
    CompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRuns({run(QStringLiteral("CLS-1"), 0.1, QStringLiteral("adam"), 0.3, 0.2),
                   run(QStringLiteral("CLS-2"), 0.1, QStringLiteral("adam"), 0.3, 0.25)});
    model.setOnlyDifferences(true);
    QCOMPARE(model.shownPathCount(), 0); // the last losses agree
    model.setAggregate(SeriesAggregate::Min);
    QCOMPARE(shownPaths(model), QStringList{QStringLiteral("train/loss")}); // the lowest do not
    const QModelIndex train = model.index(0, 0);
    QCOMPARE(model.index(0, 1, train).data().toString(), QStringLiteral("0.2"));
    QCOMPARE(model.index(0, 2, train).data().toString(), QStringLiteral("0.25"));
    model.setAggregate(SeriesAggregate::Max);
    QCOMPARE(model.shownPathCount(), 0);
}

void TestCompareModel::copiesWhatIsShown()
{
    CompareModel model;
    model.setRuns({run(QStringLiteral("CLS-1"), 0.1, QStringLiteral("adam, \"fast\""), 0.3, 0.2),
                   run(QStringLiteral("CLS-2"), 0.01, QStringLiteral("a|b"), 0.3, 0.2)});
    model.setOnlyDifferences(true);
    QCOMPARE(model.toCsv(), QStringLiteral("Field,CLS-1,CLS-2\r\nparams/lr,0.1,0.01\r\n"
                                           "params/optimizer,\"adam, \"\"fast\"\"\",a|b\r\n"));
    QCOMPARE(model.toMarkdown(), QStringLiteral("| Field | CLS-1 | CLS-2 |\n| --- | --- | --- |\n"
                                                "| params/lr | 0.1 | 0.01 |\n"
                                                "| params/optimizer | adam, \"fast\" | a\\|b |\n"));
}

QTEST_GUILESS_MAIN(TestCompareModel)
#include "test_comparemodel.moc"
