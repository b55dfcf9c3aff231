#include "cache/cache.h"
#include "cache/cachedatabase.h"
#include "models/runloader.h"
#include "models/runtablemodel.h"
#include "runfixtures.h"

#include <QAbstractItemModelTester>
#include <QtTest>
#include <thread>

using namespace nereid;
using namespace Qt::StringLiterals;
using nereid::test::RunFixtures;

namespace {

constexpr int RunCount = 2500; // the first screenful, then two chunks of the RunLoader

QList<QJsonObject> manyRuns(int first, int count)
{
    QList<QJsonObject> runs;
    for (int number = first; number < first + count; ++number)
        runs.append(RunFixtures::run(number, {}, {{u"params/batch"_s, RunFixtures::atom(u"int"_s, number % 97)}}));
    return runs;
}

QStringList idsInOrder(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(RunTableModel::RunIdRole).toString());
    return ids;
}

} // namespace

// A project larger than the first screenful: its first runs are in the table at once, the others arrive from
// the RunLoader's thread as inserted rows, in the chosen order, with nothing lost or doubled by a sync that
// writes meanwhile, and nothing of a project the user left.
class TestRunTableLoading : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_fixtures.reset(); }
    void firstScreenfulAtOnceThenTheRest();
    void rowsArriveInTheChosenOrder();
    void runChangedWhileLoadingIsNeitherDoubledNorStale();
    void openingAnotherProjectStopsTheLoad();
    void cancelDropsAChunkAlreadyQueued();

private:
    std::unique_ptr<RunTableModel> newModel();

    std::unique_ptr<RunFixtures> m_fixtures;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRunTableLoading::init()
{
    m_fixtures = std::make_unique<RunFixtures>();
    QVERIFY(m_fixtures->open());
    QVERIFY(m_fixtures->apply(manyRuns(1, RunCount)));
}

std::unique_ptr<RunTableModel> TestRunTableLoading::newModel()
{
    auto model = std::make_unique<RunTableModel>(&m_fixtures->cache());
    m_tester =
        std::make_unique<QAbstractItemModelTester>(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setColumns({{u"sys/id"_s, SeriesAggregate::Last}, {u"params/batch"_s, SeriesAggregate::Last}});
    return model;
}

void TestRunTableLoading::firstScreenfulAtOnceThenTheRest()
{
    auto model = newModel();
    QSignalSpy progress(model.get(), &RunTableModel::loadProgress);
    QSignalSpy finished(model.get(), &RunTableModel::loadFinished);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    model->setProject(RunFixtures::Project);
    QCOMPARE(model->rowCount(), RunTableModel::FirstScreenful);
    QVERIFY(model->isLoading());
    QCOMPARE(progress.first()[1].value<qsizetype>(), RunCount); // the total is known from the start

    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished[0][0].toString(), QString());
    QVERIFY(!model->isLoading());
    QCOMPARE(reset.size(), 1); // the rest came as inserted rows
    QCOMPARE(progress.last()[0].value<qsizetype>(), RunCount);
    const QStringList ids = idsInOrder(*model);
    QCOMPARE(ids.size(), RunCount);
    for (int number = 1; number <= RunCount; ++number) // unsorted: in run number order, each once
        QCOMPARE(ids[number - 1], u"SWP-%1"_s.arg(number));
    QCOMPARE(model->index(RunCount - 1, 1).data().toString(), QString::number(RunCount % 97));
}

void TestRunTableLoading::rowsArriveInTheChosenOrder()
{
    auto model = newModel();
    model->sort(1, Qt::DescendingOrder);
    QSignalSpy finished(model.get(), &RunTableModel::loadFinished);
    model->setProject(RunFixtures::Project);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(model->rowCount(), RunCount);
    QCOMPARE(model->index(0, 1).data(RunTableModel::SortRole).toInt(), 96);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->index(row - 1, 1).data(RunTableModel::SortRole).toInt() >=
                model->index(row, 1).data(RunTableModel::SortRole).toInt());
}

void TestRunTableLoading::runChangedWhileLoadingIsNeitherDoubledNorStale()
{
    auto model = newModel();
    QSignalSpy finished(model.get(), &RunTableModel::loadFinished);
    model->setProject(RunFixtures::Project);
    QVERIFY(model->isLoading());
    // The sync writes a run of the part still being read, and a new run.
    QList<QJsonObject> page = manyRuns(RunCount - 1, 1);
    page[0][u"sys"_s] = RunFixtures::run(RunCount - 1, {{u"name"_s, u"renamed while loading"_s}})[u"sys"_s];
    page.append(manyRuns(RunCount + 1, 1));
    QVERIFY(m_fixtures->apply(page));
    QTRY_COMPARE(finished.size(), 1);

    const QStringList ids = idsInOrder(*model);
    QCOMPARE(ids.size(), RunCount + 1);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), RunCount + 1);
    const int row = model->rowOf(u"SWP-%1"_s.arg(RunCount - 1));
    QCOMPARE(model->record(row).name, u"renamed while loading"_s);
}

void TestRunTableLoading::openingAnotherProjectStopsTheLoad()
{
    RunRecord other = RunRecord::fromJson(RunFixtures::run(9001)).value();
    other.runId = u"OTH-1"_s;
    other.project = u"team/other"_s;
    QVERIFY(m_fixtures->cache().applyPage(u"team/other"_s, {other}, {1, 1}));

    auto model = newModel();
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    model->setProject(RunFixtures::Project);
    QVERIFY(model->isLoading());
    model->setProject(u"team/other"_s);
    QVERIFY(!model->isLoading());
    // Leaving the project joined the loader's thread, so its chunks, if any, were queued to this thread already:
    // a call queued now runs after them.
    bool queuedAfter = false;
    QMetaObject::invokeMethod(
        model.get(), [&queuedAfter] { queuedAfter = true; }, Qt::QueuedConnection);
    QTRY_VERIFY(queuedAfter);
    QCOMPARE(idsInOrder(*model), QStringList{u"OTH-1"_s});
    QCOMPARE(inserted.size(), 0);
}

// The race openingAnotherProjectStopsTheLoad cannot force: the loading thread has queued a chunk to the GUI
// thread, which has not run it yet, when the load is cancelled. That chunk must not arrive.
void TestRunTableLoading::cancelDropsAChunkAlreadyQueued()
{
    RunLoader loader;
    QSignalSpy chunks(&loader, &RunLoader::chunkLoaded);
    QSignalSpy finished(&loader, &RunLoader::finished);
    loader.start(m_fixtures->cache().database().filePath(), RunFixtures::Project, 0);
    // No event is processed here, so what the thread queues stays queued.
    QDeadlineTimer deadline(20000);
    while (loader.queuedCount() == 0 && !deadline.hasExpired())
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    QCOMPARE_GE(loader.queuedCount(), 1);
    loader.cancel();
    bool queuedAfter = false;
    QMetaObject::invokeMethod(
        &loader, [&queuedAfter] { queuedAfter = true; }, Qt::QueuedConnection);
    QTRY_VERIFY(queuedAfter); // runs after the queued chunk
    QCOMPARE(chunks.size(), 0);
    QCOMPARE(finished.size(), 0);
    QVERIFY(!loader.isLoading());
}

QTEST_GUILESS_MAIN(TestRunTableLoading)
#include "test_runtableloading.moc"
