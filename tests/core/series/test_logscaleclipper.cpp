// LogScaleClipper (issue 7): on a log axis, values <= 0 are drawn at a floor and counted, never dropped.
#include "series/logscaleclipper.h"

#include <cmath>
#include <limits>
#include <QTest>

using namespace nereid;

class TestLogScaleClipper : public QObject
{
    Q_OBJECT

private slots:
    void nonPositiveValuesGoToTheFloor();
    void floorWithoutPositiveValues();
    void countsRawValues();
};

void TestLogScaleClipper::nonPositiveValuesGoToTheFloor()
{
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
    constexpr double Inf = std::numeric_limits<double>::infinity();
    QList<QPointF> line{{0, 0.5}, {1, 0}, {2, -3}, {3, NaN}, {4, 0.02}, {5, -Inf}, {6, Inf}};
    const double floor = LogScaleClipper::floorFor({line});
    QCOMPARE(floor, 0.002);
    QCOMPARE(LogScaleClipper::floorFor({line, {{0, 0.001}}, {}}), 0.0001); // one floor for every line of a chart
    const QList<qsizetype> clipped = LogScaleClipper::clip(line, floor);
    QCOMPARE(clipped, (QList<qsizetype>{1, 2, 5}));
    QCOMPARE(line.size(), 7); // nothing dropped
    QCOMPARE(line[1], QPointF(1, 0.002));
    QCOMPARE(line[2], QPointF(2, 0.002));
    QCOMPARE(line[5], QPointF(5, 0.002));
    QCOMPARE(line[0], QPointF(0, 0.5));
    QVERIFY(std::isnan(line[3].y())); // a gap stays a gap
    QCOMPARE(line[6].y(), Inf);
}

void TestLogScaleClipper::floorWithoutPositiveValues()
{
    QList<QPointF> line{{0, 0}, {1, -1}};
    QCOMPARE(LogScaleClipper::floorFor({line, {}}), 1.0);
    QCOMPARE(LogScaleClipper::clip(line, 1.0).size(), 2);
    QCOMPARE(line, (QList<QPointF>{{0, 1}, {1, 1}}));
}

void TestLogScaleClipper::countsRawValues()
{
    const std::vector<double> ys{1, 0, -2, std::numeric_limits<double>::quiet_NaN(), 3, -0.0};
    QCOMPARE(LogScaleClipper::countNonPositive(ys), 3);
}

QTEST_GUILESS_MAIN(TestLogScaleClipper)
#include "test_logscaleclipper.moc"
