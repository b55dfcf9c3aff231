// The app's start-up of issue 6: from opening a cache of 100,000 runs (10 fields each) to the main window's
// table painted, under 1 s; and a run's namespace tree of 9,000 fields opened (read and painted), under 100 ms.
// The table paints its first screenful of runs while the others are read on a thread (RunLoader):
// startUpFullyLoaded measures until the last of the 100,000 is in the table. Baselines in the same run: the
// same start-up over a project of 100 runs, the same tree for a run of 10 fields. Run with `-median 5`.
#include "benchruntabledata.h"
#include "cache/cache.h"
#include "cache/runeditor.h"
#include "models/namespacetreemodel.h"
#include "models/runtablemodel.h"
#include "models/sessionmodels.h"
#include "views/mainwindow.h"

#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace nereid;

namespace {

const QString Small = QStringLiteral("team/small");
const QString Wide = QStringLiteral("team/wide");

// The run "WIDE-<number>" with `count` fields spread over nested namespaces, half atoms and half series.
RunRecord wideRun(int number, int count)
{
    RunRecord run = bench::runs(number, 1, 0, 0).constFirst();
    run.project = Wide;
    run.runId = QStringLiteral("WIDE-%1").arg(number);
    for (int i = 0; i < count; ++i) {
        FieldRecord &field = run.fields.emplace_back();
        field.path = QStringLiteral("layer%1/block%2/f%3").arg(i % 30).arg(i % 7).arg(i);
        field.type = i % 2 ? FieldType::FloatSeries : FieldType::Float;
        field.value = i % 2 ? QVariant() : QVariant(i * 0.5);
        field.count = i % 2 ? 100 : 0;
        field.last = i % 2 ? QVariant(i * 0.25) : QVariant();
    }
    return run;
}

} // namespace

class BenchAppStartup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startUpBaseline() { startUp(Small, 100); }
    void startUp() { startUp(bench::Project, bench::RunCount); }
    void startUpFullyLoaded() { startUp(bench::Project, bench::RunCount, true); }
    void treeBaseline() { openTree(QStringLiteral("WIDE-1"), 10); }
    void treeOf9000Fields() { openTree(QStringLiteral("WIDE-2"), 9000); }

private:
    void startUp(const QString &project, int runs, bool fullyLoaded = false);
    void openTree(const QString &runId, int fields);

    QTemporaryDir m_dir;
    QString m_file;
};

void BenchAppStartup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_file = m_dir.filePath(QStringLiteral("cache.sqlite"));
    Cache cache;
    QVERIFY(cache.open(m_file));
    qint64 cursor = 0;
    for (int first = 1; first <= bench::RunCount; first += 1000)
        QVERIFY(cache.applyPage(bench::Project, bench::runs(first, 1000, 5, 5), {++cursor, cursor}));
    QList<RunRecord> small = bench::runs(1, 100, 5, 5);
    for (RunRecord &run : small) {
        run.project = Small;
        run.runId.replace(QStringLiteral("BIG"), QStringLiteral("SMALL"));
    }
    QVERIFY(cache.applyPage(Small, small, {1, 1}));
    QVERIFY(cache.applyPage(Wide, {wideRun(1, 10), wideRun(2, 9000)}, {1, 1}));
}

void BenchAppStartup::startUp(const QString &project, int runs, bool fullyLoaded)
{
    QImage image(1280, 800, QImage::Format_ARGB32_Premultiplied);
    QBENCHMARK
    {
        Cache cache;
        QVERIFY(cache.open(m_file));
        RunEditor editor(cache);
        SessionModels windowModels(cache, &editor);
        MainWindow window(&windowModels);
        window.resize(image.size());
        window.setProject(QStringLiteral("Local"), project);
        window.render(&image);
        QCOMPARE(window.runModel()->rowCount(), qMin(runs, RunTableModel::FirstScreenful));
        if (fullyLoaded) {
            QTRY_VERIFY_WITH_TIMEOUT(!window.runModel()->isLoading(), 60000);
            QCOMPARE(window.runModel()->rowCount(), runs);
        }
    }
}

void BenchAppStartup::openTree(const QString &runId, int fields)
{
    Cache cache;
    QVERIFY(cache.open(m_file));
    NamespaceTreeModel model(&cache);
    QTreeView view;
    view.setModel(&model);
    view.resize(600, 800);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    QBENCHMARK
    {
        model.setRun({});
        model.setRun(runId);
        view.expandToDepth(0);
        view.render(&image);
    }
    QCOMPARE(model.rowCount(), (fields > 10 ? 30 : 10) + 1); // and sys
}

QTEST_MAIN(BenchAppStartup)
#include "benchappstartup.moc"
