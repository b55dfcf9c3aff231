#include "apiclient.h"
#include "exportcommand.h"
#include "helpers.h"
#include "importcommand.h"
#include "testserver.h"

#include <csignal>
#include <fcntl.h>
#include <memory>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <sys/resource.h>
#include <unistd.h>
#include <utility>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Source = QStringLiteral("team/source");
const QString Copy = QStringLiteral("team/copy");

// Bytes no two calls share, `size` of them: contents whose hash tells them apart.
QByteArray contents(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes) {
        seed = seed * 1664525u + 1013904223u;
        byte = char(seed >> 24);
    }
    return bytes;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    return files;
}

// The artifact folder of the exported run that holds `artifact` (`…/mlruns/<exp>/<run>/artifacts/`), or empty.
QString artifactFolderHolding(const QString &exportFolder, const QString &artifact)
{
    const QString mlruns = exportFolder + QStringLiteral("/mlruns/");
    for (const QString &file : filesUnder(mlruns))
        if (file.endsWith(QStringLiteral("/artifacts/") + artifact))
            return mlruns + file.chopped(artifact.size());
    return {};
}

} // namespace

// `nereid export` of file fields and models against a real nereid-server: the files' bytes written beside the JSON
// Lines and read back by `nereid import jsonl`, the models and versions recreated with their stage, the files as
// MLflow artifacts; a blob missing on the server or a disk that fills up fail the run and leave no file half-written.
class TestExportFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void jsonlKeepsFilesAndModels();
    void jsonlImportRefusesABadFile_data();
    void jsonlImportRefusesABadFile();
    void mlflowWritesFilesAsArtifacts();
    void mlflowKeepsClashingArtifactsApart();
    void csvLeavesFilesAndModelsOut();
    void missingBlobFailsTheRun();
    void fullDiskFailsTheRun();

private:
    int runImport(const QString &path, const QString &project);
    int runExport(const QString &format, const QString &folder, QString *errors = nullptr);
    QJsonObject upload(const QByteArray &bytes, const QString &name, const QString &extension);
    // Run `files-1`: a file (2 MiB), a file series of three, a file set of two and an artifact; run `plain-2`.
    void logFileRun();
    // Model MOD with a param, and two versions with a weights file each: 1 in stage none, 2 in production.
    void logModel();
    QJsonObject runByCustomId(const QString &project, const QString &customId);
    QJsonObject get(const QString &route);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_dir;
    QString m_runId;
    QByteArray m_model;
    QList<QByteArray> m_predictions;
    QByteArray m_train, m_val;
};

void TestExportFiles::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    m_api->setTimeout(120000);
    NEREID_EXPECT_STATUS(createProject(*m_api, Source), 201);
}

void TestExportFiles::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_api.reset();
    m_server.reset();
}

int TestExportFiles::runImport(const QString &path, const QString &project)
{
    return ImportCommand::run(QStringList{QStringLiteral("nereid"), QStringLiteral("import"), QStringLiteral("jsonl"),
                                          path, QStringLiteral("--project"), project} +
                              m_server->clientArguments());
}

int TestExportFiles::runExport(const QString &format, const QString &folder, QString *errors)
{
    // stderr into a file for the test to read: the command writes its errors there.
    const QString log = m_dir.filePath(QStringLiteral("stderr.txt"));
    std::fflush(stderr);
    const int saved = ::dup(STDERR_FILENO);
    const int file = ::open(QFile::encodeName(log).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ::dup2(file, STDERR_FILENO);
    ::close(file);
    const int status =
        ExportCommand::run(QStringList{QStringLiteral("nereid"), QStringLiteral("export"), QStringLiteral("--project"),
                                       Source, QStringLiteral("--format"), format, folder} +
                           m_server->clientArguments());
    std::fflush(stderr);
    ::dup2(saved, STDERR_FILENO);
    ::close(saved);
    if (errors)
        *errors = QString::fromUtf8(readFile(log));
    return status;
}

QJsonObject TestExportFiles::upload(const QByteArray &bytes, const QString &name, const QString &extension)
{
    const ApiReply reply = uploadBlob(*m_api, Source, bytes);
    if (reply.status != 201 && reply.status != 200)
        qWarning() << reply.describe();
    return fileObject(bytes, name, extension, QStringLiteral("application/octet-stream"));
}

QJsonObject TestExportFiles::get(const QString &route)
{
    const ApiReply reply = m_api->get(route);
    if (reply.status != 200)
        qWarning() << route << reply.describe();
    return reply.object();
}

void TestExportFiles::logFileRun()
{
    m_model = contents(2 << 20, 1);
    m_predictions = {contents(1000, 2), contents(2000, 3), contents(1000, 2)}; // the first and last are one blob
    m_train = contents(5000, 4);
    m_val = contents(10, 5);
    const ApiReply run = createRun(*m_api, Source,
                                   {{QStringLiteral("custom_run_id"), QStringLiteral("files-1")},
                                    {QStringLiteral("name"), QStringLiteral("with files")}});
    NEREID_EXPECT_STATUS(run, 201);
    m_runId = run[QStringLiteral("id")].toString();
    QList<QJsonArray> points;
    for (int i = 0; i < m_predictions.size(); ++i) {
        QJsonObject file = upload(m_predictions.at(i), QStringLiteral("epoch %1").arg(i), QStringLiteral("png"));
        file.insert(QStringLiteral("description"), QStringLiteral("batch %1").arg(i));
        points.append(point(i * 10, file, 1763805600.5 + i));
    }
    QJsonObject train = upload(m_train, {}, {}), val = upload(m_val, {}, {});
    const QJsonArray set{QJsonObject{{QStringLiteral("path"), QStringLiteral("train.csv")},
                                     {QStringLiteral("hash"), train[QStringLiteral("hash")]},
                                     {QStringLiteral("size"), train[QStringLiteral("size")]},
                                     {QStringLiteral("mime"), QStringLiteral("text/csv")}},
                         QJsonObject{{QStringLiteral("path"), QStringLiteral("sub/val.csv")},
                                     {QStringLiteral("hash"), val[QStringLiteral("hash")]},
                                     {QStringLiteral("size"), val[QStringLiteral("size")]},
                                     {QStringLiteral("mime"), QStringLiteral("text/csv")}}};
    const QJsonArray artifact{QJsonObject{{QStringLiteral("path"), QStringLiteral("big.bin")},
                                          {QStringLiteral("hash"), QString(64, QLatin1Char('a'))},
                                          {QStringLiteral("size"), 123456789},
                                          {QStringLiteral("location"), QStringLiteral("s3://bucket/big.bin")}}};
    NEREID_EXPECT_STATUS(applyOperations(*m_api, m_runId,
                                         {assignOp(QStringLiteral("model"), QStringLiteral("file"),
                                                   upload(m_model, QStringLiteral("model.pt"), QStringLiteral("pt"))),
                                          appendOp(QStringLiteral("predictions"), QStringLiteral("fileSeries"), points),
                                          QJsonObject{{QStringLiteral("op"), QStringLiteral("assign")},
                                                      {QStringLiteral("path"), QStringLiteral("data")},
                                                      {QStringLiteral("type"), QStringLiteral("fileSet")},
                                                      {QStringLiteral("files"), set}},
                                          QJsonObject{{QStringLiteral("op"), QStringLiteral("assign")},
                                                      {QStringLiteral("path"), QStringLiteral("artifacts/data")},
                                                      {QStringLiteral("type"), QStringLiteral("artifact")},
                                                      {QStringLiteral("files"), artifact}},
                                          assignOp(QStringLiteral("params/lr"), QStringLiteral("float"), 0.5)}),
                         200);
    const ApiReply plain = createRun(*m_api, Source,
                                     {{QStringLiteral("custom_run_id"), QStringLiteral("plain-2")},
                                      {QStringLiteral("name"), QStringLiteral("without files")}});
    NEREID_EXPECT_STATUS(plain, 201);
    NEREID_EXPECT_STATUS(applyOperations(*m_api, plain[QStringLiteral("id")].toString(),
                                         {appendOp(QStringLiteral("loss"), QStringLiteral("floatSeries"),
                                                   {point(0, 0.5, 1.0), point(1, 0.25, 2.0)})}),
                         200);
}

void TestExportFiles::logModel()
{
    const ApiReply model = m_api->post(projectPath(Source) + QStringLiteral("/models"),
                                       {{QStringLiteral("key"), QStringLiteral("MOD")},
                                        {QStringLiteral("name"), QStringLiteral("fraud detector")},
                                        {QStringLiteral("tags"), QJsonArray{QStringLiteral("xgb")}}});
    NEREID_EXPECT_STATUS(model, 201);
    const QString modelId = model[QStringLiteral("id")].toString();
    NEREID_EXPECT_STATUS(
        applyOperations(*m_api, modelId,
                        {assignOp(QStringLiteral("params/algo"), QStringLiteral("string"), QStringLiteral("xgboost"))}),
        200);
    for (int version = 1; version <= 2; ++version) {
        const ApiReply created = m_api->post(QStringLiteral("/models/%1/versions").arg(modelId),
                                             {{QStringLiteral("name"), QStringLiteral("v%1").arg(version)}});
        NEREID_EXPECT_STATUS(created, 201);
        QJsonArray operations{
            assignOp(QStringLiteral("weights"), QStringLiteral("file"),
                     upload(contents(3000 + version, 10 + version), QStringLiteral("w.bin"), QStringLiteral("bin"))),
            appendOp(QStringLiteral("val/acc"), QStringLiteral("floatSeries"),
                     {point(0, 0.5 + version / 10.0, 5.0), point(1, 0.75, 6.0)})};
        if (version == 2)
            operations.append(
                assignOp(QStringLiteral("sys/stage"), QStringLiteral("string"), QStringLiteral("production")));
        NEREID_EXPECT_STATUS(applyOperations(*m_api, created[QStringLiteral("id")].toString(), operations), 200);
    }
}

QJsonObject TestExportFiles::runByCustomId(const QString &project, const QString &customId)
{
    for (const QJsonValue &run :
         get(projectPath(project) + QStringLiteral("/runs?limit=1000"))[QStringLiteral("runs")].toArray())
        if (run[QStringLiteral("sys")][QStringLiteral("custom_run_id")].toString() == customId)
            return run.toObject();
    return {};
}

void TestExportFiles::jsonlKeepsFilesAndModels()
{
    logFileRun();
    logModel();
    const QString folder = m_dir.filePath(QStringLiteral("jsonl"));
    QCOMPARE(runExport(QStringLiteral("jsonl"), folder), int(ExportCommand::Done));
    QCOMPARE(readFile(folder + QStringLiteral("/runs.jsonl")).count('\n'), 2 + 1 + 2);
    const QString files = QStringLiteral("%1/files/%2/").arg(folder, m_runId);
    QVERIFY(readFile(files + QStringLiteral("model")) == m_model);
    for (int i = 0; i < m_predictions.size(); ++i)
        QVERIFY(readFile(files + QStringLiteral("predictions/%1").arg(i)) == m_predictions.at(i));
    QVERIFY(readFile(files + QStringLiteral("data/train.csv")) == m_train);
    QVERIFY(readFile(files + QStringLiteral("data/sub/val.csv")) == m_val);

    QCOMPARE(runImport(folder + QStringLiteral("/runs.jsonl"), Copy), int(ImportCommand::Done));
    const QJsonObject a = runByCustomId(Source, QStringLiteral("files-1")),
                      b = runByCustomId(Copy, QStringLiteral("files-1"));
    QCOMPARE(b[QStringLiteral("fields")], a[QStringLiteral("fields")]); // same file objects, hashes, sizes
    const QString idA = a[QStringLiteral("id")].toString(), idB = b[QStringLiteral("id")].toString();
    QCOMPARE(get(QStringLiteral("/runs/%1/series?path=predictions").arg(idB))[QStringLiteral("points")],
             get(QStringLiteral("/runs/%1/series?path=predictions").arg(idA))[QStringLiteral("points")]);
    for (const QString &path : {QStringLiteral("data"), QStringLiteral("artifacts/data")})
        QCOMPARE(get(QStringLiteral("/runs/%1/files?path=%2")
                         .arg(idB, QString::fromLatin1(QUrl::toPercentEncoding(path))))[QStringLiteral("files")],
                 get(QStringLiteral("/runs/%1/files?path=%2")
                         .arg(idA, QString::fromLatin1(QUrl::toPercentEncoding(path))))[QStringLiteral("files")]);
    // The copy's blob store holds the same bytes.
    for (const QByteArray &bytes : {m_model, m_predictions.at(1), m_train, m_val}) {
        const ApiReply blob = m_api->get(projectPath(Copy) + QStringLiteral("/blobs/") + sha256Hex(bytes));
        QCOMPARE(blob.status, 200);
        QCOMPARE(sha256Hex(blob.body), sha256Hex(bytes));
    }

    // The model and its versions, with their fields, files, points and stages.
    const QJsonArray models = get(projectPath(Copy) + QStringLiteral("/models"))[QStringLiteral("runs")].toArray();
    QCOMPARE(models.size(), 1);
    const QString model = models.at(0)[QStringLiteral("id")].toString();
    QVERIFY(model.endsWith(QLatin1String("-MOD")));
    QCOMPARE(models.at(0)[QStringLiteral("sys")][QStringLiteral("name")].toString(), QStringLiteral("fraud detector"));
    QCOMPARE(models.at(0)[QStringLiteral("fields")][QStringLiteral("params/algo")][QStringLiteral("value")].toString(),
             QStringLiteral("xgboost"));
    const QJsonObject sourceModel =
        get(projectPath(Source) + QStringLiteral("/models"))[QStringLiteral("runs")].toArray().at(0).toObject();
    for (int version = 1; version <= 2; ++version) {
        const QJsonObject copied = get(QStringLiteral("/runs/%1-%2").arg(model).arg(version));
        const QJsonObject original =
            get(QStringLiteral("/runs/%1-%2").arg(sourceModel[QStringLiteral("id")].toString()).arg(version));
        QCOMPARE(copied[QStringLiteral("sys")][QStringLiteral("stage")].toString(),
                 version == 2 ? QStringLiteral("production") : QStringLiteral("none"));
        QCOMPARE(copied[QStringLiteral("sys")][QStringLiteral("name")],
                 original[QStringLiteral("sys")][QStringLiteral("name")]);
        QCOMPARE(copied[QStringLiteral("fields")], original[QStringLiteral("fields")]);
    }

    // Importing again creates no run, model or version and changes no field.
    QCOMPARE(runImport(folder + QStringLiteral("/runs.jsonl"), Copy), int(ImportCommand::Done));
    QCOMPARE(get(projectPath(Copy) + QStringLiteral("/models"))[QStringLiteral("runs")].toArray().size(), 1);
    QCOMPARE(get(QStringLiteral("/models/%1/versions").arg(model))[QStringLiteral("runs")].toArray().size(), 2);
    QCOMPARE(get(projectPath(Copy) + QStringLiteral("/runs"))[QStringLiteral("runs")].toArray().size(), 2);
    QCOMPARE(runByCustomId(Copy, QStringLiteral("files-1"))[QStringLiteral("fields")], b[QStringLiteral("fields")]);
}

void TestExportFiles::jsonlImportRefusesABadFile_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("missing") << QStringLiteral("missing");
    QTest::newRow("cut short") << QStringLiteral("short");
    QTest::newRow("other bytes") << QStringLiteral("bytes");
    QTest::newRow("outside the folder") << QStringLiteral("outside");
}

void TestExportFiles::jsonlImportRefusesABadFile()
{
    QFETCH(QString, damage);
    logFileRun();
    const QString folder = m_dir.filePath(QStringLiteral("bad-") + damage);
    QCOMPARE(runExport(QStringLiteral("jsonl"), folder), int(ExportCommand::Done));
    const QString model = QStringLiteral("%1/files/%2/model").arg(folder, m_runId);
    QFile file(model);
    if (damage == QLatin1String("missing")) {
        QVERIFY(file.remove());
    } else if (damage == QLatin1String("short")) {
        QVERIFY(file.resize(1000));
    } else if (damage == QLatin1String("bytes")) {
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write("changed");
        file.close();
    } else { // a "file" that climbs out of the export's folder, to the token beside it
        QByteArray lines = readFile(folder + QStringLiteral("/runs.jsonl"));
        lines.replace(QByteArray("\"file\":\"files/" + m_runId.toUtf8() + "/model\""), "\"file\":\"../token\"");
        QFile out(folder + QStringLiteral("/runs.jsonl"));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(lines);
    }
    QCOMPARE(runImport(folder + QStringLiteral("/runs.jsonl"), Copy), int(ImportCommand::SomeRunsFailed));
    // The other run is imported; of the damaged one no field, and no blob of the damaged file.
    QCOMPARE(runByCustomId(Copy, QStringLiteral("plain-2"))[QStringLiteral("fields")].toObject().keys(),
             QStringList{QStringLiteral("loss")});
    QVERIFY(runByCustomId(Copy, QStringLiteral("files-1"))[QStringLiteral("fields")].toObject().isEmpty());
    QCOMPARE(m_api->get(projectPath(Copy) + QStringLiteral("/blobs/") + sha256Hex(m_model)).status, 404);
}

void TestExportFiles::mlflowWritesFilesAsArtifacts()
{
    logFileRun();
    logModel();
    const QString folder = m_dir.filePath(QStringLiteral("mlflow"));
    QString errors;
    QCOMPARE(runExport(QStringLiteral("mlflow"), folder, &errors), int(ExportCommand::Done));
    const QString artifacts = artifactFolderHolding(folder, QStringLiteral("model"));
    QVERIFY2(!artifacts.isEmpty(), qPrintable(filesUnder(folder).join(QLatin1Char('\n'))));
    QVERIFY(readFile(artifacts + QStringLiteral("model")) == m_model);
    for (int i = 0; i < m_predictions.size(); ++i)
        QVERIFY(readFile(artifacts + QStringLiteral("predictions/%1.png").arg(i)) == m_predictions.at(i));
    QVERIFY(readFile(artifacts + QStringLiteral("data/train.csv")) == m_train);
    QVERIFY(readFile(artifacts + QStringLiteral("data/sub/val.csv")) == m_val);
    QVERIFY2(errors.contains(QStringLiteral("artifacts/data: an artifact field")), qPrintable(errors));
}

// The file set `artifacts` is the artifact folder itself, so its entries can claim a place another file field
// needs: the first (in path order) keeps it, and the export says which file it left out.
void TestExportFiles::mlflowKeepsClashingArtifactsApart()
{
    const QByteArray entryModel = contents(100, 6), entryNote = contents(50, 7);
    const ApiReply run = createRun(*m_api, Source, {{QStringLiteral("custom_run_id"), QStringLiteral("clash-1")}});
    NEREID_EXPECT_STATUS(run, 201);
    QJsonArray set;
    for (const auto &[path, bytes] :
         {std::pair{QStringLiteral("model"), entryModel}, std::pair{QStringLiteral("notes/a.txt"), entryNote}}) {
        const QJsonObject file = upload(bytes, {}, {});
        set.append(QJsonObject{{QStringLiteral("path"), path},
                               {QStringLiteral("hash"), file[QStringLiteral("hash")]},
                               {QStringLiteral("size"), file[QStringLiteral("size")]}});
    }
    NEREID_EXPECT_STATUS(
        applyOperations(*m_api, run[QStringLiteral("id")].toString(),
                        {assignOp(QStringLiteral("model"), QStringLiteral("file"), upload(contents(70, 8), {}, {})),
                         assignOp(QStringLiteral("notes"), QStringLiteral("file"), upload(contents(80, 9), {}, {})),
                         QJsonObject{{QStringLiteral("op"), QStringLiteral("assign")},
                                     {QStringLiteral("path"), QStringLiteral("artifacts")},
                                     {QStringLiteral("type"), QStringLiteral("fileSet")},
                                     {QStringLiteral("files"), set}}}),
        200);
    const QString folder = m_dir.filePath(QStringLiteral("mlflow-clash"));
    QString errors;
    QCOMPARE(runExport(QStringLiteral("mlflow"), folder, &errors), int(ExportCommand::Done));
    const QString artifacts = artifactFolderHolding(folder, QStringLiteral("notes/a.txt"));
    QVERIFY2(!artifacts.isEmpty(), qPrintable(filesUnder(folder).join(QLatin1Char('\n'))));
    QVERIFY(readFile(artifacts + QStringLiteral("model")) == entryModel);
    QVERIFY(readFile(artifacts + QStringLiteral("notes/a.txt")) == entryNote);
    QVERIFY2(errors.contains(QStringLiteral("model: its artifact model would take the place of artifacts:model")),
             qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("notes: its artifact notes would take the place of artifacts:notes/a.txt")),
             qPrintable(errors));
}

void TestExportFiles::csvLeavesFilesAndModelsOut()
{
    logFileRun();
    logModel();
    const QString folder = m_dir.filePath(QStringLiteral("csv"));
    QString errors;
    QCOMPARE(runExport(QStringLiteral("csv"), folder, &errors), int(ExportCommand::Done));
    QVERIFY2(errors.contains(m_runId + QStringLiteral(": not exported: model: a file field")) &&
                 errors.contains(QStringLiteral("not exported: 3 model(s) and model version(s): the csv format "
                                                "holds runs only")),
             qPrintable(errors));
    QCOMPARE(readFile(folder + QStringLiteral("/runs.csv")).count('\n'), 1 + 2);
    QCOMPARE(filesUnder(folder), (QStringList{QStringLiteral("runs.csv"), QStringLiteral("series/SOU-2/loss.csv")}));
}

void TestExportFiles::missingBlobFailsTheRun()
{
    logFileRun();
    const QString hash = sha256Hex(m_model);
    QVERIFY(QFile::remove(QStringLiteral("%1/blobs/%2/%3").arg(m_server->dataDir(), hash.left(2), hash)));
    const QString folder = m_dir.filePath(QStringLiteral("missing"));
    QString errors;
    QCOMPARE(runExport(QStringLiteral("jsonl"), folder, &errors), int(ExportCommand::SomeRunsFailed));
    QVERIFY2(errors.contains(m_runId + QStringLiteral(" (with files): FAILED: ")) && errors.contains(hash),
             qPrintable(errors));
    // The other run is written; of the failed one no line and no file, whole or in part.
    const QByteArray lines = readFile(folder + QStringLiteral("/runs.jsonl"));
    QCOMPARE(lines.count('\n'), 1);
    QVERIFY(lines.contains("\"without files\""));
    QCOMPARE(filesUnder(folder), QStringList{QStringLiteral("runs.jsonl")});
}

void TestExportFiles::fullDiskFailsTheRun()
{
    logFileRun();
    const QString folder = m_dir.filePath(QStringLiteral("full"));
    // A disk that fills up: no file of this process may grow past 1 MiB (the model is 2 MiB). The server, started
    // before, is not limited.
    rlimit before{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &before), 0);
    const auto previous = std::signal(SIGXFSZ, SIG_IGN); // the write fails with EFBIG instead of a signal
    rlimit limited = before;
    limited.rlim_cur = 1 << 20;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
    QString errors;
    const int status = runExport(QStringLiteral("mlflow"), folder, &errors);
    ::setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, previous);
    QCOMPARE(status, int(ExportCommand::SomeRunsFailed));
    QVERIFY2(errors.contains(m_runId + QStringLiteral(" (with files): FAILED: ")) &&
                 errors.contains(QStringLiteral("/artifacts/model cannot be written")),
             qPrintable(errors));
    // The failed run's folder is gone, with no partial file; the other run is there.
    for (const QString &file : filesUnder(folder)) {
        QVERIFY2(!file.contains(QLatin1String("/artifacts/")), qPrintable(file));
        QVERIFY2(!file.contains(QLatin1String("params/lr")), qPrintable(file));
    }
    QVERIFY(filesUnder(folder).join(QLatin1Char(' ')).contains(QLatin1String("metrics/loss")));
}

QTEST_GUILESS_MAIN(TestExportFiles)
#include "test_exportfiles.moc"
