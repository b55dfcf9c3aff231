#include "apiclient.h"
#include "exportcommand.h"
#include "helpers.h"
#include "importcommand.h"
#include "testserver.h"

#include <memory>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Source = QStringLiteral("team/source");
const QString Copy = QStringLiteral("team/copy");
const QString Fixtures = QStringLiteral(NEREID_MLFLOW_FIXTURES);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonArray sorted(const QJsonValue &strings)
{
    QStringList list = strings.toVariant().toStringList();
    list.sort();
    return QJsonArray::fromStringList(list);
}

} // namespace

// `nereid export` against a real nereid-server: the MLflow fixture imported, exported in each format, and the
// exports imported again into a second project.
class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mlflowExportImportsBackAsTheSameRuns_data();
    void mlflowExportImportsBackAsTheSameRuns();
    void jsonlExportImportsBackLosslessly();
    void jsonlImportFailsABrokenLineOnly();
    void csvExportHasRunsAndEverySeries();
    void refusesWhatCannotStart_data();
    void refusesWhatCannotStart();

private:
    int runImport(const QString &kind, const QString &path, const QString &project);
    int runExport(const QString &format, const QString &folder, const QString &project = Source);
    // A run written by a script rather than an import: every atom type, both series types, non-finite values and
    // steps that are not whole, group tags, a description.
    void logNativeRun();
    QMap<QString, QJsonObject> runsByCustomId(const QString &project);
    QJsonArray points(const QString &runId, const QString &path);
    // Every field of the two projects' runs, and every point, compare equal; `ignored` fields are left out.
    void compareProjects(const std::function<bool(const QString &path)> &ignored);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_dir;
};

void TestExport::init()
{
    QVERIFY2(QFile::exists(Fixtures + QStringLiteral("/README.md")), qPrintable(Fixtures));
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
}

void TestExport::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_api.reset();
    m_server.reset();
}

int TestExport::runImport(const QString &kind, const QString &path, const QString &project)
{
    return ImportCommand::run(QStringList{QStringLiteral("nereid"), QStringLiteral("import"), kind, path,
                                          QStringLiteral("--project"), project} +
                              m_server->clientArguments());
}

int TestExport::runExport(const QString &format, const QString &folder, const QString &project)
{
    return ExportCommand::run(QStringList{QStringLiteral("nereid"), QStringLiteral("export"),
                                          QStringLiteral("--project"), project, QStringLiteral("--format"), format,
                                          folder} +
                              m_server->clientArguments());
}

void TestExport::logNativeRun()
{
    const ApiReply run = createRun(*m_api, Source,
                                   {{QStringLiteral("custom_run_id"), QStringLiteral("script-7")},
                                    {QStringLiteral("name"), QStringLiteral("native \"quoted\", run")},
                                    {QStringLiteral("description"), QStringLiteral("line one\nline two")},
                                    {QStringLiteral("tags"), QJsonArray{QStringLiteral("best"), QStringLiteral("v2")}},
                                    {QStringLiteral("group_tags"), QJsonArray{QStringLiteral("lr-0.01")}}});
    NEREID_EXPECT_STATUS(run, 201);
    const QString id = run[QStringLiteral("id")].toString();
    NEREID_EXPECT_STATUS(
        applyOperations(*m_api, id,
                        {assignOp(QStringLiteral("params/lr"), QStringLiteral("float"), 0.1 + 0.2),
                         assignOp(QStringLiteral("params/layers"), QStringLiteral("int"), 9007199254740991.0),
                         assignOp(QStringLiteral("params/shuffle"), QStringLiteral("bool"), true),
                         assignOp(QStringLiteral("data/started"), QStringLiteral("datetime"),
                                  QStringLiteral("2026-11-22T10:00:00.125Z")),
                         assignOp(QStringLiteral("data/sets"), QStringLiteral("stringSet"),
                                  QJsonArray{QStringLiteral("a,b"), QStringLiteral("ü")}),
                         appendOp(QStringLiteral("train/loss"), QStringLiteral("floatSeries"),
                                  {point(-1.5, 1e-300, 1.25), point(0.1, QStringLiteral("NaN"), 2.5),
                                   point(0.30000000000000004, QStringLiteral("-Infinity"), 1763805600.001),
                                   point(1e15, 5e-324, 1763805601.0)}),
                         appendOp(QStringLiteral("train/log"), QStringLiteral("stringSeries"),
                                  {point(0, QStringLiteral("epoch 0, \"done\"\n"), 1.5), point(1, QString(), 2.0)}),
                         assignOp(QStringLiteral("sys/failed"), QStringLiteral("bool"), true)}),
        200);
    NEREID_EXPECT_STATUS(m_api->post(runPath(id) + QStringLiteral("/stop")), 200);
}

QMap<QString, QJsonObject> TestExport::runsByCustomId(const QString &project)
{
    QMap<QString, QJsonObject> runs;
    for (const char *trashed : {"false", "true"}) {
        const ApiReply reply =
            m_api->get(projectPath(project) + QStringLiteral("/runs?limit=1000&trashed=") + QLatin1String(trashed));
        for (const QJsonValue &run : reply[QStringLiteral("runs")].toArray())
            runs.insert(run[QStringLiteral("sys")][QStringLiteral("custom_run_id")].toString(), run.toObject());
    }
    return runs;
}

QJsonArray TestExport::points(const QString &runId, const QString &path)
{
    const ApiReply reply = m_api->get(QStringLiteral("/runs/%1/series?limit=100000&path=%2")
                                          .arg(runId, QString::fromLatin1(QUrl::toPercentEncoding(path))));
    return reply[QStringLiteral("points")].toArray();
}

void TestExport::compareProjects(const std::function<bool(const QString &path)> &ignored)
{
    const QMap<QString, QJsonObject> source = runsByCustomId(Source), copy = runsByCustomId(Copy);
    QCOMPARE(copy.keys(), source.keys());
    qint64 comparedPoints = 0;
    for (auto it = source.begin(); it != source.end(); ++it) {
        const QJsonObject &a = it.value();
        const QJsonObject b = copy.value(it.key());
        for (const char *member : {"name", "description", "failed", "trashed", "state"})
            QCOMPARE(b[QStringLiteral("sys")][QLatin1String(member)], a[QStringLiteral("sys")][QLatin1String(member)]);
        for (const char *member : {"tags", "group_tags"})
            QCOMPARE(sorted(b[QStringLiteral("sys")][QLatin1String(member)]),
                     sorted(a[QStringLiteral("sys")][QLatin1String(member)]));
        QJsonObject fieldsA = a[QStringLiteral("fields")].toObject(), fieldsB = b[QStringLiteral("fields")].toObject();
        for (const QString &path : fieldsA.keys() + fieldsB.keys())
            if (ignored(path))
                fieldsA.remove(path), fieldsB.remove(path);
        QCOMPARE(fieldsB.keys(), fieldsA.keys());
        for (auto field = fieldsA.begin(); field != fieldsA.end(); ++field) {
            QVERIFY2(fieldsB.value(field.key()) == field.value(),
                     qPrintable(it.key() + QLatin1Char(' ') + field.key()));
            if (field.value()[QStringLiteral("type")].toString().endsWith(QLatin1String("Series"))) {
                const QJsonArray pointsA = points(a[QStringLiteral("id")].toString(), field.key());
                QCOMPARE(points(b[QStringLiteral("id")].toString(), field.key()), pointsA);
                QCOMPARE(pointsA.size(), field.value()[QStringLiteral("count")].toInt());
                comparedPoints += pointsA.size();
            }
        }
    }
    QVERIFY(comparedPoints >= 1880);
}

void TestExport::mlflowExportImportsBackAsTheSameRuns_data()
{
    QTest::addColumn<QString>("store");
    QTest::newRow("file store") << QStringLiteral("mlruns");
    QTest::newRow("sql store") << QStringLiteral("mlflow.db");
}

void TestExport::mlflowExportImportsBackAsTheSameRuns()
{
    QFETCH(QString, store);
    QCOMPARE(runImport(QStringLiteral("mlflow"), Fixtures + QLatin1Char('/') + store, Source),
             int(ImportCommand::Done));
    const QString folder = m_dir.filePath(QStringLiteral("mlflow-export-") + store);
    QCOMPARE(runExport(QStringLiteral("mlflow"), folder), int(ExportCommand::Done));
    QVERIFY(QFile::exists(folder + QStringLiteral("/mlruns/0/meta.yaml")));
    // diverged-run as MLflow's file store keeps a failed run with NaN and infinite values.
    QString diverged;
    for (const QString &experiment :
         QDir(folder + QStringLiteral("/mlruns")).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (QFile::exists(QStringLiteral("%1/mlruns/%2/b3283c4a7a764198b295c2f9f466faab").arg(folder, experiment)))
            diverged = QStringLiteral("/mlruns/%1/b3283c4a7a764198b295c2f9f466faab/").arg(experiment);
    const QByteArray meta = readFile(folder + diverged + QStringLiteral("meta.yaml"));
    if (store == QLatin1String("mlruns")) { // the SQL store's run ids differ, and its infinities are finite
        QVERIFY2(meta.contains("\nstatus: 4\n") && meta.contains("\nrun_name: 'diverged-run'\n"), meta.constData());
        const QByteArray loss = readFile(folder + diverged + QStringLiteral("metrics/train/loss"));
        QVERIFY(loss.contains(" nan 20\n") && loss.contains(" inf 25\n") && loss.contains(" -inf 26\n"));
        QCOMPARE(readFile(folder + diverged + QStringLiteral("tags/mlflow.runName")), QByteArray("diverged-run"));
    }
    QCOMPARE(runImport(QStringLiteral("mlflow"), folder + QStringLiteral("/mlruns"), Copy), int(ImportCommand::Done));

    // The artifacts go out as the run's artifact folder and come back as the same file set: every field comes back,
    // and with them the import's fingerprint of everything it mapped, artifacts' hashes included.
    compareProjects([](const QString &) { return false; });
    const QMap<QString, QJsonObject> copy = runsByCustomId(Copy);
    int withArtifacts = 0;
    for (const QJsonObject &run : runsByCustomId(Source)) {
        const QJsonObject fields = run[QStringLiteral("fields")].toObject();
        withArtifacts += fields.contains(QStringLiteral("artifacts"));
        QCOMPARE(copy.value(run[QStringLiteral("sys")][QStringLiteral("custom_run_id")]
                                .toString())[QStringLiteral("fields")][QStringLiteral("import/fingerprint")],
                 fields.value(QStringLiteral("import/fingerprint")));
    }
    QCOMPARE(withArtifacts, 1);
}

void TestExport::jsonlExportImportsBackLosslessly()
{
    QCOMPARE(runImport(QStringLiteral("mlflow"), Fixtures + QStringLiteral("/mlruns"), Source),
             int(ImportCommand::Done));
    logNativeRun();
    const QString folder = m_dir.filePath(QStringLiteral("jsonl-export"));
    QCOMPARE(runExport(QStringLiteral("jsonl"), folder), int(ExportCommand::Done));
    QCOMPARE(readFile(folder + QStringLiteral("/runs.jsonl")).count('\n'), 8);
    QCOMPARE(runImport(QStringLiteral("jsonl"), folder + QStringLiteral("/runs.jsonl"), Copy),
             int(ImportCommand::Done));
    compareProjects([](const QString &) { return false; });

    // Importing the same export again finds every run by its custom_run_id and adds no point.
    const QMap<QString, QJsonObject> before = runsByCustomId(Copy);
    QCOMPARE(runImport(QStringLiteral("jsonl"), folder + QStringLiteral("/runs.jsonl"), Copy),
             int(ImportCommand::Done));
    const QMap<QString, QJsonObject> after = runsByCustomId(Copy);
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.begin(); it != before.end(); ++it)
        QCOMPARE(after.value(it.key())[QStringLiteral("fields")], it.value()[QStringLiteral("fields")]);
}

void TestExport::jsonlImportFailsABrokenLineOnly()
{
    QCOMPARE(runImport(QStringLiteral("mlflow"), Fixtures + QStringLiteral("/mlruns"), Source),
             int(ImportCommand::Done));
    const QString folder = m_dir.filePath(QStringLiteral("jsonl-broken"));
    QCOMPARE(runExport(QStringLiteral("jsonl"), folder), int(ExportCommand::Done));
    // A file cut in the middle of its third line, as a full disk leaves it.
    const QString file = folder + QStringLiteral("/runs.jsonl");
    QList<QByteArray> lines = readFile(file).split('\n');
    lines[2] = lines[2].left(lines[2].size() / 2);
    QFile cut(file);
    QVERIFY(cut.open(QIODevice::WriteOnly | QIODevice::Truncate));
    cut.write(lines.join('\n'));
    cut.close();
    QCOMPARE(runImport(QStringLiteral("jsonl"), file, Copy), int(ImportCommand::SomeRunsFailed));
    QCOMPARE(runsByCustomId(Copy).size(), 6);
}

void TestExport::csvExportHasRunsAndEverySeries()
{
    QCOMPARE(runImport(QStringLiteral("mlflow"), Fixtures + QStringLiteral("/mlruns"), Source),
             int(ImportCommand::Done));
    logNativeRun();
    const QString folder = m_dir.filePath(QStringLiteral("csv-export"));
    QCOMPARE(runExport(QStringLiteral("csv"), folder), int(ExportCommand::Done));
    const QByteArray all = readFile(folder + QStringLiteral("/runs.csv"));
    QVERIFY(all.startsWith("sys/id,sys/name,"));
    QVERIFY(all.contains(",params/lr,"));
    QVERIFY(all.contains("\"native \"\"quoted\"\", run\""));
    QVERIFY(all.contains("\"line one\nline two\""));

    const QMap<QString, QJsonObject> runs = runsByCustomId(Source);
    QCOMPARE(runs.size(), 8);
    for (const QJsonObject &run : runs)
        QVERIFY(all.contains(QByteArray('\n' + run[QStringLiteral("id")].toString().toUtf8() + ',')));
    const QString native = runs.value(QStringLiteral("script-7"))[QStringLiteral("id")].toString();
    QCOMPARE(readFile(QStringLiteral("%1/series/%2/train/loss.csv").arg(folder, native)),
             QByteArray("step,value,timestamp\n-1.5,1e-300,1.25\n0.1,NaN,2.5\n0.30000000000000004,-Infinity,"
                        "1763805600.001\n1e+15,5e-324,1763805601\n"));
    QCOMPARE(readFile(QStringLiteral("%1/series/%2/train/log.csv").arg(folder, native)),
             QByteArray("step,value,timestamp\n0,\"epoch 0, \"\"done\"\"\n\",1.5\n1,,2\n"));
    int seriesFiles = 0;
    for (const QJsonObject &run : runs) {
        const QJsonObject fields = run[QStringLiteral("fields")].toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (!it.value()[QStringLiteral("type")].toString().endsWith(QLatin1String("Series")))
                continue;
            const QByteArray csv = readFile(
                QStringLiteral("%1/series/%2/%3.csv").arg(folder, run[QStringLiteral("id")].toString(), it.key()));
            QCOMPARE(csv.count('\n') - 1 - csv.count("\"\n"), it.value()[QStringLiteral("count")].toInt());
            ++seriesFiles;
        }
    }
    QCOMPARE(seriesFiles, 15 + 2);
}

void TestExport::refusesWhatCannotStart_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("folder"); // under the test's temporary folder
    QTest::newRow("unknown format") << QStringLiteral("parquet") << Source << QStringLiteral("out");
    QTest::newRow("unknown project") << QStringLiteral("jsonl") << QStringLiteral("team/nothing")
                                     << QStringLiteral("out");
    QTest::newRow("folder not empty") << QStringLiteral("jsonl") << Source << QStringLiteral("full");
    QTest::newRow("folder is a file") << QStringLiteral("csv") << Source << QStringLiteral("notes.txt");
    QTest::newRow("folder cannot be made") << QStringLiteral("mlflow") << Source << QStringLiteral("notes.txt/out");
}

void TestExport::refusesWhatCannotStart()
{
    QFETCH(QString, format);
    QFETCH(QString, project);
    QFETCH(QString, folder);
    NEREID_EXPECT_STATUS(createProject(*m_api, Source), 201);
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("full/kept")));
    QFile notes(m_dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly | QIODevice::Truncate));
    notes.write("kept");
    notes.close();
    QCOMPARE(runExport(format, m_dir.filePath(folder), project), int(ExportCommand::CannotStart));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("out"))));
    QVERIFY(QDir(m_dir.filePath(QStringLiteral("full/kept"))).exists());
    QCOMPARE(readFile(m_dir.filePath(QStringLiteral("notes.txt"))), QByteArray("kept"));
}

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"
