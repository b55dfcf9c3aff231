// EmaSmoother (issue 7): the smoothed line equals TensorBoard's debiased EMA, written out plainly below.
#include "series/emasmoother.h"

#include <cmath>
#include <limits>
#include <QRandomGenerator>
#include <QTest>

using namespace nereid;

namespace {

// TensorBoard's smoothing (tensorboard/components/vz_line_chart2/line-chart.ts, resmoothDataset), as written there:
// last starts at 0; for each finite value, last = last * w + (1 - w) * value and the point becomes
// last / (1 - pow(w, numAccum)); non-finite values, and every value of a constant series, are kept as they are.
QList<double> tensorBoardSmoothing(const QList<double> &ys, double w)
{
    double last = 0;
    int numAccum = 0;
    const bool isConstant = std::all_of(ys.begin(), ys.end(), [&ys](double v) { return v == ys[0]; });
    QList<double> smoothed;
    for (const double nextVal : ys) {
        if (isConstant || !std::isfinite(nextVal)) {
            smoothed.append(nextVal);
            continue;
        }
        last = last * w + (1 - w) * nextVal;
        ++numAccum;
        double debiasWeight = 1;
        if (w != 1)
            debiasWeight = 1 - std::pow(w, numAccum);
        smoothed.append(last / debiasWeight);
    }
    return smoothed;
}

SeriesData seriesOf(const QList<double> &ys)
{
    SeriesData series;
    for (qsizetype i = 0; i < ys.size(); ++i)
        series.append(double(i * 10), ys[i]);
    return series;
}

bool same(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    if (!std::isfinite(a) || !std::isfinite(b))
        return a == b;
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestEmaSmoother : public QObject
{
    Q_OBJECT

private slots:
    void matchesTensorBoard_data();
    void matchesTensorBoard();
    void constantSeriesStaysFlat();
    void weightIsClampedToTheSlider();
    void extendsLiveSeries();
};

void TestEmaSmoother::matchesTensorBoard_data()
{
    QTest::addColumn<double>("weight");
    for (const double weight : {0.0, 0.3, 0.6, 0.9, 0.95, 0.99})
        QTest::addRow("weight %g", weight) << weight;
}

void TestEmaSmoother::matchesTensorBoard()
{
    QFETCH(double, weight);
    QRandomGenerator random(5);
    QList<double> ys;
    for (int i = 0; i < 20000; ++i) {
        const double roll = random.generateDouble();
        ys.append(roll < 0.01    ? std::numeric_limits<double>::quiet_NaN()
                  : roll < 0.012 ? std::numeric_limits<double>::infinity()
                                 : 2.0 / (1 + i * 0.01) + random.bounded(0.5));
    }
    const SeriesData smoothed = EmaSmoother::smoothed(seriesOf(ys), weight);
    const QList<double> expected = tensorBoardSmoothing(ys, weight);
    QCOMPARE(smoothed.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(same(smoothed.ys()[i], expected[i]),
                 qPrintable(QStringLiteral("point %1: %2, expected %3").arg(i).arg(smoothed.ys()[i]).arg(expected[i])));
        QCOMPARE(smoothed.xs()[i], double(i * 10));
    }
    // Debiased: the first point is the first value, not (1 − w) times it.
    QCOMPARE(smoothed.ys()[0], ys[0]);
}

void TestEmaSmoother::constantSeriesStaysFlat()
{
    const SeriesData smoothed = EmaSmoother::smoothed(seriesOf(QList<double>(500, 0.1)), 0.9);
    QVERIFY(std::all_of(smoothed.ys().begin(), smoothed.ys().end(), [](double y) { return y == 0.1; }));
}

void TestEmaSmoother::weightIsClampedToTheSlider()
{
    QList<double> ys;
    for (int i = 0; i < 300; ++i)
        ys.append(i % 2 ? 1.0 : 0.0);
    const SeriesData series = seriesOf(ys);
    const SeriesData tooHigh = EmaSmoother::smoothed(series, 1.5);
    const QList<double> expected = tensorBoardSmoothing(ys, EmaSmoother::MaxWeight);
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY(same(tooHigh.ys()[i], expected[i]));
    const SeriesData negative = EmaSmoother::smoothed(series, -1);
    QVERIFY(std::equal(negative.ys().begin(), negative.ys().end(), series.ys().begin()));
}

void TestEmaSmoother::extendsLiveSeries()
{
    // A constant start (kept as it is), then values that make the series vary, arriving in batches.
    QList<double> ys(300, 0.25);
    for (int i = 0; i < 700; ++i)
        ys.append(std::sin(i * 0.1) + (i == 500 ? std::numeric_limits<double>::quiet_NaN() : 0));
    SeriesData series;
    SeriesData smoothed;
    EmaSmoother smoother(0.8);
    for (qsizetype i = 0; i < ys.size(); ++i) {
        series.append(double(i), ys[i]);
        if (i % 97 == 0 || i == ys.size() - 1)
            smoother.extend(series, smoothed);
    }
    const QList<double> expected = tensorBoardSmoothing(ys, 0.8);
    QCOMPARE(smoothed.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(same(smoothed.ys()[i], expected[i]), qPrintable(QString::number(i)));
}

QTEST_GUILESS_MAIN(TestEmaSmoother)
#include "test_emasmoother.moc"
