// Run > Compare of 100 runs × 9,000 field paths (issue 17: opens in ≤ 300 ms and scrolls smoothly): building the
// model, a screenful of cells, and "Only differences". Baseline in the same run: formatting every cell once, what a
// table filled cell by cell would cost before it shows.
#include "models/comparemodel.h"
#include "models/fieldformat.h"
#include "models/sessionmodels.h"
#include "runfixtures.h"

#include <QTest>

using namespace nereid;

class BenchCompareModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void open();
    // What Run > Compare does: the runs read from a real cache file with every field (CompareRunReader, straight
    // from SQLite on two threads), then the model.
    void openFromCache();
    // Baseline: only reading the same runs with every field through the cache's general path (Cache::run()), as
    // Compare did before.
    void readRunsFromCache();
    void screenful();
    void onlyDifferences();
    void baselineFormatEveryCell();

private:
    QList<QueryRun> m_runs;
    test::RunFixtures m_fixtures;
    QStringList m_runIds;
};

void BenchCompareModel::initTestCase()
{
    for (int r = 0; r < 100; ++r) {
        QueryRun run(QStringLiteral("BIG-%1").arg(r + 1));
        for (int f = 0; f < 9000; ++f) {
            const QString path = QStringLiteral("ns%1/field%2").arg(f % 30).arg(f);
            // Most fields agree across runs (config), every tenth differs (a swept value or a metric).
            run.setField(path, FieldValue::fromFloat(f % 10 == 0 ? r * 0.001 + f : double(f)));
        }
        m_runs.append(run);
    }
    QVERIFY(m_fixtures.open());
    QList<QJsonObject> runs;
    for (int r = 0; r < 100; ++r) {
        QJsonObject fields;
        for (int f = 0; f < 9000; ++f)
            fields.insert(QStringLiteral("ns%1/field%2").arg(f % 30).arg(f),
                          test::RunFixtures::atom(QStringLiteral("float"), f % 10 == 0 ? r * 0.001 + f : double(f)));
        runs.append(test::RunFixtures::run(r + 1, {}, fields));
        m_runIds.append(runs.last().value(QStringLiteral("id")).toString());
    }
    QVERIFY(m_fixtures.apply(runs));
}

void BenchCompareModel::open()
{
    QBENCHMARK
    {
        CompareModel model;
        model.setRuns(m_runs);
        QCOMPARE(model.shownPathCount(), 9000);
    }
}

void BenchCompareModel::openFromCache()
{
    SessionModels models(m_fixtures.cache());
    QBENCHMARK
    {
        CompareModel model;
        model.setRuns(models.compareRuns(m_runIds));
        QCOMPARE(model.columnCount(), 101);
        QCOMPARE(model.shownPathCount(), 9000 + 16); // and the sys fields
    }
}

void BenchCompareModel::readRunsFromCache()
{
    QBENCHMARK
    {
        qsizetype fields = 0;
        for (const QString &runId : std::as_const(m_runIds))
            fields += m_fixtures.cache().run(runId)->fields.size();
        QCOMPARE(fields, 900000);
    }
}

void BenchCompareModel::screenful()
{
    CompareModel model;
    model.setRuns(m_runs);
    const QModelIndex group = model.index(5, 0);
    QBENCHMARK
    {
        // About what a 1080p window shows: 40 rows of 20 runs, text and background.
        for (int row = 0; row < 40; ++row)
            for (int column = 0; column <= 20; ++column) {
                const QModelIndex cell = model.index(row, column, group);
                cell.data();
                cell.data(Qt::BackgroundRole);
            }
    }
}

void BenchCompareModel::onlyDifferences()
{
    CompareModel model;
    model.setRuns(m_runs);
    QBENCHMARK
    {
        model.setOnlyDifferences(true);
        QCOMPARE(model.shownPathCount(), 900);
        model.setOnlyDifferences(false);
    }
}

void BenchCompareModel::baselineFormatEveryCell()
{
    QBENCHMARK
    {
        qsizetype characters = 0;
        for (const QueryRun &run : std::as_const(m_runs))
            for (const QString &path : run.paths())
                characters += FieldFormat::display(*run.field(path)).size();
        QVERIFY(characters > 0);
    }
}

QTEST_GUILESS_MAIN(BenchCompareModel)
#include "benchcomparemodel.moc"
