// The chart's axes as a user reads them (issue 16, items 17 and 26): the y axis fits the data (a loss of 0 to 1e6 no
// longer gets an axis down to -200,000), a log axis within a decade labels three values or more, time labels never
// repeat whatever the span, and tick labels are in the locale's digits (0,5 in German).
#include "models/sessionmodels.h"
#include "runfixtures.h"
#include "views/chartaxes.h"
#include "views/chartpanel.h"
#include "views/charttoolbar.h"

#include <cmath>
#include <QChart>
#include <QDateTimeAxis>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Loss = QStringLiteral("train/loss");
const QString Diverged = QStringLiteral("SWP-1"), Narrow = QStringLiteral("SWP-2"), Timed = QStringLiteral("SWP-3");

QList<FloatPoint> points(int count, const std::function<double(int)> &value, double firstTime, double secondsApart)
{
    QList<FloatPoint> all;
    for (int step = 0; step < count; ++step)
        all.append({double(step), value(step), firstTime + step * secondsApart});
    return all;
}

// The labels QtCharts drew: the text items of the chart's scene.
QStringList drawnLabels(QChart *chart)
{
    QStringList labels;
    for (QGraphicsItem *item : chart->scene()->items())
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            labels.append(text->toPlainText());
    return labels;
}

} // namespace

class TestChartAxes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void yAxisFitsTheData();
    void logAxisWithinADecadeLabelsThreeValues();
    void timeLabelsNeverRepeat_data();
    void timeLabelsNeverRepeat();
    void ticksAndSmoothingFollowTheLocale();

private:
    std::unique_ptr<ChartPanel> shown(const QString &runId);
    void settle(ChartPanel &panel);

    RunFixtures m_fixtures;

    std::unique_ptr<SessionModels> m_models; // outlives the panels
};

void TestChartAxes::initTestCase()
{
    QVERIFY(m_fixtures.open());
    QList<QJsonObject> runs;
    for (int number = 1; number <= 3; ++number)
        runs.append(RunFixtures::run(number, {}, {{Loss, RunFixtures::floatSeries(0, 0, 0, 0)}}));
    QVERIFY(m_fixtures.apply(runs));
    // The demo's diverging run: a loss from 2.3 down, then up to 1e6 before it turns NaN.
    QVERIFY(m_fixtures.cache().appendPoints(
        Diverged, Loss,
        points(
            500, [](int step) { return step < 400 ? 2.3 / (1 + step) : std::pow(1.15, step - 400) * 1e0; }, 1.7e9, 1)));
    QVERIFY(m_fixtures.cache().appendPoints(
        Narrow, Loss,
        points(
            300, [](int step) { return 0.31 + 0.17 * std::exp(-step / 80.0); }, 1.7e9, 1)));
    QVERIFY(m_fixtures.cache().appendPoints(Timed, Loss,
                                            points(
                                                2, [](int step) { return step; }, 1.7e9, 1)));
}

void TestChartAxes::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

std::unique_ptr<ChartPanel> TestChartAxes::shown(const QString &runId)
{
    if (!m_models) // the panels of every test read the same cache
        m_models = std::make_unique<SessionModels>(m_fixtures.cache());
    auto panel = std::make_unique<ChartPanel>(*m_models, Loss);
    panel->resize(800, 480);
    panel->show();
    if (!QTest::qWaitForWindowExposed(panel.get()))
        return nullptr;
    panel->setRuns({runId});
    settle(*panel);
    return panel;
}

void TestChartAxes::settle(ChartPanel &panel)
{
    panel.drawNow();
    QTest::qWait(60); // QtCharts lays axes and labels out in posted events
    panel.drawNow();
}

void TestChartAxes::yAxisFitsTheData()
{
    const std::unique_ptr<ChartPanel> panel = shown(Diverged);
    QVERIFY(panel);
    const auto [low, high] = panel->axes()->yRange();
    const double highest = std::pow(1.15, 99);
    QVERIFY2(low >= 0 && low < 0.01, qPrintable(QString::number(low)));                   // never below the data's 0
    QVERIFY2(high >= highest && high < highest * 1.1, qPrintable(QString::number(high))); // no round-up beyond it
}

void TestChartAxes::logAxisWithinADecadeLabelsThreeValues()
{
    const std::unique_ptr<ChartPanel> panel = shown(Narrow);
    QVERIFY(panel);
    panel->toolBar()->setLogY(true);
    settle(*panel);
    const auto [low, high] = panel->axes()->yRange();
    QVERIFY(low > 0.28 && high < 0.52); // less than a decade
    const QList<double> ticks = panel->axes()->yTicks();
    QVERIFY2(ticks.size() >= 3, qPrintable(QString::number(ticks.size())));
    for (const double tick : ticks)
        QVERIFY(tick >= low && tick <= high);
    const QStringList labels = drawnLabels(panel->chart());
    QVERIFY2(labels.contains(QStringLiteral("0.40")), qPrintable(labels.join(u'|'))); // round values, drawn
    QDir().mkpath(QStringLiteral(NEREID_SCREENSHOT_DIR));
    QVERIFY(panel->grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/chart-log-under-a-decade.png")));
}

void TestChartAxes::timeLabelsNeverRepeat_data()
{
    QTest::addColumn<double>("span");
    QTest::newRow("3 seconds") << 3.0;
    QTest::newRow("2 minutes") << 120.0;
    QTest::newRow("5 hours") << 5 * 3600.0;
    QTest::newRow("4 days") << 4 * 86400.0;
    QTest::newRow("2 years") << 730 * 86400.0;
}

void TestChartAxes::timeLabelsNeverRepeat()
{
    QFETCH(double, span);
    const std::unique_ptr<ChartPanel> panel = shown(Timed);
    QVERIFY(panel);
    panel->toolBar()->setXMode(XAxisMode::AbsoluteTime);
    settle(*panel);
    panel->model().setView(1.7e9, 1.7e9 + span, panel->model().width());
    settle(*panel);
    auto *time = qobject_cast<QDateTimeAxis *>(panel->axes()->x());
    QVERIFY(time);
    QStringList labels;
    const qint64 from = time->min().toMSecsSinceEpoch();
    const qint64 to = time->max().toMSecsSinceEpoch();
    for (int tick = 0; tick < time->tickCount(); ++tick)
        labels.append(QDateTime::fromMSecsSinceEpoch(from + (to - from) * tick / (time->tickCount() - 1))
                          .toString(time->format()));
    QVERIFY(time->tickCount() >= 3);
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    // And no finer than needed: seconds are not shown for days.
    QCOMPARE(time->format().contains(QStringLiteral("ss")), span < 3600);
}

void TestChartAxes::ticksAndSmoothingFollowTheLocale()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const std::unique_ptr<ChartPanel> panel = shown(Narrow);
    QVERIFY(panel);
    QStringList labels = drawnLabels(panel->chart());
    const auto hasComma = [](const QStringList &texts) {
        return std::any_of(texts.begin(), texts.end(), [](const QString &text) {
            return QRegularExpression(QStringLiteral("^0,\\d+$")).match(text).hasMatch();
        });
    };
    QVERIFY2(hasComma(labels), qPrintable(labels.join(u'|')));
    QVERIFY2(!labels.contains(QStringLiteral("0.4")), qPrintable(labels.join(u'|')));
    panel->toolBar()->setLogY(true);
    settle(*panel);
    labels = drawnLabels(panel->chart());
    QVERIFY2(labels.contains(QStringLiteral("0,40")), qPrintable(labels.join(u'|')));
    panel->toolBar()->setSmoothing(0.5);
    QCOMPARE(panel->toolBar()->smoothingText(), QStringLiteral("0,50"));
    settle(*panel);
    QVERIFY(panel->grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/chart-german.png")));
}

QTEST_MAIN(TestChartAxes)
#include "test_chartaxes.moc"
