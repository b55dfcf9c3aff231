// SeriesCsv: the chart's data in view as CSV (issue 7). A file written and read back gives the same points to the
// last bit, NaN and ±Infinity included; bad files are refused in words.
#include "series/seriescsv.h"

#include <cmath>
#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace nereid;

class TestSeriesCsv : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryBit();
    void headerAndRowsAsDocumented();
    void refusesBadFiles_data();
    void refusesBadFiles();
};

void TestSeriesCsv::roundTripsEveryBit()
{
    QRandomGenerator random(7);
    QList<SeriesCsv::Run> runs;
    for (const QString &id : {QStringLiteral("SWP-1"), QStringLiteral("odd, \"id\"")}) {
        SeriesCsv::Run run{id, {}};
        for (int i = 0; i < 1000; ++i)
            run.points.append(
                {i * 0.1, random.generateDouble() * 1e-7 - 3e-8, (1'700'000'000'000 + qint64(i) * 337) / 1000.0});
        run.points[5].value = qQNaN();
        run.points[6].value = qInf();
        run.points[7].value = -qInf();
        runs.append(run);
    }
    QBuffer file;
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(SeriesCsv::write(file, runs));
    file.seek(0);
    QList<SeriesCsv::Run> back;
    QString error;
    QVERIFY2(SeriesCsv::read(file, back, &error), qPrintable(error));
    QCOMPARE(back.size(), 2);
    for (int r = 0; r < 2; ++r) {
        QCOMPARE(back[r].runId, runs[r].runId);
        QCOMPARE(back[r].points.size(), runs[r].points.size());
        for (qsizetype i = 0; i < runs[r].points.size(); ++i) {
            const FloatPoint &a = runs[r].points[i];
            const FloatPoint &b = back[r].points[i];
            QCOMPARE(b.step, a.step);
            QCOMPARE(b.timestamp, a.timestamp); // to the millisecond, the server's precision
            QVERIFY(b.value == a.value || (std::isnan(a.value) && std::isnan(b.value)));
        }
    }
}

void TestSeriesCsv::headerAndRowsAsDocumented()
{
    QBuffer file;
    QVERIFY(file.open(QIODevice::ReadWrite));
    // The double the server keeps for 09:30:03.537 UTC is 1796203803.5369999: the file says the time, exactly.
    QVERIFY(
        SeriesCsv::write(file, {{QStringLiteral("SWP-3"), {}, {{2, 0.5, 1796203803.537}, {3, qQNaN(), 1796203804}}}}));
    QCOMPARE(file.data(), QByteArray("run,step,timestamp,value\nSWP-3,2,2026-12-02T09:30:03.537Z,0.5\n"
                                     "SWP-3,3,2026-12-02T09:30:04.000Z,NaN\n"));
}

void TestSeriesCsv::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("no header") << QByteArray("SWP-1,1,2,3\n") << QStringLiteral("header");
    QTest::newRow("three fields") << QByteArray("run,step,timestamp,value\nSWP-1,1,2\n") << QStringLiteral("Line 2");
    QTest::newRow("not a number") << QByteArray("run,step,timestamp,value\nSWP-1,1,2,3\nSWP-1,x,2,3\n")
                                  << QStringLiteral("Line 3");
}

void TestSeriesCsv::refusesBadFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    QBuffer file(&text);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<SeriesCsv::Run> runs;
    QString error;
    QVERIFY(!SeriesCsv::read(file, runs, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSeriesCsv)
#include "test_seriescsv.moc"
