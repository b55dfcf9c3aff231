// Run > Compare reads its runs straight from SQLite (CompareRunReader, FieldRowReader): every field must come out as
// the cache's general read path (Cache::run() and QueryRunBuilder) gives it, whatever its type, and lookups by path
// must find each one.
#include "cache/cachedatabase.h"
#include "models/comparerunreader.h"
#include "models/queryrunbuilder.h"
#include "runfixtures.h"

#include <cmath>
#include <QJsonArray>
#include <QTest>

using namespace nereid;
using namespace Qt::StringLiterals;

class TestCompareRunReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsEveryFieldAsTheCacheHoldsIt();
    void keepsTheOrderAskedAndLeavesOutUnknownRuns();
    void saysWhyWhenTheCacheCannotBeRead();

private:
    static bool sameNumber(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }
    static void compareFields(const QueryField &read, const QueryField &expected, const QString &path);

    test::RunFixtures m_fixtures;
    QStringList m_runIds;
};

void TestCompareRunReader::initTestCase()
{
    QVERIFY(m_fixtures.open());
    QList<QJsonObject> runs;
    for (int number = 1; number <= 3; ++number) {
        QJsonObject fields{
            // Atoms and series interleave in path order, so reading them merged is put to the test.
            {u"a/lr"_s, test::RunFixtures::atom(u"float"_s, 0.001 * number)},
            {u"a/loss"_s, test::RunFixtures::floatSeries(qint64(10) * number, 0.5 / number, 0.1, 2.0)},
            {u"b/batch"_s, test::RunFixtures::atom(u"int"_s, 64 * number)},
            {u"b/log"_s, test::RunFixtures::stringSeries(3, u"epoch %1 done"_s.arg(number))},
            {u"c/amp"_s, test::RunFixtures::atom(u"bool"_s, number % 2 == 0)},
            {u"c/started"_s, test::RunFixtures::atom(u"datetime"_s, u"2026-11-2%1T10:00:00.000Z"_s.arg(number))},
            {u"c/optimizer"_s, test::RunFixtures::atom(u"string"_s, number == 2 ? u"SGD"_s : u"Adam"_s)},
            {u"c/labels"_s, test::RunFixtures::atom(u"stringSet"_s, QJsonArray{u"cat"_s, u"dog"_s})},
            {u"d/empty"_s, test::RunFixtures::floatSeries(0, NAN, NAN, NAN)},
            // Paths past ASCII sort differently as UTF-8 bytes and as UTF-16: they must still be found.
            {u"\u00e9t\u00e9/x"_s, test::RunFixtures::atom(u"float"_s, 1.0)},
            {u"\uff21/wide"_s, test::RunFixtures::atom(u"float"_s, 2.0)},
            {u"\U0001F600/smile"_s, test::RunFixtures::atom(u"float"_s, 3.0)},
        };
        for (int i = 0; i < 30; ++i) // more than QueryRun scans without an index
            fields.insert(u"many/f%1"_s.arg(i, 2, 10, QLatin1Char('0')), test::RunFixtures::atom(u"int"_s, i));
        if (number == 3) // a run of another layout
            fields.remove(u"b/batch"_s);
        runs.append(test::RunFixtures::run(number, {}, fields));
        m_runIds.append(runs.last().value(u"id"_s).toString());
    }
    QVERIFY(m_fixtures.apply(runs));
}

void TestCompareRunReader::compareFields(const QueryField &read, const QueryField &expected, const QString &path)
{
    QVERIFY2(read.type() == expected.type(), qPrintable(path));
    if (read.isAtom()) {
        QVERIFY2(read.value() == expected.value(), qPrintable(path));
    } else if (read.type() == FieldType::FloatSeries) {
        const FloatSeriesSummary &a = read.floatSeries();
        const FloatSeriesSummary &b = expected.floatSeries();
        QCOMPARE(a.count, b.count);
        for (auto [x, y] : {std::pair{a.last, b.last},
                            {a.lastStep, b.lastStep},
                            {a.min, b.min},
                            {a.max, b.max},
                            {a.average, b.average},
                            {a.variance, b.variance}})
            QVERIFY2(sameNumber(x, y), qPrintable(path));
    } else {
        QCOMPARE(read.stringSeries().last, expected.stringSeries().last);
        QCOMPARE(read.stringSeries().count, expected.stringSeries().count);
    }
}

void TestCompareRunReader::readsEveryFieldAsTheCacheHoldsIt()
{
    QString error;
    const QList<QueryRun> runs = CompareRunReader::read(m_fixtures.cache().database().filePath(), m_runIds, &error);
    QCOMPARE(error, QString());
    QCOMPARE(runs.size(), 3);
    for (const QueryRun &run : runs) {
        const QueryRun expected = QueryRunBuilder::fromRecord(*m_fixtures.cache().run(run.id()));
        QCOMPARE(run.fieldCount(), expected.fieldCount());
        for (const QString &path : expected.paths()) {
            const QueryField *field = run.field(path);
            QVERIFY2(field, qPrintable(u"%1 has no %2"_s.arg(run.id(), path)));
            compareFields(*field, *expected.field(path), path);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(!run.field(u"many/f99"_s));
        QVERIFY(!run.field(u"a"_s));
    }
    QCOMPARE(runs[1].field(u"c/optimizer"_s)->value(), FieldValue::fromString(u"SGD"_s));
    QCOMPARE(runs[0].field(u"b/log"_s)->stringSeries().last, u"epoch 1 done"_s);
    QVERIFY(!runs[2].field(u"b/batch"_s));
}

void TestCompareRunReader::keepsTheOrderAskedAndLeavesOutUnknownRuns()
{
    QString error;
    const QList<QueryRun> runs = CompareRunReader::read(m_fixtures.cache().database().filePath(),
                                                        {m_runIds[2], u"NOPE-9"_s, m_runIds[0], m_runIds[1]}, &error);
    QCOMPARE(error, QString());
    QStringList ids;
    for (const QueryRun &run : runs)
        ids.append(run.id());
    QCOMPARE(ids, QStringList({m_runIds[2], m_runIds[0], m_runIds[1]}));
    QCOMPARE(runs[1].field(u"a/lr"_s)->value(), FieldValue::fromFloat(0.001));
}

void TestCompareRunReader::saysWhyWhenTheCacheCannotBeRead()
{
    QTemporaryDir dir;
    QString error;
    const QList<QueryRun> runs = CompareRunReader::read(dir.filePath(u"missing.sqlite"_s), m_runIds, &error);
    QVERIFY(runs.isEmpty());
    QVERIFY2(!error.isEmpty(), "a cache that cannot be read must be reported");
}

QTEST_GUILESS_MAIN(TestCompareRunReader)
#include "test_comparerunreader.moc"
