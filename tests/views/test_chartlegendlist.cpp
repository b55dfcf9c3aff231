// A chart of many runs (issue 16, item 23): from 20 runs on, the legend is a compact list beside the plot, searched
// by its box, a click hides or shows a run, hovering a row highlights the run's line; 20 consecutive runs get 20
// colours of a palette whose colours are told apart. The list's model passes QAbstractItemModelTester.
#include "models/sessionmodels.h"
#include "runfixtures.h"
#include "views/chartcanvas.h"
#include "views/chartlegendlist.h"
#include "views/chartlines.h"
#include "models/chartpalette.h"
#include "views/chartpanel.h"

#include <cmath>
#include <QAbstractItemModelTester>
#include <QChart>
#include <QLegend>
#include <QLineEdit>
#include <QListView>
#include <QTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Loss = QStringLiteral("train/loss");
constexpr int RunCount = 25;

QString runId(int number)
{
    return QStringLiteral("SWP-%1").arg(number);
}

// CIE L*a*b* of an sRGB colour, to tell how far apart two colours look (ΔE*76).
std::array<double, 3> lab(const QColor &color)
{
    const auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double r = linear(color.redF()), g = linear(color.greenF()), b = linear(color.blueF());
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    const double x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
    const double y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
    const double z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
    return {116 * y - 16, 500 * (x - y), 200 * (y - z)};
}

} // namespace

class TestChartLegendList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void manyRunsListedBesideThePlot();
    void searchClickToHideHoverToHighlight();
    void twentyRunsTwentyDistinctColours();

private:
    QModelIndex rowOf(const QString &runId) const;

    RunFixtures m_fixtures;
    QStringList m_runIds;
    std::unique_ptr<SessionModels> m_models; // outlives the panel
    std::unique_ptr<ChartPanel> m_panel;
};

void TestChartLegendList::initTestCase()
{
    QVERIFY(m_fixtures.open());
    QList<QJsonObject> runs;
    for (int number = 1; number <= RunCount; ++number) {
        runs.append(RunFixtures::run(number, {}, {{Loss, RunFixtures::floatSeries(0, 0, 0, 0)}}));
        m_runIds.append(runId(number));
    }
    QVERIFY(m_fixtures.apply(runs));
    for (int number = 1; number <= RunCount; ++number) {
        QList<FloatPoint> points;
        for (int step = 0; step < 500; ++step)
            points.append({double(step), number * 0.05 + 1.0 / (1 + step * 0.02), 1.7e9 + step});
        QVERIFY(m_fixtures.cache().appendPoints(runId(number), Loss, points));
    }
}

void TestChartLegendList::init()
{
    m_models = std::make_unique<SessionModels>(m_fixtures.cache());
    m_panel = std::make_unique<ChartPanel>(*m_models, Loss);
    m_panel->resize(1000, 560);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestChartLegendList::cleanup()
{
    m_panel.reset();
}

QModelIndex TestChartLegendList::rowOf(const QString &id) const
{
    QAbstractItemModel *model = m_panel->legendList()->list()->model();
    const QModelIndexList found = model->match(model->index(0, 0), Qt::UserRole, id, 1, Qt::MatchExactly);
    return found.value(0);
}

void TestChartLegendList::manyRunsListedBesideThePlot()
{
    m_panel->setRuns(m_runIds.mid(0, 3)); // a few: QtCharts' legend in the chart
    QVERIFY(m_panel->chart()->legend()->isVisible());
    QVERIFY(!m_panel->legendList()->isVisible());
    m_panel->setRuns(m_runIds);
    m_panel->drawNow();
    QVERIFY(!m_panel->chart()->legend()->isVisible());
    QVERIFY(m_panel->legendList()->isVisible());
    QCOMPARE(m_panel->legendList()->shownRunIds(), m_runIds);
    // Beside the plot, which keeps most of the width.
    QVERIFY(m_panel->legendList()->geometry().left() >= m_panel->canvas()->geometry().right());
    QVERIFY(m_panel->canvas()->width() > m_panel->width() * 0.7);
    QCOMPARE(rowOf(runId(7)).data(Qt::DisplayRole).toString(), QStringLiteral("SWP-7 · run 7"));
    QCOMPARE(rowOf(runId(7)).data(Qt::DecorationRole).value<QColor>(), ChartPalette::colorFor(runId(7)));
    QVERIFY(m_panel->lines()->trace(runId(25)) && !m_panel->lines()->trace(runId(25))->raw.isEmpty());
}

void TestChartLegendList::searchClickToHideHoverToHighlight()
{
    m_panel->setRuns(m_runIds);
    m_panel->drawNow();
    QAbstractItemModelTester tester(m_panel->legendList()->list()->model());
    QTest::keyClicks(m_panel->legendList()->searchBox(), QStringLiteral("swp-2"));
    QCOMPARE(m_panel->legendList()->shownRunIds(),
             (QStringList{runId(2), runId(20), runId(21), runId(22), runId(23), runId(24), runId(25)}));
    QListView *list = m_panel->legendList()->list();
    const QModelIndex row = rowOf(runId(22));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
    QVERIFY(m_panel->isHidden(runId(22)));
    QVERIFY(m_panel->lines()->isHidden(runId(22)));
    QVERIFY(m_panel->lines()->plot()->paintedRaw(runId(22)).isEmpty());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(rowOf(runId(22))).center());
    QVERIFY(!m_panel->isHidden(runId(22)));
    // Hovering a row highlights its run on the plot; leaving the list ends it.
    emit list->entered(rowOf(runId(21)));
    QCOMPARE(m_panel->lines()->plot()->highlighted(), runId(21));
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(list->viewport(), &leave);
    QCOMPARE(m_panel->lines()->plot()->highlighted(), QString());
}

void TestChartLegendList::twentyRunsTwentyDistinctColours()
{
    QSet<QRgb> colours;
    for (int number = 1; number <= 20; ++number)
        colours.insert(ChartPalette::colorFor(runId(number)).rgb());
    QCOMPARE(colours.size(), 20);
    QVERIFY(ChartPalette::size() >= 20);
    for (int a = 0; a < ChartPalette::size(); ++a)
        for (int b = a + 1; b < ChartPalette::size(); ++b) {
            const auto [l1, a1, b1] = lab(ChartPalette::color(a));
            const auto [l2, a2, b2] = lab(ChartPalette::color(b));
            const double distance = std::hypot(l1 - l2, a1 - a2, b1 - b2);
            QVERIFY2(distance >= 15, qPrintable(QStringLiteral("%1 and %2: %3").arg(a).arg(b).arg(distance)));
        }
    // A run keeps its colour: the same in every chart and session.
    QCOMPARE(ChartPalette::colorFor(runId(3)), ChartPalette::colorFor(runId(3)));
}

QTEST_MAIN(TestChartLegendList)
#include "test_chartlegendlist.moc"
