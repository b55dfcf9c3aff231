// A chart's settings are saved with the chart set and restored (issue 16, item 20): the x axis, log y, smoothing,
// the hidden runs and the zoomed range come back when the project is opened again; a reset zoom comes back reset.
#include "models/sessionmodels.h"
#include "runfixtures.h"
#include "views/chartarea.h"
#include "views/chartaxes.h"
#include "views/chartlines.h"
#include "views/chartpanel.h"
#include "views/charttoolbar.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QValueAxis>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Loss = QStringLiteral("train/loss"), Accuracy = QStringLiteral("eval/accuracy");
const QString Project = QStringLiteral("team/sweep");
const QStringList Runs{QStringLiteral("SWP-1"), QStringLiteral("SWP-2"), QStringLiteral("SWP-3")};

ChartPanel *chartOf(const ChartArea &area, const QString &path)
{
    return qobject_cast<ChartPanel *>(area.panel(path));
}

} // namespace

class TestChartSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void settingsComeBackWithTheChartSet();
    void aResetZoomComesBackReset();

private:
    RunFixtures m_fixtures;
};

void TestChartSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("nereid-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_chartsettings"));
    QVERIFY(m_fixtures.open());
    QList<QJsonObject> runs;
    for (int number = 1; number <= 3; ++number)
        runs.append(RunFixtures::run(
            number, {},
            {{Loss, RunFixtures::floatSeries(0, 0, 0, 0)}, {Accuracy, RunFixtures::floatSeries(0, 0, 0, 0)}}));
    QVERIFY(m_fixtures.apply(runs));
    for (const QString &runId : Runs) {
        QList<FloatPoint> points;
        for (int step = 0; step < 5000; ++step)
            points.append({double(step), 1.0 / (1 + step * 0.01), 1.7e9 + step * 2.0});
        QVERIFY(m_fixtures.cache().appendPoints(runId, Loss, points));
        QVERIFY(m_fixtures.cache().appendPoints(runId, Accuracy, points));
    }
}

void TestChartSettings::init()
{
    QSettings().clear();
}

void TestChartSettings::settingsComeBackWithTheChartSet()
{
    {
        SessionModels areaModels(m_fixtures.cache());
        ChartArea area(areaModels);
        area.setProject(Project);
        area.setRuns(Runs);
        area.addChart(Loss);
        area.addChart(Accuracy);
        ChartPanel *loss = chartOf(area, Loss);
        loss->toolBar()->setXMode(XAxisMode::RelativeTime);
        loss->toolBar()->setLogY(true);
        loss->toolBar()->setSmoothing(0.8);
        loss->setHidden(Runs[1], true);
        loss->drawNow();
        static_cast<QValueAxis *>(loss->axes()->x())->setRange(1000, 3000); // the user zooms
        QCOMPARE(loss->model().view(), (std::pair{1000.0, 3000.0}));
    }
    SessionModels areaModels(m_fixtures.cache());
    ChartArea area(areaModels); // the app started again
    area.setProject(Project);
    area.setRuns(Runs);
    QCOMPARE(area.paths(), (QStringList{Loss, Accuracy}));
    ChartPanel *loss = chartOf(area, Loss);
    QCOMPARE(loss->toolBar()->xMode(), XAxisMode::RelativeTime);
    QCOMPARE(loss->axes()->xMode(), XAxisMode::RelativeTime);
    QVERIFY(loss->toolBar()->logY());
    QVERIFY(loss->model().logY());
    QCOMPARE(loss->model().smoothing(), 0.8);
    QVERIFY(loss->isHidden(Runs[1]));
    QVERIFY(loss->lines()->isHidden(Runs[1]));
    QVERIFY(!loss->lines()->isHidden(Runs[0]));
    QCOMPARE(loss->model().view(), (std::pair{1000.0, 3000.0}));
    // The other chart kept its own: none of the first one's.
    ChartPanel *accuracy = chartOf(area, Accuracy);
    QCOMPARE(accuracy->toolBar()->xMode(), XAxisMode::Step);
    QVERIFY(!accuracy->model().logY());
    QVERIFY(!accuracy->isHidden(Runs[1]));
}

void TestChartSettings::aResetZoomComesBackReset()
{
    {
        SessionModels areaModels(m_fixtures.cache());
        ChartArea area(areaModels);
        area.setProject(Project);
        area.setRuns(Runs);
        area.addChart(Loss);
        ChartPanel *loss = chartOf(area, Loss);
        loss->drawNow();
        static_cast<QValueAxis *>(loss->axes()->x())->setRange(1000, 3000);
        emit loss->toolBar()->resetZoomClicked();
        QCOMPARE(loss->model().view(), (std::pair{0.0, 5000.0}));
    }
    SessionModels areaModels(m_fixtures.cache());
    ChartArea area(areaModels);
    area.setProject(Project);
    area.setRuns(Runs);
    QCOMPARE(chartOf(area, Loss)->model().view(), (std::pair{0.0, 5000.0}));
    QVERIFY(!chartOf(area, Loss)->settings().contains(QStringLiteral("zoom")));
}

QTEST_MAIN(TestChartSettings)
#include "test_chartsettings.moc"
