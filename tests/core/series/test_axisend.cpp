// AxisEnd (issue 7): a chart showing a whole series ends its x axis at a round number a little beyond the last
// point, and a run logging 1,000 steps a batch moves that end only now and then.
#include "series/axisend.h"

#include <QTest>

using namespace nereid;

class TestAxisEnd : public QObject
{
    Q_OBJECT

private slots:
    void roundNumberJustBeyondTheEnd_data();
    void roundNumberJustBeyondTheEnd();
    void liveRunMovesTheEndRarely();
};

void TestAxisEnd::roundNumberJustBeyondTheEnd_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<double>("end");
    QTest::newRow("steps") << 0.0 << 999999.0 << 1000000.0;
    QTest::newRow("past a power of ten") << 0.0 << 1000001.0 << 1050000.0;
    QTest::newRow("already round") << 0.0 << 200000.0 << 200000.0;
    QTest::newRow("from later steps") << 5000.0 << 5731.0 << 5735.0;
    QTest::newRow("seconds since 1970") << 1.7e9 << 1.7e9 + 99999.5 << 1.7e9 + 100000;
    QTest::newRow("below zero") << -3.0 << -1.23 << -1.2;
    QTest::newRow("one point") << 42.5 << 42.5 << 42.5;
}

void TestAxisEnd::roundNumberJustBeyondTheEnd()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(double, end);
    QCOMPARE(AxisEnd::roundedUp(from, to), end);
}

void TestAxisEnd::liveRunMovesTheEndRarely()
{
    double end = AxisEnd::roundedUp(0, 1'000'000);
    int moves = 0;
    for (double last = 1'000'000; last < 2'000'000; last += 1000) {
        const double next = AxisEnd::roundedUp(0, last);
        QVERIFY(next >= last);
        QVERIFY2(next - last <= 0.05 * last, qPrintable(QString::number(next)));
        moves += next != end ? 1 : 0;
        end = next;
    }
    QCOMPARE(moves, 20); // every 50,000 steps, against 1,000 batches
}

QTEST_MAIN(TestAxisEnd)
#include "test_axisend.moc"
