// ChartModel with several series paths in one chart (issue 17): a line per run and path, keyed so a chart of one
// path is keyed by run as before, resolved from a glob or a list, and following a run that logs a new path.
#include "models/chartmodel.h"
#include "runfixtures.h"

#include <QSignalSpy>
#include <QTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString TrainLoss = QStringLiteral("train/loss");
const QString ValLoss = QStringLiteral("val/loss");
const QString Run1 = QStringLiteral("SWP-1");
const QString Run2 = QStringLiteral("SWP-2");

QList<FloatPoint> points(int count, double offset)
{
    QList<FloatPoint> made;
    for (int step = 0; step < count; ++step)
        made.append({double(step), offset + 1.0 / (1 + step), 1.7e9 + step});
    return made;
}

QJsonObject fields(const QStringList &paths)
{
    QJsonObject made{{QStringLiteral("train/acc"), RunFixtures::floatSeries(0, 0, 0, 0)},
                     {QStringLiteral("params/lr"), RunFixtures::atom(QStringLiteral("float"), 0.01)}};
    for (const QString &path : paths)
        made.insert(path, RunFixtures::floatSeries(0, 0, 0, 0));
    return made;
}

} // namespace

class TestChartModelPaths : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void globDrawsALinePerRunAndPath();
    void onePathIsKeyedByRun();
    void listKeepsItsOrder();
    void followsPointsOfEachPath();
    void newMatchingPathJoinsTheChart();

private:
    std::unique_ptr<RunFixtures> m_fixtures;
};

void TestChartModelPaths::init()
{
    m_fixtures = std::make_unique<RunFixtures>();
    QVERIFY(m_fixtures->open());
    QVERIFY(m_fixtures->apply(
        {RunFixtures::run(1, {}, fields({TrainLoss, ValLoss})), RunFixtures::run(2, {}, fields({TrainLoss}))}));
    QVERIFY(m_fixtures->cache().appendPoints(Run1, TrainLoss, points(50, 0)));
    QVERIFY(m_fixtures->cache().appendPoints(Run1, ValLoss, points(10, 0.5)));
    QVERIFY(m_fixtures->cache().appendPoints(Run2, TrainLoss, points(30, 1)));
}

void TestChartModelPaths::globDrawsALinePerRunAndPath()
{
    ChartModel model(m_fixtures->cache());
    model.setSeries(QStringLiteral("*/loss"), {Run1, Run2});
    QCOMPARE(model.paths(), (QStringList{TrainLoss, ValLoss}));
    QCOMPARE(model.lineKeys().size(), 4); // run 2 has no val/loss: an empty line, drawn when it comes
    const QList<ChartModel::Line> lines = model.lines();
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0].runId, Run1);
    QCOMPARE(lines[0].path, TrainLoss);
    QCOMPARE(lines[1].path, ValLoss);
    QCOMPARE(lines[1].raw.size(), 10);
    QCOMPARE(lines[1].raw.first(), QPointF(0, 1.5));
    QCOMPARE(lines[2].runId, Run2);
    QCOMPARE(lines[2].raw.size(), 30);
    QVERIFY(lines[3].raw.isEmpty());
    QCOMPARE(model.runOf(lines[1].key), Run1);
    QCOMPARE(model.pathOf(lines[1].key), ValLoss);
    QCOMPARE(model.keyOf(Run1, ValLoss), lines[1].key);
    QVERIFY(lines[0].key != lines[1].key);
    QCOMPARE(model.nearest(lines[1].key, 3)->point.value, 0.5 + 1.0 / 4);
    QCOMPARE(model.extent(), (std::pair{0.0, 49.0}));
}

void TestChartModelPaths::onePathIsKeyedByRun()
{
    ChartModel model(m_fixtures->cache());
    model.setSeries(TrainLoss, {Run1, Run2});
    QCOMPARE(model.lineKeys(), (QStringList{Run1, Run2}));
    QCOMPARE(model.series(Run2)->points().size(), 30);
    // A pattern that picks one path is keyed by run too.
    model.setSeries(QStringLiteral("val/*"), {Run1, Run2});
    QCOMPARE(model.paths(), QStringList{ValLoss});
    QCOMPARE(model.lineKeys(), (QStringList{Run1, Run2}));
}

void TestChartModelPaths::listKeepsItsOrder()
{
    ChartModel model(m_fixtures->cache());
    model.setSeries(QStringLiteral("val/loss, train/loss"), {Run2});
    QCOMPARE(model.paths(), (QStringList{ValLoss, TrainLoss})); // run 2 has no val/loss yet: an empty line
    model.setSeries(QStringLiteral("val/loss, train/loss"), {Run1});
    QCOMPARE(model.paths(), (QStringList{ValLoss, TrainLoss}));
    QCOMPARE(model.lines().first().path, ValLoss);
}

void TestChartModelPaths::followsPointsOfEachPath()
{
    ChartModel model(m_fixtures->cache());
    model.setSeries(QStringLiteral("*/loss"), {Run1});
    QSignalSpy changed(&model, &ChartModel::changed);
    QList<FloatPoint> more = points(20, 0.5).mid(10);
    QVERIFY(m_fixtures->cache().appendPoints(Run1, ValLoss, more));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.series(model.keyOf(Run1, ValLoss))->points().size(), 20);
    QCOMPARE(model.series(model.keyOf(Run1, TrainLoss))->points().size(), 50);
}

void TestChartModelPaths::newMatchingPathJoinsTheChart()
{
    ChartModel model(m_fixtures->cache());
    model.setSeries(QStringLiteral("*/loss"), {Run2});
    QCOMPARE(model.paths(), QStringList{TrainLoss});
    QSignalSpy changed(&model, &ChartModel::changed);
    // Run 2 logs val/loss now: the sync brings its new field.
    QVERIFY(m_fixtures->apply({RunFixtures::run(2, {}, fields({TrainLoss, ValLoss}))}));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.paths(), (QStringList{TrainLoss, ValLoss}));
    QCOMPARE(model.lineKeys().size(), 2);
    QCOMPARE(model.lines()[0].raw.size(), 30);
    // A path the pattern does not pick changes nothing.
    changed.clear();
    QVERIFY(m_fixtures->apply({RunFixtures::run(2, {}, fields({TrainLoss, ValLoss, QStringLiteral("val/f1")}))}));
    QCOMPARE(model.paths(), (QStringList{TrainLoss, ValLoss}));
}

QTEST_GUILESS_MAIN(TestChartModelPaths)
#include "test_chartmodelpaths.moc"
