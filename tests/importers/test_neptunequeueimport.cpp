#include "apiclient.h"
#include "helpers.h"
#include "importclient.h"
#include "importcommand.h"
#include "neptunequeue.h"
#include "neptunequeueimporter.h"
#include "pngbytes.h"
#include "testserver.h"

#include <memory>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Project = QStringLiteral("team/neptune");
const QString Fixture = QStringLiteral(NEREID_NEPTUNE_FIXTURE);
const QString Baseline = QStringLiteral("neptune:bfd2089f-fc05-4ff0-85d2-9dde09a16f74");
const QString Second = QStringLiteral("neptune:c8bb8d3e-a07c-449b-9b3f-ab66228bf561");

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

QStringList sorted(const QJsonValue &array)
{
    QStringList list = array.toVariant().toStringList();
    list.sort();
    return list;
}

QString baselineFolder(const QString &root)
{
    const QDir offline(root + QStringLiteral("/.neptune/offline"));
    return offline.filePath(offline.entryList({QStringLiteral("run__bfd2089f*")}, QDir::Dirs).value(0));
}

} // namespace

class TestNeptuneQueueImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsWhatTheClientQueued();
    void secondImportChangesNothing();
    void resumesWithoutDuplicatingPoints();
    void tornLastLineIsSkippedAndCounted();
    void asyncQueueImportsOnlyWhatWasNotAcknowledged();
    void acknowledgedQueueCreatesNoRun();
    void foldersOfOneRunAreReplayedInTheOrderTheyStarted();
    void folderWithoutQueueCannotStart();
    void mapsEachOperationAndListsWhatItCannot();
    void largeSeriesArriveWholeAcrossBatches();
    void logImagesBecomeAFileSeries();
    void fileSetsReadTheFilesTheirPatternsMatch();

private:
    int runImport(const QString &folder);
    QMap<QString, QJsonObject> runsByCustomId();
    QJsonArray points(const QJsonObject &run, const QString &path);
    QString copyOfFixture();

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_dir;
};

void TestNeptuneQueueImport::init()
{
    QVERIFY2(QFile::exists(Fixture + QStringLiteral("/README.md")), qPrintable(Fixture));
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
}

void TestNeptuneQueueImport::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_api.reset();
    m_server.reset();
}

int TestNeptuneQueueImport::runImport(const QString &folder)
{
    return ImportCommand::run(QStringList{QStringLiteral("nereid"), QStringLiteral("import"),
                                          QStringLiteral("neptune-queue"), folder, QStringLiteral("--project"),
                                          Project} +
                              m_server->clientArguments());
}

QMap<QString, QJsonObject> TestNeptuneQueueImport::runsByCustomId()
{
    QMap<QString, QJsonObject> runs;
    const ApiReply reply = m_api->get(projectPath(Project) + QStringLiteral("/runs?limit=1000"));
    for (const QJsonValue &run : reply[QStringLiteral("runs")].toArray())
        runs.insert(run[QStringLiteral("sys")][QStringLiteral("custom_run_id")].toString(), run.toObject());
    return runs;
}

QJsonArray TestNeptuneQueueImport::points(const QJsonObject &run, const QString &path)
{
    const ApiReply series =
        m_api->get(QStringLiteral("/runs/%1/series?limit=100000&path=%2")
                       .arg(run[QStringLiteral("id")].toString(), QString::fromLatin1(QUrl::toPercentEncoding(path))));
    return series[QStringLiteral("points")].toArray();
}

QString TestNeptuneQueueImport::copyOfFixture()
{
    QString copy = m_dir.filePath(QStringLiteral("copy"));
    QDir(copy).removeRecursively();
    QDir().mkpath(copy);
    if (QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), Fixture + QStringLiteral("/.neptune"), copy}))
        return {};
    return copy;
}

void TestNeptuneQueueImport::importsWhatTheClientQueued()
{
    QCOMPARE(runImport(Fixture), int(ImportCommand::Done));
    const QMap<QString, QJsonObject> runs = runsByCustomId();
    QCOMPARE(runs.keys(), QStringList({Baseline, Second}));
    const QJsonObject expected = readJson(Fixture + QStringLiteral("/expected.json"));
    const QJsonObject want = expected[QStringLiteral("runs")][0].toObject();

    const QJsonObject run = runs.value(Baseline);
    const QJsonObject sys = run[QStringLiteral("sys")].toObject();
    const QJsonObject fields = run[QStringLiteral("fields")].toObject();
    const auto field = [&](const char *path) { return fields[QLatin1String(path)].toObject(); };
    QCOMPARE(sys[QStringLiteral("name")].toString(), QStringLiteral("baseline-offline"));
    QCOMPARE(sys[QStringLiteral("description")].toString(), want[QStringLiteral("description")].toString());
    QCOMPARE(sys[QStringLiteral("description")].toString(),
             QStringLiteral("Offline fixture run \u2013 \u00fcn\u00efc\u00f6d\u00e9 description \u2713"));
    QCOMPARE(sorted(sys[QStringLiteral("tags")]), sorted(want[QStringLiteral("sys/tags")]));
    QVERIFY(sys[QStringLiteral("tags")].toArray().contains(QStringLiteral("added-later")));
    QCOMPARE(sorted(sys[QStringLiteral("group_tags")]), QStringList{QStringLiteral("group-a")});
    QCOMPARE(sys[QStringLiteral("hostname")].toString(), QStringLiteral("vm"));
    QCOMPARE(sys[QStringLiteral("failed")].toBool(), false);
    QCOMPARE(sys[QStringLiteral("state")].toString(), QStringLiteral("inactive"));

    QCOMPARE(field("parameters/lr")[QStringLiteral("type")].toString(), QStringLiteral("float"));
    QCOMPARE(field("parameters/lr")[QStringLiteral("value")].toDouble(), 0.001);
    QCOMPARE(field("parameters/batch_size")[QStringLiteral("type")].toString(), QStringLiteral("int"));
    QCOMPARE(field("parameters/batch_size")[QStringLiteral("value")].toInt(), 64);
    QCOMPARE(field("parameters/use_amp")[QStringLiteral("type")].toString(), QStringLiteral("bool"));
    QCOMPARE(field("parameters/use_amp")[QStringLiteral("value")].toBool(), true);
    QCOMPARE(field("parameters/optimizer")[QStringLiteral("value")].toString(), QStringLiteral("adam"));
    QCOMPARE(field("parameters/model/depth")[QStringLiteral("type")].toString(), QStringLiteral("int"));
    QCOMPARE(field("parameters/model/dropout")[QStringLiteral("value")].toDouble(), 0.1);
    QCOMPARE(field("parameters/model/name")[QStringLiteral("value")].toString(),
             QStringLiteral("r\u00e9snet-18 \U0001F680"));
    QCOMPARE(field("parameters/model/head/kind")[QStringLiteral("value")].toString(), QStringLiteral("linear"));
    QCOMPARE(field("data/version")[QStringLiteral("value")].toString(), QStringLiteral("v1.2"));
    QCOMPARE(field("eval/f1")[QStringLiteral("value")].toDouble(), 0.81);
    QCOMPARE(field("eval/epochs")[QStringLiteral("type")].toString(), QStringLiteral("int"));
    QCOMPARE(field("eval/done")[QStringLiteral("value")].toBool(), true);
    QCOMPARE(field("eval/finished_at")[QStringLiteral("type")].toString(), QStringLiteral("datetime"));
    QCOMPARE(field("eval/finished_at")[QStringLiteral("value")].toString(), QStringLiteral("2023-11-15T12:00:00.000Z"));
    QCOMPARE(field("source_code/entrypoint")[QStringLiteral("value")].toString(), QStringLiteral("generate.py"));
    QVERIFY(!fields.contains(QStringLiteral("source_code/files"))); // an UploadFileSet of no files

    const QJsonObject wantSeries = want[QStringLiteral("float_series")].toObject();
    for (const QString &path : {QStringLiteral("train/loss"), QStringLiteral("train/accuracy")}) {
        const QJsonArray got = points(run, path), wanted = wantSeries[path].toArray();
        QCOMPARE(got.size(), 100);
        for (qsizetype i = 0; i < got.size(); ++i) {
            const QJsonArray g = got.at(i).toArray(), w = wanted.at(i).toArray();
            QCOMPARE(g.at(0).toDouble(), w.at(0).toDouble());
            QCOMPARE(g.at(1).toDouble(), w.at(2).toDouble());
            QCOMPARE(g.at(2).toDouble(), w.at(1).toDouble());
        }
    }
    const QJsonArray grad = points(run, QStringLiteral("train/grad_norm"));
    QCOMPARE(grad.size(), 4);
    for (qsizetype i = 0; i < 4; ++i)
        QCOMPARE(grad.at(i).toArray(), (QJsonArray{double(2 * i), double(i + 1), 1700000000.0 + double(2 * i)}));
    const QJsonArray epochs = points(run, QStringLiteral("logs/epoch"));
    const QJsonArray wantEpochs = want[QStringLiteral("string_series")][QStringLiteral("logs/epoch")].toArray();
    QCOMPARE(epochs.size(), 5);
    for (qsizetype i = 0; i < 5; ++i)
        QCOMPARE(epochs.at(i).toArray().at(1).toString(), wantEpochs.at(i).toArray().at(2).toString());

    const QJsonObject config = field("artifacts/config");
    QCOMPARE(config[QStringLiteral("type")].toString(), QStringLiteral("file"));
    const QJsonObject file = config[QStringLiteral("value")].toObject();
    QCOMPARE(file[QStringLiteral("extension")].toString(), QStringLiteral("json"));
    QCOMPARE(file[QStringLiteral("size")].toInt(), 14);
    const ApiReply blob =
        m_api->get(projectPath(Project) + QStringLiteral("/blobs/") + file[QStringLiteral("hash")].toString());
    NEREID_EXPECT_STATUS(blob, 200);
    QCOMPARE(blob.body, QByteArrayLiteral("{\"lr\": 0.001}\n"));

    const QJsonObject second = runs.value(Second);
    QCOMPARE(second[QStringLiteral("sys")][QStringLiteral("name")].toString(), QStringLiteral("second-offline"));
    QCOMPARE(sorted(second[QStringLiteral("sys")][QStringLiteral("tags")]), QStringList{QStringLiteral("fixture")});
    QCOMPARE(second[QStringLiteral("fields")][QStringLiteral("parameters/lr")][QStringLiteral("value")].toDouble(),
             0.1);
    const QJsonArray loss = points(second, QStringLiteral("train/loss"));
    QCOMPARE(loss.size(), 10);
    QCOMPARE(loss.last().toArray().at(1).toDouble(), 0.1);
}

void TestNeptuneQueueImport::secondImportChangesNothing()
{
    QCOMPARE(runImport(Fixture), int(ImportCommand::Done));
    const QMap<QString, QJsonObject> first = runsByCustomId();
    QCOMPARE(runImport(Fixture), int(ImportCommand::Done));
    const QMap<QString, QJsonObject> second = runsByCustomId();
    QCOMPARE(second.keys(), first.keys());
    for (auto it = first.begin(); it != first.end(); ++it)
        QCOMPARE(second.value(it.key())[QStringLiteral("revision")], it.value()[QStringLiteral("revision")]);
}

void TestNeptuneQueueImport::resumesWithoutDuplicatingPoints()
{
    // What a killed import leaves: the run exists with the first 40 points of train/loss and no fingerprint.
    NEREID_EXPECT_STATUS(createProject(*m_api, Project), 201);
    const ApiReply run =
        m_api->post(projectPath(Project) + QStringLiteral("/runs"), {{QStringLiteral("custom_run_id"), Baseline}});
    NEREID_EXPECT_STATUS(run, 201);
    QJsonArray first;
    for (int step = 0; step < 40; ++step)
        first.append(QJsonArray{step, 100.0 + step, 1700000000.0 + step});
    const QJsonObject append{{QStringLiteral("op"), QStringLiteral("append")},
                             {QStringLiteral("path"), QStringLiteral("train/loss")},
                             {QStringLiteral("type"), QStringLiteral("floatSeries")},
                             {QStringLiteral("points"), first}};
    NEREID_EXPECT_STATUS(m_api->post(QStringLiteral("/runs/%1/operations").arg(run[QStringLiteral("id")].toString()),
                                     {{QStringLiteral("operations"), QJsonArray{append}}}),
                         200);

    QCOMPARE(runImport(Fixture), int(ImportCommand::Done));
    const QMap<QString, QJsonObject> runs = runsByCustomId();
    QCOMPARE(runs.size(), 2);
    const QJsonArray loss = points(runs.value(Baseline), QStringLiteral("train/loss"));
    QCOMPARE(loss.size(), 100);
    QCOMPARE(loss.at(39).toArray().at(1).toDouble(), 139.0); // kept, not sent again
    QCOMPARE(loss.at(40).toArray().at(0).toDouble(), 40.0);
    QCOMPARE(loss.at(99).toArray().at(1).toDouble(), 0.21284);
    QCOMPARE(runs.value(Baseline)[QStringLiteral("sys")][QStringLiteral("name")].toString(),
             QStringLiteral("baseline-offline"));
}

void TestNeptuneQueueImport::tornLastLineIsSkippedAndCounted()
{
    // The client was writing the last operation (the UploadFile) when it stopped: the line ends mid-way.
    const QString copy = copyOfFixture();
    QVERIFY(!copy.isEmpty());
    QFile data(baselineFolder(copy) + QStringLiteral("/data-1.log"));
    QVERIFY(data.open(QIODevice::ReadWrite));
    const QByteArray bytes = data.readAll();
    QVERIFY(data.resize(bytes.lastIndexOf('\n', bytes.size() - 2) + 40));
    data.close();

    QList<NeptuneQueueRun> queues;
    QString error;
    QVERIFY2(NeptuneQueue::read(copy, &queues, &error), qPrintable(error));
    QCOMPARE(queues.size(), 2);
    QCOMPARE(queues[0].tornLines, 1);
    QCOMPARE(queues[0].operations.size(), 135);
    QCOMPARE(queues[0].badLines, QStringList());

    ImportClient client(m_server->baseUrl(), m_server->token());
    NeptuneQueueImporter importer(&client, Project);
    QList<RunOutcome> outcomes;
    QVERIFY2(importer.import(
                 queues, [&](const RunOutcome &o) { outcomes.append(o); }, &error),
             qPrintable(error));
    QCOMPARE(outcomes.size(), 2);
    QVERIFY2(outcomes[0].kind == RunOutcome::Created, qPrintable(outcomes[0].error));
    QCOMPARE(outcomes[0].points, 209); // 100 + 100 + 4 float points, 5 strings
    QVERIFY2(outcomes[0].notes.join(QLatin1Char('\n')).contains(QStringLiteral("1 line(s) cut off")),
             qPrintable(outcomes[0].notes.join(QLatin1Char('\n'))));
    const QJsonObject fields = runsByCustomId().value(Baseline)[QStringLiteral("fields")].toObject();
    QCOMPARE(fields[QStringLiteral("train/loss")][QStringLiteral("count")].toInt(), 100);
    QCOMPARE(fields[QStringLiteral("logs/epoch")][QStringLiteral("count")].toInt(), 5);
    QVERIFY(!fields.contains(QStringLiteral("artifacts/config")));
}

void TestNeptuneQueueImport::asyncQueueImportsOnlyWhatWasNotAcknowledged()
{
    // The same run as an async queue whose first 50 operations the client had sent to Neptune.
    const QString copy = copyOfFixture();
    QVERIFY(!copy.isEmpty());
    const QString folder = baselineFolder(copy);
    QDir().mkpath(copy + QStringLiteral("/.neptune/async"));
    const QString async = copy + QStringLiteral("/.neptune/async/") + QDir(folder).dirName();
    QVERIFY(QDir().rename(folder, async));
    QVERIFY(QDir(copy + QStringLiteral("/.neptune/offline")).removeRecursively());
    QFile ack(async + QStringLiteral("/last_ack_version"));
    QVERIFY(ack.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ack.write("50");
    ack.close();

    QCOMPARE(runImport(copy), int(ImportCommand::Done));
    const QMap<QString, QJsonObject> runs = runsByCustomId();
    QCOMPARE(runs.keys(), QStringList{Baseline});
    const QJsonObject fields = runs.value(Baseline)[QStringLiteral("fields")].toObject();
    // Versions 26..125 log train/loss steps 0..99: those after version 50 are steps 25..99.
    const QJsonArray loss = points(runs.value(Baseline), QStringLiteral("train/loss"));
    QCOMPARE(loss.size(), 75);
    QCOMPARE(loss.first().toArray().at(0).toDouble(), 25.0);
    QVERIFY(!fields.contains(QStringLiteral("parameters/lr"))); // version 11, sent before
    QCOMPARE(fields[QStringLiteral("logs/epoch")][QStringLiteral("count")].toInt(), 5);
}

void TestNeptuneQueueImport::acknowledgedQueueCreatesNoRun()
{
    // Queues sent to their end (last_ack_version = last_put_version, as an async queue the client emptied has):
    // nothing to import, and no run for it.
    const QString copy = copyOfFixture();
    QVERIFY(!copy.isEmpty());
    for (const QString &name :
         QDir(copy + QStringLiteral("/.neptune/offline")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString folder = copy + QStringLiteral("/.neptune/offline/") + name;
        QFile put(folder + QStringLiteral("/last_put_version")), ack(folder + QStringLiteral("/last_ack_version"));
        QVERIFY(put.open(QIODevice::ReadOnly) && ack.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ack.write(put.readAll());
    }
    QCOMPARE(runImport(copy), int(ImportCommand::Done));
    QVERIFY(runsByCustomId().isEmpty());
}

void TestNeptuneQueueImport::foldersOfOneRunAreReplayedInTheOrderTheyStarted()
{
    // A second process logged to the second run later (its own folder, started after the first): one run, with
    // the later process's value last, whatever order the folder names sort in.
    const QString copy = copyOfFixture();
    QVERIFY(!copy.isEmpty());
    const QString later =
        copy + QStringLiteral("/.neptune/offline/run__c8bb8d3e-a07c-449b-9b3f-ab66228bf561__1__aaaaaaaa");
    QVERIFY(QDir().mkpath(later));
    QFile metadata(later + QStringLiteral("/metadata.json"));
    QVERIFY(metadata.open(QIODevice::WriteOnly));
    metadata.write(R"({"mode": "offline", "containerId": "c8bb8d3e-a07c-449b-9b3f-ab66228bf561",
                       "containerType": "run", "createdAt": "2026-12-02T11:00:00.000000+00:00"})");
    metadata.close();
    QFile data(later + QStringLiteral("/data-1.log"));
    QVERIFY(data.open(QIODevice::WriteOnly));
    data.write(
        R"({"obj": {"type": "AssignFloat", "path": ["parameters", "lr"], "value": 0.2}, "version": 1, "at": 1.0})"
        "\n"
        R"({"obj": {"type": "LogFloats", "path": ["train", "loss"], "values": [{"value": 0.05, "step": 10, "ts": 1700000010.0}]}, "version": 2, "at": 2.0})"
        "\n");
    data.close();

    QCOMPARE(runImport(copy), int(ImportCommand::Done));
    const QMap<QString, QJsonObject> runs = runsByCustomId();
    QCOMPARE(runs.keys(), QStringList({Baseline, Second}));
    const QJsonObject second = runs.value(Second);
    QCOMPARE(second[QStringLiteral("fields")][QStringLiteral("parameters/lr")][QStringLiteral("value")].toDouble(),
             0.2);
    const QJsonArray loss = points(second, QStringLiteral("train/loss"));
    QCOMPARE(loss.size(), 11);
    QCOMPARE(loss.last().toArray().at(1).toDouble(), 0.05);
}

void TestNeptuneQueueImport::folderWithoutQueueCannotStart()
{
    QCOMPARE(runImport(m_dir.path()), int(ImportCommand::CannotStart));
    QVERIFY(runsByCustomId().isEmpty());
}

void TestNeptuneQueueImport::mapsEachOperationAndListsWhatItCannot()
{
    // A queue of the operations the fixture lacks, in the shape neptune-client writes them (Python's json.dumps,
    // NaN and Infinity as bare tokens), with one line in the middle that is no operation.
    const QString folder = m_dir.filePath(QStringLiteral("synthetic/.neptune/offline/run__0d1e__7__k3y"));
    QVERIFY(QDir().mkpath(folder));
    QFile data(folder + QStringLiteral("/data-1.log"));
    QVERIFY(data.open(QIODevice::WriteOnly));
    int version = 0;
    const auto line = [&](const char *obj) {
        data.write(QByteArray("{\"obj\": ") + obj + ", \"version\": " + QByteArray::number(++version) +
                   ", \"at\": 1796206300.5}\n");
    };
    line(R"({"type": "AssignString", "path": ["sys", "custom_run_id"], "value": "my-run"})");
    line(R"({"type": "AssignString", "path": ["sys", "name"], "value": "synthetic"})");
    line(
        R"({"type": "LogFloats", "path": ["a", "b"], "values": [{"value": NaN, "step": null, "ts": 1.0}, {"value": 1.5, "step": null, "ts": 2.0}]})");
    line(R"({"type": "LogFloats", "path": ["a", "b"], "values": [{"value": 2.0, "step": 1, "ts": 3.0}]})");
    line(R"({"type": "LogFloats", "path": ["a", "b"], "values": [{"value": -Infinity, "step": 5, "ts": 4.0}]})");
    line(R"({"type": "AddStrings", "path": ["sys", "tags"], "values": ["x", "y"]})");
    line(R"({"type": "RemoveStrings", "path": ["sys", "tags"], "values": ["x"]})");
    line(R"({"type": "AddStrings", "path": ["labels"], "values": ["p", "q"]})");
    line(R"({"type": "ClearStringSet", "path": ["labels"]})");
    data.write("not an operation\n");
    line(R"({"type": "AssignFloat", "path": ["old", "value"], "value": 1.0})");
    line(R"({"type": "DeleteAttribute", "path": ["old"]})");
    line(R"({"type": "LogFloats", "path": ["c"], "values": [{"value": 7.0, "step": 3, "ts": 1.0}]})");
    line(R"({"type": "ClearFloatLog", "path": ["c"]})");
    line(R"({"type": "LogFloats", "path": ["c"], "values": [{"value": 8.0, "step": 0, "ts": 2.0}]})");
    line(
        R"({"type": "LogStrings", "path": ["notes"], "values": [{"value": "one", "ts": 1.0}, {"value": "two", "ts": 2.0}]})");
    line(R"({"type": "AssignInt", "path": ["x", "", "y"], "value": 3})");
    line(R"({"type": "UploadFileContent", "path": ["hello"], "ext": "txt", "file_content": "aGVsbG8="})");
    line(
        R"({"type": "UploadFile", "path": ["gone"], "ext": "bin", "file_path": null, "tmp_file_name": "gone.bin", "clean_after_upload": false})");
    line(
        R"({"type": "LogImages", "path": ["img"], "values": [{"value": {"data": "", "name": null, "description": null}, "step": null, "ts": 1.0}]})");
    line(R"({"type": "ConfigFloatSeries", "path": ["a", "b"], "min": 0, "max": 1, "unit": "%"})");
    line(R"({"type": "AssignString", "path": ["sys", "state"], "value": "Active"})");
    data.close();

    QList<NeptuneQueueRun> queues;
    QString error;
    QVERIFY2(NeptuneQueue::read(m_dir.filePath(QStringLiteral("synthetic")), &queues, &error), qPrintable(error));
    QCOMPARE(queues.size(), 1);
    QCOMPARE(queues[0].containerId, QStringLiteral("0d1e")); // from the folder's name: there is no metadata.json
    QCOMPARE(queues[0].badLines.size(), 1);
    ImportClient client(m_server->baseUrl(), m_server->token());
    NeptuneQueueImporter importer(&client, Project);
    QList<RunOutcome> outcomes;
    QVERIFY2(importer.import(
                 queues, [&](const RunOutcome &o) { outcomes.append(o); }, &error),
             qPrintable(error));
    QVERIFY2(outcomes[0].kind == RunOutcome::Created, qPrintable(outcomes[0].error));
    const QString notes = outcomes[0].notes.join(QLatin1Char('\n'));
    for (const char *expected :
         {"data-1.log line 10: not JSON", "LogImages img not imported: an image the client left out",
          "ConfigFloatSeries a/b not imported", "AssignString sys/state not imported", "UploadFile gone not imported",
          "1 point(s) not imported"})
        QVERIFY2(notes.contains(QLatin1String(expected)), qPrintable(notes));
    QCOMPARE(outcomes[0].renames, QStringList{QStringLiteral("x//y -> x/y")});

    const QJsonObject run = runsByCustomId().value(QStringLiteral("my-run"));
    const QJsonObject fields = run[QStringLiteral("fields")].toObject();
    QCOMPARE(run[QStringLiteral("sys")][QStringLiteral("name")].toString(), QStringLiteral("synthetic"));
    QCOMPARE(sorted(run[QStringLiteral("sys")][QStringLiteral("tags")]), QStringList{QStringLiteral("y")});
    QCOMPARE(points(run, QStringLiteral("a/b")),
             (QJsonArray{QJsonArray{0, QStringLiteral("NaN"), 1.0}, QJsonArray{1, 1.5, 2.0},
                         QJsonArray{5, QStringLiteral("-Infinity"), 4.0}}));
    QCOMPARE(points(run, QStringLiteral("c")), (QJsonArray{QJsonValue(QJsonArray{0, 8.0, 2.0})}));
    QCOMPARE(points(run, QStringLiteral("notes")),
             (QJsonArray{QJsonArray{0, QStringLiteral("one"), 1.0}, QJsonArray{1, QStringLiteral("two"), 2.0}}));
    QCOMPARE(fields[QStringLiteral("labels")][QStringLiteral("value")].toArray(), QJsonArray());
    QVERIFY(!fields.contains(QStringLiteral("old/value")));
    QCOMPARE(fields[QStringLiteral("x/y")][QStringLiteral("value")].toInt(), 3);
    const QJsonObject hello = fields[QStringLiteral("hello")][QStringLiteral("value")].toObject();
    QCOMPARE(hello[QStringLiteral("mime")].toString(), QStringLiteral("text/plain"));
    QCOMPARE(
        m_api->get(projectPath(Project) + QStringLiteral("/blobs/") + hello[QStringLiteral("hash")].toString()).body,
        QByteArrayLiteral("hello"));
}

void TestNeptuneQueueImport::largeSeriesArriveWholeAcrossBatches()
{
    // One extend() of 120,000 floats and 300 strings of 60 KB: more points, and more bytes, than one batch takes,
    // so each series is split between batches, and every point must arrive once.
    const QString folder = m_dir.filePath(QStringLiteral("large/.neptune/offline/run__1a2b__7__k3y"));
    QVERIFY(QDir().mkpath(folder));
    QFile data(folder + QStringLiteral("/data-1.log"));
    QVERIFY(data.open(QIODevice::WriteOnly));
    QByteArray floats = R"({"obj": {"type": "LogFloats", "path": ["big"], "values": [)";
    for (int step = 0; step < 120000; ++step)
        floats += (step ? ", " : "") + QByteArray(R"({"value": )") + QByteArray::number(step * 0.5) + R"(, "step": )" +
                  QByteArray::number(step) + R"(, "ts": 1700000000.0})";
    data.write(floats + "]}, \"version\": 1, \"at\": 1.0}\n");
    const QByteArray text(60000, 'x');
    QByteArray strings = R"({"obj": {"type": "LogStrings", "path": ["text"], "values": [)";
    for (int step = 0; step < 300; ++step)
        strings += (step ? ", " : "") + QByteArray(R"({"value": ")") + text + R"(", "step": )" +
                   QByteArray::number(step) + R"(, "ts": 1700000000.0})";
    data.write(strings + "]}, \"version\": 2, \"at\": 2.0}\n");
    data.close();

    QCOMPARE(runImport(m_dir.filePath(QStringLiteral("large"))), int(ImportCommand::Done));
    const QJsonObject run = runsByCustomId().value(QStringLiteral("neptune:1a2b"));
    const QJsonObject fields = run[QStringLiteral("fields")].toObject();
    QCOMPARE(fields[QStringLiteral("big")][QStringLiteral("count")].toInt(), 120000);
    QCOMPARE(fields[QStringLiteral("big")][QStringLiteral("last")].toDouble(), 59999.5);
    QCOMPARE(fields[QStringLiteral("text")][QStringLiteral("count")].toInt(), 300);
    QCOMPARE(fields[QStringLiteral("text")][QStringLiteral("last_step")].toDouble(), 299.0);
}

void TestNeptuneQueueImport::logImagesBecomeAFileSeries()
{
    // run["samples"].append(File.as_image(...), name=..., description=...) as neptune-client 1.14 queues it: the
    // image's bytes in base64 beside its name and description, one value per image.
    const QString folder = m_dir.filePath(QStringLiteral("images/.neptune/offline/run__5e6f__7__k3y"));
    QVERIFY(QDir().mkpath(folder));
    QImage red(4, 3, QImage::Format_RGB32);
    red.fill(Qt::red);
    const QByteArray png = pngBytes(red);
    const QByteArray gif = QByteArray::fromBase64("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
    const auto image = [](const QByteArray &bytes, const char *name, const char *description, const char *step,
                          const char *ts) -> QByteArray {
        return R"({"value": {"data": ")" + bytes.toBase64() + R"(", "name": )" + name + R"(, "description": )" +
               description + R"(}, "step": )" + step + R"(, "ts": )" + ts + "}";
    };
    QFile data(folder + QStringLiteral("/data-1.log"));
    QVERIFY(data.open(QIODevice::WriteOnly));
    int version = 0;
    const auto line = [&](const QByteArray &obj) {
        data.write(R"({"obj": )" + obj + R"(, "version": )" + QByteArray::number(++version) + ", \"at\": 1.0}\n");
    };
    line(R"({"type": "LogImages", "path": ["samples"], "values": [)" +
         image(png, "\"epoch 0\"", "\"first batch\"", "0.0", "1700000000.0") + ", " +
         image(gif, "\"epoch 0\"", "\"first batch\"", "1.0", "1700000001.0") + "]}");
    // An image over the client's size limit is queued without its bytes: it takes its step and is listed.
    line(R"({"type": "LogImages", "path": ["samples"], "values": [)" + image({}, "null", "null", "null", "1.0") + "]}");
    line(R"({"type": "LogImages", "path": ["samples"], "values": [)" + image(png, "null", "null", "null", "2.0") +
         "]}");
    line(R"({"type": "LogImages", "path": ["preview"], "values": [)" + image(png, "null", "null", "5.0", "3.0") + "]}");
    line(R"({"type": "ClearImageLog", "path": ["preview"]})");
    line(R"({"type": "LogImages", "path": ["preview"], "values": [)" + image(gif, "\"a/b\"", "null", "0.0", "4.0") +
         "]}");
    data.close();

    QList<NeptuneQueueRun> queues;
    QString error;
    QVERIFY2(NeptuneQueue::read(m_dir.filePath(QStringLiteral("images")), &queues, &error), qPrintable(error));
    ImportClient client(m_server->baseUrl(), m_server->token());
    NeptuneQueueImporter importer(&client, Project);
    QList<RunOutcome> outcomes;
    QVERIFY2(importer.import(
                 queues, [&](const RunOutcome &o) { outcomes.append(o); }, &error),
             qPrintable(error));
    QVERIFY2(outcomes.value(0).kind == RunOutcome::Created, qPrintable(outcomes.value(0).error));
    QCOMPARE(outcomes[0].notes,
             QStringList{QStringLiteral("LogImages samples not imported: an image the client left out (over its size "
                                        "limit, or empty) (1 operation(s))")});

    const QJsonObject run = runsByCustomId().value(QStringLiteral("neptune:5e6f"));
    const QJsonObject fields = run[QStringLiteral("fields")].toObject();
    QCOMPARE(fields[QStringLiteral("samples")][QStringLiteral("type")].toString(), QStringLiteral("fileSeries"));
    const QJsonArray samples = points(run, QStringLiteral("samples"));
    QCOMPARE(samples.size(), 3);
    const auto file = [](const QJsonValue &point) { return point[1].toObject(); };
    QCOMPARE(samples[0][0].toDouble(), 0.0);
    QCOMPARE(samples[0][2].toDouble(), 1700000000.0);
    QCOMPARE(file(samples[0])[QStringLiteral("name")].toString(), QStringLiteral("epoch 0"));
    QCOMPARE(file(samples[0])[QStringLiteral("description")].toString(), QStringLiteral("first batch"));
    QCOMPARE(file(samples[0])[QStringLiteral("mime")].toString(), QStringLiteral("image/png"));
    QCOMPARE(file(samples[0])[QStringLiteral("extension")].toString(), QStringLiteral("png"));
    QCOMPARE(file(samples[0])[QStringLiteral("size")].toInt(), png.size());
    QCOMPARE(file(samples[1])[QStringLiteral("mime")].toString(), QStringLiteral("image/gif"));
    QCOMPARE(file(samples[1])[QStringLiteral("extension")].toString(), QStringLiteral("gif"));
    QCOMPARE(samples[2][0].toDouble(), 3.0); // the image left out took step 2
    QCOMPARE(file(samples[2])[QStringLiteral("name")].toString(), QString());
    for (const auto &[point, bytes] : {std::pair{samples[0], png}, std::pair{samples[1], gif}})
        QCOMPARE(
            m_api
                ->get(projectPath(Project) + QStringLiteral("/blobs/") + file(point)[QStringLiteral("hash")].toString())
                .body,
            bytes);
    // Cleared, then logged again from step 0: only the new image.
    const QJsonArray preview = points(run, QStringLiteral("preview"));
    QCOMPARE(preview.size(), 1);
    QCOMPARE(preview[0][0].toDouble(), 0.0);
    QCOMPARE(file(preview[0])[QStringLiteral("name")].toString(), QStringLiteral("a_b")); // no '/' in a file's name

    QCOMPARE(runImport(m_dir.filePath(QStringLiteral("images"))), int(ImportCommand::Done));
    QCOMPARE(runsByCustomId().value(QStringLiteral("neptune:5e6f"))[QStringLiteral("revision")],
             run[QStringLiteral("revision")]);
}

void TestNeptuneQueueImport::fileSetsReadTheFilesTheirPatternsMatch()
{
    // run["source_code/files"].upload_files(...) queues absolute patterns and no file: as `neptune sync`, the import
    // reads what they match when it runs, named below the deepest folder the matches share.
    const QString sources = m_dir.filePath(QStringLiteral("sources"));
    const QMap<QString, QByteArray> written{{QStringLiteral("train.py"), "print(1)\n"},
                                            {QStringLiteral(".secret.py"), "hidden\n"},
                                            {QStringLiteral("lib/util.py"), "def f(): pass\n"},
                                            {QStringLiteral("lib/.config"), "x=1\n"},
                                            {QStringLiteral("notes.txt"), "notes\n"}};
    for (auto it = written.begin(); it != written.end(); ++it) {
        QVERIFY(QDir().mkpath(QFileInfo(sources + QLatin1Char('/') + it.key()).path()));
        QFile file(sources + QLatin1Char('/') + it.key());
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(it.value()) == it.value().size());
    }
    const QString folder = m_dir.filePath(QStringLiteral("filesets/.neptune/offline/run__7a8b__7__k3y"));
    QVERIFY(QDir().mkpath(folder));
    QFile data(folder + QStringLiteral("/data-1.log"));
    QVERIFY(data.open(QIODevice::WriteOnly));
    int version = 0;
    const auto line = [&](const QByteArray &obj) {
        data.write(R"({"obj": )" + obj + R"(, "version": )" + QByteArray::number(++version) + ", \"at\": 1.0}\n");
    };
    const QByteArray root = sources.toUtf8();
    line(R"({"type": "UploadFileSet", "path": ["source_code", "files"], "file_globs": [")" + root + R"(/*.py", ")" +
         root + R"(/lib"], "reset": "True"})");
    line(R"({"type": "UploadFileSet", "path": ["data"], "file_globs": [")" + root +
         R"(/**/*.txt"], "reset": "False"})");
    line(R"({"type": "UploadFileSet", "path": ["none"], "file_globs": [")" + root +
         R"(/nothing/*.bin"], "reset": "False"})");
    line(R"({"type": "DeleteFiles", "path": ["data"], "file_paths": ["notes.txt"]})");
    data.close();

    QList<NeptuneQueueRun> queues;
    QString error;
    QVERIFY2(NeptuneQueue::read(m_dir.filePath(QStringLiteral("filesets")), &queues, &error), qPrintable(error));
    ImportClient client(m_server->baseUrl(), m_server->token());
    NeptuneQueueImporter importer(&client, Project);
    QList<RunOutcome> outcomes;
    QVERIFY2(importer.import(
                 queues, [&](const RunOutcome &o) { outcomes.append(o); }, &error),
             qPrintable(error));
    QVERIFY2(outcomes.value(0).kind == RunOutcome::Created, qPrintable(outcomes.value(0).error));
    const QString notes = outcomes[0].notes.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QLatin1String("UploadFileSet none not imported: the patterns match no file here")),
             qPrintable(notes));
    QVERIFY2(notes.contains(QLatin1String("DeleteFiles data not imported")), qPrintable(notes));

    const QString id = runsByCustomId().value(QStringLiteral("neptune:7a8b"))[QStringLiteral("id")].toString();
    const auto entries = [&](const char *path) {
        QMap<QString, QJsonObject> byPath;
        const ApiReply reply = m_api->get(QStringLiteral("/runs/%1/files?path=%2").arg(id, QLatin1String(path)));
        for (const QJsonValue &entry : reply[QStringLiteral("files")].toArray())
            byPath.insert(entry[QStringLiteral("path")].toString(), entry.toObject());
        return byPath;
    };
    const QMap<QString, QJsonObject> code = entries("source_code/files");
    // *.py matches no hidden file; a folder matched is taken whole, hidden files too.
    QCOMPARE(code.keys(),
             (QStringList{QStringLiteral("lib/.config"), QStringLiteral("lib/util.py"), QStringLiteral("train.py")}));
    QCOMPARE(code[QStringLiteral("train.py")][QStringLiteral("size")].toInt(), 9);
    QCOMPARE(m_api
                 ->get(projectPath(Project) + QStringLiteral("/blobs/") +
                       code[QStringLiteral("lib/util.py")][QStringLiteral("hash")].toString())
                 .body,
             written[QStringLiteral("lib/util.py")]);
    const QMap<QString, QJsonObject> notesSet = entries("data");
    QCOMPARE(notesSet.keys(), QStringList{QStringLiteral("notes.txt")});
    QCOMPARE(notesSet[QStringLiteral("notes.txt")][QStringLiteral("mime")].toString(), QStringLiteral("text/plain"));
}

QTEST_GUILESS_MAIN(TestNeptuneQueueImport)
#include "test_neptunequeueimport.moc"
