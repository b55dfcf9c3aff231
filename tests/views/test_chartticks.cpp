// ChartTicks: step and value axes tick at 1, 2 or 5 × 10^k with 2-12 ticks, whatever the range, and an axis
// whose range jumps from one step to 650,000 (a zoom out) lays out a handful of ticks, not millions.
#include "views/chartticks.h"

#include <cmath>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>

using namespace nereid;

namespace {

// 1, 2 or 5 × 10^k, up to rounding.
bool isRound(double interval)
{
    const double power = std::pow(10, std::floor(std::log10(interval) + 1e-9));
    const double mantissa = interval / power;
    return std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 || std::abs(mantissa - 5) < 1e-9;
}

// The ticks a dynamic axis draws inside [from, to] at multiples of the interval.
int ticksInside(double from, double to, double interval)
{
    return int(std::floor(to / interval + 1e-9) - std::ceil(from / interval - 1e-9)) + 1;
}

} // namespace

class TestChartTicks : public QObject
{
    Q_OBJECT

private slots:
    void roundIntervalWithTwoToTwelveTicks_data();
    void roundIntervalWithTwoToTwelveTicks();
    void labelsHaveTheDecimalsTheIntervalNeeds();
    void axisZoomedFromOneStepToAllStepsStaysFew();
    void logTicksAsDenseAsTheirLabelsFit_data();
    void logTicksAsDenseAsTheirLabelsFit();
};

void TestChartTicks::roundIntervalWithTwoToTwelveTicks_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::newRow("0..2999") << 0.0 << 2999.0;
    QTest::newRow("0..9") << 0.0 << 9.0;
    QTest::newRow("0..650000") << 0.0 << 650000.0;
    QTest::newRow("0.5..0.50001") << 0.5 << 0.50001;
    QTest::newRow("one step far out") << 654321.0 << 654322.0;
    QTest::newRow("1000..654321.5") << 1000.0 << 654321.5;
    QTest::newRow("-0.3..0.7") << -0.3 << 0.7;
    QTest::newRow("a loss 0.0123..0.0456") << 0.0123 << 0.0456;
}

void TestChartTicks::roundIntervalWithTwoToTwelveTicks()
{
    QFETCH(double, from);
    QFETCH(double, to);
    for (const double pixels : {0.0, 80.0, 640.0, 1500.0, 10000.0}) {
        const double interval = ChartTicks::interval(from, to, pixels, 110);
        const QString at = QStringLiteral("%1 px: interval %2").arg(pixels).arg(interval, 0, 'g', 17);
        QVERIFY2(interval > 0 && isRound(interval), qPrintable(at));
        const int ticks = ticksInside(from, to, interval);
        QVERIFY2(ticks >= ChartTicks::MinTicks && ticks <= ChartTicks::MaxTicks,
                 qPrintable(at + QStringLiteral(", %1 ticks").arg(ticks)));
    }
    // More room, no fewer ticks.
    QVERIFY(ChartTicks::interval(from, to, 1500, 110) <= ChartTicks::interval(from, to, 300, 110));
}

void TestChartTicks::labelsHaveTheDecimalsTheIntervalNeeds()
{
    QCOMPARE(ChartTicks::decimals(500), 0);
    QCOMPARE(ChartTicks::decimals(1), 0);
    QCOMPARE(ChartTicks::decimals(0.5), 1);
    QCOMPARE(ChartTicks::decimals(0.001), 3);
    QCOMPARE(ChartTicks::decimals(2e-6), 6);
}

void TestChartTicks::axisZoomedFromOneStepToAllStepsStaysFew()
{
    auto *chart = new QChart; // the view owns it
    auto *line = new QLineSeries;
    line->append(0, 0);
    line->append(654321, 1);
    chart->addSeries(line);
    auto *axis = new QValueAxis;
    chart->addAxis(axis, Qt::AlignBottom);
    line->attachAxis(axis);
    QChartView view(chart);
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ChartTicks::follow(
        axis, [chart] { return chart->plotArea().width(); }, 110);
    QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
    for (const auto &[from, to] : QList<std::pair<double, double>>{
             {654321, 654322}, {1000, 654321.5}, {0.5, 0.50001}, {0, 1e9}, {0, 9}, {0, 2999}}) {
        axis->setRange(from, to);    // as a zoom does: straight on the axis
        QCOMPARE(axis->min(), from); // the visible range is the one asked for
        QCOMPARE(axis->max(), to);
        const double interval = axis->tickInterval();
        QVERIFY(isRound(interval));
        const int ticks = ticksInside(from, to, interval);
        QVERIFY2(ticks >= ChartTicks::MinTicks && ticks <= ChartTicks::MaxTicks,
                 qPrintable(QStringLiteral("%1..%2: %3 ticks").arg(from).arg(to).arg(ticks)));
        QCOMPARE(axis->labelFormat(), QStringLiteral("%.%1f").arg(ChartTicks::decimals(interval)));
        QVERIFY(std::abs(std::remainder(axis->tickAnchor(), interval)) < interval * 1e-6); // ticks on multiples
        view.grab(); // lays the ticks out and paints them
    }
}

// A log axis (issue 16): every digit, 1-2-5 or every k-th power of 10, whichever is densest without crowding its
// labels; a range within a decade labels three round values or more.
void TestChartTicks::logTicksAsDenseAsTheirLabelsFit_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<double>("pixels");
    QTest::addColumn<QList<double>>("ticks");
    QTest::newRow("within a decade, one round digit in it") << 0.303 << 0.49 << 320.0 << QList<double>{0.35, 0.4, 0.45};
    QTest::newRow("half a decade, tall") << 2.1 << 9.5 << 600.0 << QList<double>{3, 4, 5, 6, 7, 8, 9};
    QTest::newRow("1.5 decades") << 0.037 << 1.1 << 580.0 << QList<double>{0.05, 0.1, 0.2, 0.5, 1};
    QTest::newRow("3 decades, short") << 1.0 << 1000.0 << 300.0
                                      << QList<double>{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
    QTest::newRow("8 decades, very short") << 1e-6 << 50.0 << 120.0 << QList<double>{1e-6, 1e-3, 1};
}

void TestChartTicks::logTicksAsDenseAsTheirLabelsFit()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(double, pixels);
    QFETCH(QList<double>, ticks);
    QCOMPARE(ChartTicks::logTicks(from, to, pixels, 35), ticks);
}

QTEST_MAIN(TestChartTicks)
#include "test_chartticks.moc"
