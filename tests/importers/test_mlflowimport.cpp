#include "apiclient.h"
#include "helpers.h"
#include "importclient.h"
#include "importcommand.h"
#include "mlflowexpected.h"
#include "mlflowfilestore.h"
#include "mlflowimporter.h"
#include "testserver.h"

#include <cmath>
#include <memory>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Project = QStringLiteral("team/imported");
const QString Fixtures = QStringLiteral(NEREID_MLFLOW_FIXTURES);

} // namespace

class TestMlflowImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsEveryRunAsMlflowWroteIt_data();
    void importsEveryRunAsMlflowWroteIt();
    void secondImportChangesNothing();
    void resumesAnImportStoppedWithinARun();
    void brokenMetaYamlFailsThatRunOnly();
    void renamesMetricNamesThatAreNoPath();
    void namesThatMeetKeepEveryValue();
    void artifactsAreAFileSetOfTheirBytes();
    void changedArtifactImportsTheRunAgain();
    void unreadableArtifactFailsThatRunOnly();
    void replacesTheFirstMappingsArtifactRecords();

private:
    int runImport(const QString &path);
    // The store copied to `name` under m_dir (once), read, and the uuid of its run baseline-cnn.
    QList<MlflowRun> readCopy(const QString &name, QString *baseline);
    QList<RunOutcome> importRuns(const QList<MlflowRun> &runs);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_dir;
};

void TestMlflowImport::init()
{
    QVERIFY2(QFile::exists(Fixtures + QStringLiteral("/README.md")), qPrintable(Fixtures));
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
}

void TestMlflowImport::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_api.reset();
    m_server.reset();
}

int TestMlflowImport::runImport(const QString &path)
{
    return ImportCommand::run(QStringList{QStringLiteral("nereid"), QStringLiteral("import"), QStringLiteral("mlflow"),
                                          path, QStringLiteral("--project"), Project} +
                              m_server->clientArguments());
}

void TestMlflowImport::importsEveryRunAsMlflowWroteIt_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<QString>("expected");
    QTest::newRow("file store") << QStringLiteral("mlruns") << QStringLiteral("expected-file.json");
    QTest::newRow("sql store") << QStringLiteral("mlflow.db") << QStringLiteral("expected-sql.json");
}

void TestMlflowImport::importsEveryRunAsMlflowWroteIt()
{
    QFETCH(QString, store);
    QFETCH(QString, expected);
    QCOMPARE(runImport(Fixtures + QLatin1Char('/') + store), int(ImportCommand::Done));
    int expectedRuns = 0;
    qint64 points = 0;
    compareWithExpected(*m_api, Project, Fixtures + QLatin1Char('/') + expected, &expectedRuns, &points);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(expectedRuns, 7);
    QCOMPARE(points, 1880);
}

void TestMlflowImport::secondImportChangesNothing()
{
    QCOMPARE(runImport(Fixtures + QStringLiteral("/mlruns")), int(ImportCommand::Done));
    const QMap<QString, QJsonObject> first = runsByCustomId(*m_api, Project);
    QCOMPARE(runImport(Fixtures + QStringLiteral("/mlruns")), int(ImportCommand::Done));
    const QMap<QString, QJsonObject> second = runsByCustomId(*m_api, Project);
    QCOMPARE(second.keys(), first.keys());
    for (auto it = first.begin(); it != first.end(); ++it)
        QCOMPARE(second.value(it.key())[QStringLiteral("revision")], it.value()[QStringLiteral("revision")]);
}

void TestMlflowImport::resumesAnImportStoppedWithinARun()
{
    // What a killed import leaves: the run exists, with the first 123 points of one metric and no fingerprint.
    QList<MlflowRun> runs;
    QString error;
    QVERIFY(MlflowFileStore::read(Fixtures + QStringLiteral("/mlruns"), &runs, &error));
    const auto baseline = std::find_if(runs.begin(), runs.end(), [](const MlflowRun &r) {
        return r.tags.value(QStringLiteral("mlflow.runName")) == QLatin1String("baseline-cnn");
    });
    QVERIFY(baseline != runs.end());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project), 201);
    const ApiReply run =
        m_api->post(projectPath(Project) + QStringLiteral("/runs"),
                    {{QStringLiteral("custom_run_id"), QString(QStringLiteral("mlflow:") + baseline->uuid)}});
    NEREID_EXPECT_STATUS(run, 201);
    QJsonArray points;
    for (const MlflowPoint &p : baseline->metrics.value(QStringLiteral("train/loss")).mid(0, 123))
        points.append(QJsonArray{double(p.step), p.value, double(p.timestampMs) / 1000.0});
    const QJsonObject append{{QStringLiteral("op"), QStringLiteral("append")},
                             {QStringLiteral("path"), QStringLiteral("train/loss")},
                             {QStringLiteral("type"), QStringLiteral("floatSeries")},
                             {QStringLiteral("points"), points}};
    NEREID_EXPECT_STATUS(m_api->post(QStringLiteral("/runs/%1/operations").arg(run[QStringLiteral("id")].toString()),
                                     {{QStringLiteral("operations"), QJsonArray{append}}}),
                         200);

    QCOMPARE(runImport(Fixtures + QStringLiteral("/mlruns")), int(ImportCommand::Done));
    const QMap<QString, QJsonObject> imported = runsByCustomId(*m_api, Project);
    QCOMPARE(imported.size(), 7);
    const QJsonObject loss =
        imported
            .value(QStringLiteral("mlflow:") + baseline->uuid)[QStringLiteral("fields")][QStringLiteral("train/loss")]
            .toObject();
    QCOMPARE(loss[QStringLiteral("count")].toInt(), 500);
    QCOMPARE(loss[QStringLiteral("last_step")].toDouble(), 499.0);
}

void TestMlflowImport::brokenMetaYamlFailsThatRunOnly()
{
    // A copy of the store with one run's meta.yaml cut in the middle of a line, as a full disk leaves it.
    const QString copy = m_dir.filePath(QStringLiteral("mlruns"));
    QVERIFY(QProcess::execute(QStringLiteral("cp"),
                              {QStringLiteral("-r"), Fixtures + QStringLiteral("/mlruns"), copy}) == 0);
    QList<MlflowRun> runs;
    QString error;
    QVERIFY(MlflowFileStore::read(copy, &runs, &error));
    const QString broken = QStringLiteral("%1/%2/meta.yaml").arg(copy);
    QString victim;
    for (const QString &experiment : QDir(copy).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QString &run :
             QDir(copy + QLatin1Char('/') + experiment).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            if (victim.isEmpty() && run != QLatin1String("tags"))
                victim = experiment + QLatin1Char('/') + run;
    QFile meta(broken.arg(victim));
    QVERIFY(meta.open(QIODevice::WriteOnly | QIODevice::Truncate));
    meta.write("artifact_uri: file:///x\nend_time 17962\n  run_uuid: [");
    meta.close();

    QCOMPARE(runImport(copy), int(ImportCommand::SomeRunsFailed));
    const QMap<QString, QJsonObject> imported = runsByCustomId(*m_api, Project);
    QCOMPARE(imported.size(), 6);
    QVERIFY(!imported.contains(QStringLiteral("mlflow:") + QDir(victim).dirName()));

    runs.clear();
    QVERIFY(MlflowFileStore::read(copy, &runs, &error));
    const auto failed = std::find_if(runs.begin(), runs.end(), [](const MlflowRun &r) { return !r.error.isEmpty(); });
    QVERIFY(failed != runs.end());
    QVERIFY2(failed->error.contains(QStringLiteral("meta.yaml")) && failed->error.contains(QStringLiteral("line 2")),
             qPrintable(failed->error));
}

void TestMlflowImport::renamesMetricNamesThatAreNoPath()
{
    const QString copy = m_dir.filePath(QStringLiteral("mlruns-renames"));
    QVERIFY(QProcess::execute(QStringLiteral("cp"),
                              {QStringLiteral("-r"), Fixtures + QStringLiteral("/mlruns"), copy}) == 0);
    QList<MlflowRun> runs;
    QString error;
    QVERIFY(MlflowFileStore::read(copy, &runs, &error));
    runs = runs.mid(0, 1);
    runs[0].metrics.insert(QStringLiteral(" padded /loss"), {{1700000000000, 1.5, 0}});
    runs[0].metrics.insert(QStringLiteral("sys/loss"), {{1700000000000, 2.5, 0}});
    runs[0].metrics.insert(QString(1100, QLatin1Char('m')), {{1700000000000, 3.5, 0}});

    ImportClient client(m_server->baseUrl(), m_server->token());
    MlflowImporter importer(&client, Project);
    QList<RunOutcome> outcomes;
    QVERIFY2(importer.import(
                 runs, [&](const RunOutcome &o) { outcomes.append(o); }, &error),
             qPrintable(error));
    QCOMPARE(outcomes.size(), 1);
    QVERIFY2(outcomes[0].kind == RunOutcome::Created, qPrintable(outcomes[0].error));
    QCOMPARE(outcomes[0].renames.size(), 3);
    QVERIFY(outcomes[0].renames.contains(QStringLiteral(" padded /loss -> padded/loss")));
    QVERIFY(outcomes[0].renames.contains(QStringLiteral("sys/loss -> metrics/sys/loss")));
    const QJsonObject fields = runsByCustomId(*m_api, Project).first()[QStringLiteral("fields")].toObject();
    QCOMPARE(fields[QStringLiteral("padded/loss")][QStringLiteral("last")].toDouble(), 1.5);
    QCOMPARE(fields[QStringLiteral("metrics/sys/loss")][QStringLiteral("last")].toDouble(), 2.5);
    bool foundLong = false;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        foundLong |= it.key().startsWith(QStringLiteral("mmmm")) && it.key().toUtf8().size() <= 1024 &&
                     it.value()[QStringLiteral("last")].toDouble() == 3.5;
    QVERIFY(foundLong);
}

// Names that map onto one path (`a//b` and `a/b`), onto the import's own fields, or below another field: each
// keeps its own series or value, and the renames say where they went.
void TestMlflowImport::namesThatMeetKeepEveryValue()
{
    QList<MlflowRun> runs;
    QString error;
    QVERIFY(MlflowFileStore::read(Fixtures + QStringLiteral("/mlruns"), &runs, &error));
    runs = runs.mid(0, 1);
    runs[0].metrics.insert(QStringLiteral("a/b"), {{1700000000000, 1.0, 0}});
    runs[0].metrics.insert(QStringLiteral("a//b"), {{1700000000000, 2.0, 0}, {1700000000001, 2.5, 1}});
    runs[0].metrics.insert(QStringLiteral("mlflow/status"), {{1700000000000, 3.0, 0}});
    runs[0].metrics.insert(QStringLiteral("q"), {{1700000000000, 4.0, 0}});
    runs[0].metrics.insert(QStringLiteral("q/r"), {{1700000000000, 5.0, 0}});
    runs[0].params.insert(QStringLiteral("x/y"), QStringLiteral("kept"));
    runs[0].params.insert(QStringLiteral("x//y"), QStringLiteral("also kept"));

    ImportClient client(m_server->baseUrl(), m_server->token());
    MlflowImporter importer(&client, Project);
    QList<RunOutcome> outcomes;
    QVERIFY2(importer.import(
                 runs, [&](const RunOutcome &o) { outcomes.append(o); }, &error),
             qPrintable(error));
    QCOMPARE(outcomes.size(), 1);
    QVERIFY2(outcomes[0].kind == RunOutcome::Created, qPrintable(outcomes[0].error));
    const QJsonObject fields = runsByCustomId(*m_api, Project).first()[QStringLiteral("fields")].toObject();
    QCOMPARE(fields[QStringLiteral("a/b")][QStringLiteral("last")].toDouble(), 1.0); // the valid name keeps its path
    QCOMPARE(fields[QStringLiteral("mlflow/status")][QStringLiteral("value")].toString(), QStringLiteral("FINISHED"));
    QCOMPARE(fields[QStringLiteral("q")][QStringLiteral("last")].toDouble(), 4.0);
    QCOMPARE(fields[QStringLiteral("params/x/y")][QStringLiteral("value")].toString(), QStringLiteral("kept"));
    QMap<double, QString> movedSeries; // last value -> path
    QStringList movedParams;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key().contains(QLatin1Char('~')) && it.value()[QStringLiteral("type")] == QStringLiteral("floatSeries"))
            movedSeries.insert(it.value()[QStringLiteral("last")].toDouble(), it.key());
        if (it.value()[QStringLiteral("value")] == QStringLiteral("also kept"))
            movedParams.append(it.key());
    }
    QCOMPARE(movedSeries.keys(), QList<double>({2.5, 3.0, 5.0}));
    QVERIFY2(movedSeries[2.5].startsWith(QStringLiteral("a/b~")), qPrintable(movedSeries[2.5]));
    QVERIFY2(movedSeries[3.0].startsWith(QStringLiteral("mlflow/status~")), qPrintable(movedSeries[3.0]));
    QVERIFY2(movedSeries[5.0].startsWith(QStringLiteral("q_r~")), qPrintable(movedSeries[5.0]));
    QCOMPARE(movedParams.size(), 1);
    QVERIFY2(movedParams[0].startsWith(QStringLiteral("params/x/y~")), qPrintable(movedParams[0]));
    for (const QString &moved : QStringList{movedSeries[2.5], movedSeries[3.0], movedSeries[5.0], movedParams[0]})
        QVERIFY2(outcomes[0].renames.filter(QStringLiteral(" -> ") + moved).size() == 1, qPrintable(moved));
}

QList<MlflowRun> TestMlflowImport::readCopy(const QString &name, QString *baseline)
{
    const QString copy = m_dir.filePath(name);
    QList<MlflowRun> runs;
    QString error;
    // Copied once: read again, the copy keeps the changes a test made to it.
    if ((!QFileInfo::exists(copy) &&
         QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), Fixtures + QStringLiteral("/mlruns"), copy}) !=
             0) ||
        !MlflowFileStore::read(copy, &runs, &error))
        return {};
    for (const MlflowRun &run : std::as_const(runs))
        if (run.tags.value(QStringLiteral("mlflow.runName")) == QLatin1String("baseline-cnn"))
            *baseline = run.uuid;
    return runs;
}

QList<RunOutcome> TestMlflowImport::importRuns(const QList<MlflowRun> &runs)
{
    ImportClient client(m_server->baseUrl(), m_server->token());
    MlflowImporter importer(&client, Project);
    QList<RunOutcome> outcomes;
    QString error;
    if (!importer.import(
            runs, [&](const RunOutcome &o) { outcomes.append(o); }, &error))
        qWarning().noquote() << error;
    return outcomes;
}

// baseline-cnn's five artifacts are one file set, named as MLflow shows them, and their bytes are in the project.
void TestMlflowImport::artifactsAreAFileSetOfTheirBytes()
{
    QCOMPARE(runImport(Fixtures + QStringLiteral("/mlruns")), int(ImportCommand::Done));
    compareBaselineArtifacts(*m_api, Project, Fixtures + QStringLiteral("/mlruns"));
}

// The fingerprint covers the artifacts' bytes: a changed artifact writes its run again, and only that run.
void TestMlflowImport::changedArtifactImportsTheRunAgain()
{
    QString baseline;
    const QList<MlflowRun> before = readCopy(QStringLiteral("mlruns-changed"), &baseline);
    QVERIFY(!baseline.isEmpty());
    for (const RunOutcome &o : importRuns(before))
        QVERIFY2(o.kind == RunOutcome::Created, qPrintable(o.error));
    const MlflowRun &run =
        *std::find_if(before.begin(), before.end(), [&](const MlflowRun &r) { return r.uuid == baseline; });
    QFile notes(run.artifactFolder + QStringLiteral("/notes/log.txt"));
    QVERIFY(notes.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)); // the fixture's are read-only
    QVERIFY(notes.open(QIODevice::WriteOnly | QIODevice::Truncate));
    notes.write("19 bytes, other ones"); // 20 bytes: the same size would do too, the hash differs
    notes.close();
    QString again;
    for (const RunOutcome &o : importRuns(readCopy(QStringLiteral("mlruns-changed"), &again)))
        QVERIFY2(o.kind == (o.uuid == baseline ? RunOutcome::Updated : RunOutcome::Skipped), qPrintable(o.name));
    const QJsonObject fields = runsByCustomId(*m_api, Project)
                                   .value(QStringLiteral("mlflow:") + baseline)[QStringLiteral("fields")]
                                   .toObject();
    QCOMPARE(fields[u"artifacts"][u"value"][u"size"].toInteger(), 90 + 33 + 20 + 118 + 68);
}

// An artifact that cannot be read (gone since the store was listed) fails its run, which gets nothing at all; the
// other runs are imported.
void TestMlflowImport::unreadableArtifactFailsThatRunOnly()
{
    QString baseline;
    const QList<MlflowRun> runs = readCopy(QStringLiteral("mlruns-gone"), &baseline);
    QVERIFY(!baseline.isEmpty());
    const MlflowRun &run =
        *std::find_if(runs.begin(), runs.end(), [&](const MlflowRun &r) { return r.uuid == baseline; });
    const QString gone = run.artifactFolder + QStringLiteral("/config/augment.yaml");
    QVERIFY(QFile::remove(gone));
    const QList<RunOutcome> outcomes = importRuns(runs);
    QCOMPARE(outcomes.size(), 7);
    for (const RunOutcome &o : outcomes) {
        if (o.uuid != baseline) {
            QVERIFY2(o.kind == RunOutcome::Created, qPrintable(o.error));
            continue;
        }
        QCOMPARE(o.kind, RunOutcome::Failed);
        QVERIFY2(o.error.contains(gone), qPrintable(o.error));
    }
    const QMap<QString, QJsonObject> imported = runsByCustomId(*m_api, Project);
    QCOMPARE(imported.size(), 6);
    QVERIFY(!imported.contains(QStringLiteral("mlflow:") + baseline));
}

// A run imported by the first mapping has its artifacts as string fields `artifacts/PATH` = "N bytes": importing
// again deletes them, so that `artifacts` can be the file set.
void TestMlflowImport::replacesTheFirstMappingsArtifactRecords()
{
    QString baseline;
    const QList<MlflowRun> runs = readCopy(QStringLiteral("mlruns-old"), &baseline);
    QVERIFY(!baseline.isEmpty());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project), 201);
    const ApiReply run =
        m_api->post(projectPath(Project) + QStringLiteral("/runs"),
                    {{QStringLiteral("custom_run_id"), QString(QStringLiteral("mlflow:") + baseline)}});
    NEREID_EXPECT_STATUS(run, 201);
    QJsonArray old;
    for (const char *path : {"artifacts/readme.txt", "artifacts/plots/loss.png", "import/fingerprint"})
        old.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("assign")},
                               {QStringLiteral("path"), QLatin1String(path)},
                               {QStringLiteral("type"), QStringLiteral("string")},
                               {QStringLiteral("value"), QStringLiteral("68 bytes")}});
    NEREID_EXPECT_STATUS(m_api->post(QStringLiteral("/runs/%1/operations").arg(run[QStringLiteral("id")].toString()),
                                     {{QStringLiteral("operations"), old}}),
                         200);
    for (const RunOutcome &o : importRuns(runs))
        QVERIFY2(o.kind == (o.uuid == baseline ? RunOutcome::Updated : RunOutcome::Created), qPrintable(o.error));
    const QJsonObject fields =
        runsByCustomId(*m_api, Project).value(QStringLiteral("mlflow:") + baseline)[u"fields"].toObject();
    QCOMPARE(fields[u"artifacts"][u"type"].toString(), QStringLiteral("fileSet"));
    QCOMPARE(fields[u"artifacts"][u"value"][u"count"].toInt(), 5);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        QVERIFY2(!it.key().startsWith(QLatin1String("artifacts/")), qPrintable(it.key()));
}

QTEST_GUILESS_MAIN(TestMlflowImport)
#include "test_mlflowimport.moc"
