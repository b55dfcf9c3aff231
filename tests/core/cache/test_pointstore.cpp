#include "cache/cache.h"
#include "cache/cachedatabase.h"
#include "cache/pointblock.h"
#include "cache/pointstore.h"

#include <QJsonArray>
#include <QtTest>

using namespace nereid;

namespace {

QList<FloatPoint> points(double firstStep, int count)
{
    QList<FloatPoint> list;
    for (int i = 0; i < count; ++i)
        list.append({firstStep + i, std::sin(firstStep + i), 1763805600.0 + firstStep + i});
    return list;
}

QJsonObject runWithSeries(qint64 revision, const QString &type, qint64 count)
{
    const QJsonObject series{{QStringLiteral("type"), type}, {QStringLiteral("count"), count}};
    return {{QStringLiteral("id"), QStringLiteral("CLS-1")},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("sys"), QJsonObject{{QStringLiteral("name"), QStringLiteral("r")}}},
            {QStringLiteral("fields"), QJsonObject{{QStringLiteral("train/loss"), series}}}};
}

} // namespace

// Cached float-series points: packed in blocks, read back by step range, appended only after the last step,
// and forgotten when the server's series is replaced.
class TestPointStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_cache.reset(); }
    void readsBackAcrossBlocks();
    void readsStepRanges_data();
    void readsStepRanges();
    void keepsNanAndInfinity();
    void refusesStepsThatDoNotFollow();
    void unknownSeriesIsRefused();
    void replacedSeriesForgetsPoints();

private:
    bool setRun(qint64 revision, const QString &type, qint64 count)
    {
        return m_cache->applyPage(QStringLiteral("team/p"),
                                  {RunRecord::fromJson(runWithSeries(revision, type, count)).value()},
                                  {revision, revision});
    }
    const QString Run = QStringLiteral("CLS-1");
    const QString Loss = QStringLiteral("train/loss");
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
};

void TestPointStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<Cache>();
    QVERIFY(m_cache->open(m_dir->filePath(QStringLiteral("c.sqlite"))));
    QVERIFY(setRun(1, QStringLiteral("floatSeries"), 2000));
}

void TestPointStore::readsBackAcrossBlocks()
{
    QSignalSpy added(m_cache.get(), &Cache::pointsAdded);
    // Three appends of odd sizes: the first fills part of a block, the next ones top it up and open others.
    QVERIFY(m_cache->appendPoints(Run, Loss, points(0, 100)));
    QVERIFY(m_cache->appendPoints(Run, Loss, points(100, PointBlock::Capacity)));
    QVERIFY(m_cache->appendPoints(Run, Loss, points(100 + PointBlock::Capacity, 1000)));
    QCOMPARE(added.size(), 3);
    QCOMPARE(added[0][0].toString(), Run);
    QCOMPARE(added[0][1].toString(), Loss);
    QCOMPARE(m_cache->points(Run, Loss), points(0, 1100 + PointBlock::Capacity));
    QCOMPARE(m_cache->lastCachedStep(Run, Loss), std::optional<double>(1099 + PointBlock::Capacity));
}

void TestPointStore::readsStepRanges_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("count");
    QTest::newRow("all") << -qInf() << qInf() << 0 << 1000;
    QTest::newRow("inside one block") << 10.0 << 20.0 << 10 << 11;
    QTest::newRow("across a block edge") << 300.0 << 700.0 << 300 << 401;
    QTest::newRow("between steps") << 10.5 << 12.5 << 11 << 2;
    QTest::newRow("before the first") << -5.0 << -1.0 << 0 << 0;
    QTest::newRow("after the last") << 1000.0 << 2000.0 << 0 << 0;
    QTest::newRow("one step") << 999.0 << 999.0 << 999 << 1;
}

void TestPointStore::readsStepRanges()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(int, first);
    QFETCH(int, count);
    QVERIFY(m_cache->appendPoints(Run, Loss, points(0, 1000)));
    QCOMPARE(m_cache->points(Run, Loss, from, to), points(first, count));
}

void TestPointStore::keepsNanAndInfinity()
{
    const QList<FloatPoint> odd = {{0, qQNaN(), 1}, {1, qInf(), 2}, {2, -qInf(), 3}};
    QVERIFY(m_cache->appendPoints(Run, Loss, odd));
    const QList<FloatPoint> read = m_cache->points(Run, Loss);
    QCOMPARE(read.size(), 3);
    QVERIFY(std::isnan(read[0].value));
    QCOMPARE(read[1].value, qInf());
    QCOMPARE(read[2].value, -qInf());
}

void TestPointStore::refusesStepsThatDoNotFollow()
{
    QVERIFY(m_cache->appendPoints(Run, Loss, points(0, 10)));
    QSignalSpy errors(m_cache.get(), &Cache::storageError);
    QVERIFY(!m_cache->appendPoints(Run, Loss, points(9, 5)));
    QVERIFY(!m_cache->appendPoints(Run, Loss, {{20, 1, 1}, {20, 2, 2}}));
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors[0][0].toString().contains(QStringLiteral("9")), qPrintable(errors[0][0].toString()));
    QCOMPARE(m_cache->points(Run, Loss), points(0, 10));
}

void TestPointStore::unknownSeriesIsRefused()
{
    QSignalSpy errors(m_cache.get(), &Cache::storageError);
    QVERIFY(!m_cache->appendPoints(Run, QStringLiteral("no/such"), points(0, 1)));
    QVERIFY(errors[0][0].toString().contains(QStringLiteral("no/such")));
}

void TestPointStore::replacedSeriesForgetsPoints()
{
    QVERIFY(m_cache->appendPoints(Run, Loss, points(0, 500)));
    QVERIFY(setRun(2, QStringLiteral("floatSeries"), 2500)); // grew: the cached points stay valid
    QCOMPARE(m_cache->points(Run, Loss).size(), 500);
    QVERIFY(setRun(3, QStringLiteral("floatSeries"), 10)); // deleted and logged again: fewer points
    QCOMPARE(m_cache->points(Run, Loss).size(), 0);
    QVERIFY(m_cache->appendPoints(Run, Loss, points(0, 5)));
    QVERIFY(setRun(4, QStringLiteral("stringSeries"), 10)); // another type
    QCOMPARE(m_cache->points(Run, Loss).size(), 0);
    const qint64 leftovers = m_cache->database().scalar(QStringLiteral("SELECT COUNT(*) FROM point_data")).toLongLong();
    QCOMPARE(leftovers, 0);
}

QTEST_GUILESS_MAIN(TestPointStore)
#include "test_pointstore.moc"
