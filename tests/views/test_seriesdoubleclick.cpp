// Double-clicking a series in the run's fields charts it (issue 16, item 21): any series, a string series too
// (`train/log` opens the run's log, where it did nothing before); a field that is no series charts nothing.
#include "models/namespacetreemodel.h"
#include "models/sessionmodels.h"
#include "runfixtures.h"
#include "views/chartarea.h"
#include "views/chartpanel.h"
#include "views/namespacetreeview.h"
#include "views/stringserieslog.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Loss = QStringLiteral("train/loss"), Log = QStringLiteral("train/log"), Lr = QStringLiteral("params/lr");
const QString Run = QStringLiteral("SWP-1");

} // namespace

class TestSeriesDoubleClick : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void doubleClickChartsAnySeries();

private:
    void doubleClick(NamespaceTreeView &view, const QString &path);

    RunFixtures m_fixtures;
};

void TestSeriesDoubleClick::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("nereid-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_seriesdoubleclick"));
    QSettings().clear();
    QVERIFY(m_fixtures.open());
    QVERIFY(m_fixtures.apply({RunFixtures::run(1, {},
                                               {{Loss, RunFixtures::floatSeries(0, 0, 0, 0)},
                                                {Log, RunFixtures::stringSeries(3, QStringLiteral("epoch 3 done"))},
                                                {Lr, RunFixtures::atom(QStringLiteral("float"), 0.01)}})}));
}

void TestSeriesDoubleClick::doubleClick(NamespaceTreeView &view, const QString &path)
{
    QAbstractItemModel *model = view.model();
    const QModelIndexList found =
        model->match(model->index(0, 0), NamespaceTreeModel::PathRole, path, 1, Qt::MatchExactly | Qt::MatchRecursive);
    QVERIFY2(!found.isEmpty(), qPrintable(path));
    view.scrollTo(found.first());
    const QPoint at = view.visualRect(found.first()).center();
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at); // a double-click follows a press on the item
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, at);
}

void TestSeriesDoubleClick::doubleClickChartsAnySeries()
{
    NamespaceTreeModel model(&m_fixtures.cache());
    model.setRun(Run);
    NamespaceTreeView view(&model);
    SessionModels chartsModels(m_fixtures.cache());
    ChartArea charts(chartsModels);
    QObject::connect(&view, &NamespaceTreeView::seriesActivated, &charts, &ChartArea::addChart); // as MainWindow
    charts.setProject(RunFixtures::Project);
    charts.setRuns({Run});
    view.resize(500, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.expandAll();
    QSignalSpy activated(&view, &NamespaceTreeView::seriesActivated);
    doubleClick(view, Log);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), Log);
    QVERIFY2(qobject_cast<StringSeriesLog *>(charts.panel(Log)), qPrintable(charts.paths().join(u',')));
    doubleClick(view, Loss);
    QVERIFY(qobject_cast<ChartPanel *>(charts.panel(Loss)));
    doubleClick(view, Lr);
    QCOMPARE(charts.paths(), (QStringList{Log, Loss}));
}

QTEST_MAIN(TestSeriesDoubleClick)
#include "test_seriesdoubleclick.moc"
