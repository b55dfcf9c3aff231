#include "apiclient.h"
#include "helpers.h"
#include "importclient.h"
#include "importcommand.h"
#include "tensorboardeventfile.h"
#include "tensorboardfolder.h"
#include "tensorboardimporter.h"
#include "tensorboardmapping.h"
#include "testserver.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>
#include <QUrl>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Project = QStringLiteral("team/tensorboard");
const QString Fixtures = QStringLiteral(NEREID_TENSORBOARD_FIXTURES);
const QString Tf2File = QStringLiteral(NEREID_TFRECORD_CORPUS "/tf2-summaries");
const QString MainFile = QStringLiteral("events.out.tfevents.1796206161.vm.fixture");

double wireDouble(const QJsonValue &v)
{
    if (v.isString())
        return v.toString() == QLatin1String("NaN")
                   ? std::nan("")
                   : (v.toString().startsWith(QLatin1Char('-')) ? -HUGE_VAL : HUGE_VAL);
    return v.toDouble();
}

bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// The offsets of a TFRecord file's records, read from their length fields.
QList<qsizetype> recordOffsets(const QByteArray &bytes)
{
    QList<qsizetype> offsets;
    for (qsizetype pos = 0; pos + 12 <= bytes.size();
         pos += 16 + qsizetype(qFromLittleEndian<quint64>(bytes.constData() + pos)))
        offsets.append(pos);
    return offsets;
}

} // namespace

class TestTensorBoardImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsEveryScalarAsTensorBoardXWroteIt();
    void importsTextImagesHparamsAndNonFiniteValues();
    void secondImportChangesNothing();
    void resumesAnImportStoppedWithinARun();
    void skipsAndCountsARecordWithABadChecksum();
    void takesAFileWhoseLastRecordIsTorn();
    void refusesAFolderWithoutEventFiles();
    void decodesTensorFlow2Summaries();
    void keepsTagsThatMapOntoOnePathApart();

private:
    int runImport(const QString &path);
    QMap<QString, QJsonObject> runsByName();
    QJsonArray points(const QJsonObject &run, const QString &path);
    QString copyOfRuns();

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_dir;
};

void TestTensorBoardImport::init()
{
    QVERIFY2(QFile::exists(Fixtures + QStringLiteral("/README.md")), qPrintable(Fixtures));
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
}

void TestTensorBoardImport::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_api.reset();
    m_server.reset();
}

int TestTensorBoardImport::runImport(const QString &path)
{
    return ImportCommand::run(QStringList{QStringLiteral("nereid"), QStringLiteral("import"),
                                          QStringLiteral("tensorboard"), path, QStringLiteral("--project"), Project} +
                              m_server->clientArguments());
}

QMap<QString, QJsonObject> TestTensorBoardImport::runsByName()
{
    QMap<QString, QJsonObject> runs;
    const ApiReply reply = m_api->get(projectPath(Project) + QStringLiteral("/runs?limit=1000"));
    for (const QJsonValue &run : reply[QStringLiteral("runs")].toArray())
        runs.insert(run[QStringLiteral("sys")][QStringLiteral("name")].toString(), run.toObject());
    return runs;
}

QJsonArray TestTensorBoardImport::points(const QJsonObject &run, const QString &path)
{
    const ApiReply series =
        m_api->get(QStringLiteral("/runs/%1/series?limit=100000&path=%2")
                       .arg(run[QStringLiteral("id")].toString(), QString::fromLatin1(QUrl::toPercentEncoding(path))));
    return series[QStringLiteral("points")].toArray();
}

QString TestTensorBoardImport::copyOfRuns()
{
    QString copy = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
    if (QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), Fixtures + QStringLiteral("/runs"), copy}) != 0)
        return {};
    QProcess::execute(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("u+w"), copy});
    return copy;
}

void TestTensorBoardImport::importsEveryScalarAsTensorBoardXWroteIt()
{
    QCOMPARE(runImport(Fixtures + QStringLiteral("/runs")), int(ImportCommand::Done));
    const QMap<QString, QJsonObject> runs = runsByName();
    QCOMPARE(runs.keys(), (QStringList{QStringLiteral("baseline"), QStringLiteral("lr-0.1")}));
    QFile file(Fixtures + QStringLiteral("/expected.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QMap<QString, qint64> pointsPerRun;
    for (const QJsonValue &eventFile :
         QJsonDocument::fromJson(file.readAll())[QStringLiteral("event_files")].toArray()) {
        // runs/<run>/<subfolder>/events...: the subfolder's series are named as docs/import.md says.
        QStringList parts = eventFile[QStringLiteral("path")].toString().split(QLatin1Char('/'));
        const QString &runName = parts.at(1);
        const QString subfolder = parts.mid(2, parts.size() - 3).join(QLatin1Char('/'));
        bool hparams = false;
        for (const QJsonValue &other : eventFile[QStringLiteral("other")].toArray())
            hparams |= other[QStringLiteral("plugin")].toString() == QLatin1String("hparams");
        const QJsonObject scalars = eventFile[QStringLiteral("scalars")].toObject();
        for (auto it = scalars.begin(); it != scalars.end(); ++it) {
            const QString path = TensorBoardFolder::seriesName(subfolder, it.key(), hparams);
            const QJsonArray got = points(runs.value(runName), path);
            const QJsonArray want = it.value().toArray();
            QVERIFY2(got.size() == want.size(), qPrintable(runName + QLatin1Char(' ') + path));
            pointsPerRun[runName] += got.size();
            for (qsizetype i = 0; i < got.size(); ++i) {
                const QJsonArray g = got.at(i).toArray(), w = want.at(i).toArray();
                QCOMPARE(g.at(0).toDouble(), w.at(0).toDouble());
                QVERIFY2(sameValue(wireDouble(g.at(1)), wireDouble(w.at(2))), qPrintable(path));
                QCOMPARE(g.at(2).toDouble(), w.at(1).toDouble());
            }
        }
    }
    QCOMPARE(pointsPerRun.value(QStringLiteral("baseline")), 462);
    QCOMPARE(pointsPerRun.value(QStringLiteral("lr-0.1")), 467);
    const QJsonObject loss =
        runs.value(QStringLiteral("baseline"))[QStringLiteral("fields")][QStringLiteral("train/loss")].toObject();
    QCOMPARE(loss[QStringLiteral("count")].toInt(), 200);
    QCOMPARE(loss[QStringLiteral("last_step")].toDouble(), 199.0);
    QCOMPARE(float(loss[QStringLiteral("last")].toDouble()), 1.5303915739f);
    const QJsonObject fields = runs.value(QStringLiteral("lr-0.1"))[QStringLiteral("fields")].toObject();
    QCOMPARE(fields[QStringLiteral("losses/train")][QStringLiteral("count")].toInt(), 20);
    QCOMPARE(fields[QStringLiteral("losses/val")][QStringLiteral("count")].toInt(), 20);
    QCOMPARE(fields[QStringLiteral("hparam/final_loss")][QStringLiteral("count")].toInt(), 1);
}

void TestTensorBoardImport::importsTextImagesHparamsAndNonFiniteValues()
{
    QCOMPARE(runImport(Fixtures + QStringLiteral("/runs")), int(ImportCommand::Done));
    const QJsonObject run = runsByName().value(QStringLiteral("lr-0.1"));
    const QJsonArray grad = points(run, QStringLiteral("debug/grad_norm"));
    QCOMPARE(grad.size(), 5);
    const QList<double> want{1.0, std::nan(""), HUGE_VAL, -HUGE_VAL, 2.0};
    for (qsizetype i = 0; i < grad.size(); ++i)
        QVERIFY2(sameValue(wireDouble(grad.at(i)[1]), want.at(i)), qPrintable(QString::number(i)));

    const QJsonArray text = points(run, QStringLiteral("notes/text_summary"));
    QCOMPARE(text.size(), 1);
    QCOMPARE(text.at(0)[1].toString(), QStringLiteral("Run **lr-0.1**: lr=0.1. Unicode: naïve café — 学習 🚀"));

    const QJsonObject fields = run[QStringLiteral("fields")].toObject();
    QCOMPARE(fields[QStringLiteral("params/lr")][QStringLiteral("value")].toDouble(), 0.1);
    QCOMPARE(fields[QStringLiteral("params/batch_size")][QStringLiteral("value")].toDouble(), 64.0);
    QCOMPARE(fields[QStringLiteral("params/optimizer")][QStringLiteral("value")].toString(), QStringLiteral("adam"));
    QCOMPARE(fields[QStringLiteral("params/augment")][QStringLiteral("value")].toBool(), true);
    QCOMPARE(fields[QStringLiteral("tensorboard/run")][QStringLiteral("value")].toString(), QStringLiteral("lr-0.1"));
    QVERIFY(!fields.contains(QStringLiteral("weights/layer1"))); // a histogram: reported, not imported

    const QJsonObject image = fields[QStringLiteral("samples/input")].toObject();
    QCOMPARE(image[QStringLiteral("type")].toString(), QStringLiteral("fileSeries"));
    QCOMPARE(image[QStringLiteral("last_step")].toDouble(), 100.0);
    const QJsonObject png = image[QStringLiteral("last")].toObject();
    QCOMPARE(png[QStringLiteral("size")].toInt(), 83);
    QCOMPARE(png[QStringLiteral("mime")].toString(), QStringLiteral("image/png"));
    const ApiReply blob =
        m_api->get(projectPath(Project) + QStringLiteral("/blobs/") + png[QStringLiteral("hash")].toString());
    NEREID_EXPECT_STATUS(blob, 200);
    QVERIFY(blob.body.startsWith("\x89PNG"));
}

void TestTensorBoardImport::secondImportChangesNothing()
{
    QCOMPARE(runImport(Fixtures + QStringLiteral("/runs")), int(ImportCommand::Done));
    const QMap<QString, QJsonObject> first = runsByName();
    QCOMPARE(runImport(Fixtures + QStringLiteral("/runs")), int(ImportCommand::Done));
    // The folder of one run alone is that run again, not a new one.
    QCOMPARE(runImport(Fixtures + QStringLiteral("/runs/baseline")), int(ImportCommand::Done));
    const QMap<QString, QJsonObject> second = runsByName();
    QCOMPARE(second.keys(), first.keys());
    for (auto it = first.begin(); it != first.end(); ++it)
        QCOMPARE(second.value(it.key())[QStringLiteral("revision")], it.value()[QStringLiteral("revision")]);
}

void TestTensorBoardImport::resumesAnImportStoppedWithinARun()
{
    // What a killed import leaves: the run, the first 50 points of train/loss, its text, no fingerprint.
    QList<TensorBoardRun> runs;
    QString error;
    QVERIFY(TensorBoardFolder::read(Fixtures + QStringLiteral("/runs"), &runs, &error));
    QCOMPARE(runs.size(), 2);
    NEREID_EXPECT_STATUS(createProject(*m_api, Project), 201);
    const ApiReply run = m_api->post(projectPath(Project) + QStringLiteral("/runs"),
                                     {{QStringLiteral("custom_run_id"), TensorBoardMapping::customRunId(runs.at(0))}});
    NEREID_EXPECT_STATUS(run, 201);
    QJsonArray loss;
    for (const TbScalar &p : runs.at(0).scalars.value(QStringLiteral("train/loss")).mid(0, 50))
        loss.append(QJsonArray{double(p.step), p.value, p.wallTime});
    const TbText &text = runs.at(0).texts.value(QStringLiteral("notes/text_summary")).at(0);
    const QJsonArray operations{
        QJsonObject{{QStringLiteral("op"), QStringLiteral("append")},
                    {QStringLiteral("path"), QStringLiteral("train/loss")},
                    {QStringLiteral("type"), QStringLiteral("floatSeries")},
                    {QStringLiteral("points"), loss}},
        QJsonObject{{QStringLiteral("op"), QStringLiteral("append")},
                    {QStringLiteral("path"), QStringLiteral("notes/text_summary")},
                    {QStringLiteral("type"), QStringLiteral("stringSeries")},
                    {QStringLiteral("points"),
                     QJsonArray{QJsonValue(QJsonArray{double(text.step), text.text, text.wallTime})}}}};
    NEREID_EXPECT_STATUS(m_api->post(QStringLiteral("/runs/%1/operations").arg(run[QStringLiteral("id")].toString()),
                                     {{QStringLiteral("operations"), operations}}),
                         200);

    QCOMPARE(runImport(Fixtures + QStringLiteral("/runs")), int(ImportCommand::Done));
    const QMap<QString, QJsonObject> imported = runsByName();
    QCOMPARE(imported.size(), 2);
    const QJsonObject fields = imported.value(QStringLiteral("baseline"))[QStringLiteral("fields")].toObject();
    QCOMPARE(fields[QStringLiteral("train/loss")][QStringLiteral("count")].toInt(), 200);
    QCOMPARE(fields[QStringLiteral("notes/text_summary")][QStringLiteral("count")].toInt(), 1);
    QCOMPARE(fields[QStringLiteral("samples/input")][QStringLiteral("count")].toInt(), 1);
    QCOMPARE(points(imported.value(QStringLiteral("baseline")), QStringLiteral("train/loss")).size(), 200);
}

void TestTensorBoardImport::skipsAndCountsARecordWithABadChecksum()
{
    const QString copy = copyOfRuns();
    QVERIFY(!copy.isEmpty());
    QFile main(copy + QStringLiteral("/baseline/") + MainFile);
    QVERIFY(main.open(QIODevice::ReadWrite));
    QByteArray bytes = main.readAll();
    const QList<qsizetype> offsets = recordOffsets(bytes);
    QCOMPARE(offsets.size(), 425);
    bytes[offsets.at(11) + 20] = char(bytes.at(offsets.at(11) + 20) ^ 0x40); // in the data of a train/* scalar
    QVERIFY(main.seek(0));
    QCOMPARE(main.write(bytes), bytes.size());
    main.close();

    QList<TensorBoardRun> runs;
    QString error;
    QVERIFY2(TensorBoardFolder::read(copy, &runs, &error), qPrintable(error));
    ImportClient client(m_server->baseUrl(), m_server->token());
    QList<RunOutcome> outcomes;
    QVERIFY2(TensorBoardImporter(&client, Project)
                 .import(
                     runs, [&](const RunOutcome &o) { outcomes.append(o); }, &error),
             qPrintable(error));
    QCOMPARE(outcomes.size(), 2);
    QCOMPARE(outcomes.at(0).name, QStringLiteral("baseline"));
    QCOMPARE(outcomes.at(0).kind, RunOutcome::Created);
    QCOMPARE(outcomes.at(0).skippedRecords, 1);
    QCOMPARE(outcomes.at(1).skippedRecords, 0);
    QVERIFY(
        outcomes.at(0).unmapped.contains(QStringLiteral("weights/layer1: a histogram: Nereid has no histogram type")));
    const QJsonObject fields = runsByName().value(QStringLiteral("baseline"))[QStringLiteral("fields")].toObject();
    QCOMPARE(fields[QStringLiteral("train/loss")][QStringLiteral("count")].toInt() +
                 fields[QStringLiteral("train/accuracy")][QStringLiteral("count")].toInt(),
             399);
    QCOMPARE(fields[QStringLiteral("val/loss")][QStringLiteral("count")].toInt(), 20);
    QCOMPARE(fields[QStringLiteral("notes/text_summary")][QStringLiteral("count")].toInt(), 1);
}

void TestTensorBoardImport::takesAFileWhoseLastRecordIsTorn()
{
    const QString copy = copyOfRuns();
    QVERIFY(!copy.isEmpty());
    const QString path = copy + QStringLiteral("/lr-0.1/") + MainFile;
    QFile main(path);
    const qint64 size = main.size();
    QVERIFY(main.resize(size - 30)); // the last record, the image, is cut in its data: a file still being written
    QCOMPARE(runImport(copy), int(ImportCommand::Done));
    const QJsonObject fields = runsByName().value(QStringLiteral("lr-0.1"))[QStringLiteral("fields")].toObject();
    QVERIFY(!fields.contains(QStringLiteral("samples/input")));
    QCOMPARE(fields[QStringLiteral("train/loss")][QStringLiteral("count")].toInt(), 200);
    QCOMPARE(fields[QStringLiteral("debug/grad_norm")][QStringLiteral("count")].toInt(), 5);

    QList<TensorBoardRun> runs;
    QString error;
    QVERIFY(TensorBoardFolder::read(copy, &runs, &error));
    QCOMPARE(runs.at(1).tornFiles, 1);
    QCOMPARE(runs.at(1).corruptRecords, 0);
}

void TestTensorBoardImport::refusesAFolderWithoutEventFiles()
{
    const QString empty = m_dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty + QStringLiteral("/sub")));
    QCOMPARE(runImport(empty), int(ImportCommand::CannotStart));
    QCOMPARE(runImport(m_dir.filePath(QStringLiteral("none"))), int(ImportCommand::CannotStart));
    QVERIFY(m_api->get(projectPath(Project)).status == 404);
}

// What TensorFlow 2's tf.summary writes and tensorboardX does not: scalars, text and images as tensors, hparams of
// every kind, a tag that is no UTF-8 (the fuzz corpus's seed, written by tests/fuzz/make_tfrecord_corpus.py).
void TestTensorBoardImport::decodesTensorFlow2Summaries()
{
    QFile f(Tf2File);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const TensorBoardEventFile file = TensorBoardEventFile::decode(f.readAll());
    QCOMPARE(file.records, 11);
    QCOMPARE(file.corruptRecords, 0);
    QVERIFY(!file.torn);
    const QList<TbScalar> loss = file.scalars.value(QStringLiteral("loss"));
    QCOMPARE(loss.size(), 2);
    QCOMPARE(loss.at(0).value, 0.5);  // rank-0 float tensor, tensor_content
    QCOMPARE(loss.at(1).value, 0.25); // float_val
    QCOMPARE(loss.at(1).step, 1);
    QCOMPARE(file.scalars.value(QStringLiteral("acc")).value(0).value, 0.75); // double_val
    QCOMPARE(file.scalars.value(QStringLiteral("bad\uFFFDtag")).value(0).value, 1.5);
    QCOMPARE(file.texts.value(QStringLiteral("note")).value(0).text, QStringLiteral("first\nsecond"));
    QVERIFY(file.images.value(QStringLiteral("pic")).value(0).encoded.startsWith("\x89PNG"));
    QCOMPARE(file.unmapped.keys(), (QStringList{QStringLiteral("hist"), QStringLiteral("sound")}));
    QCOMPARE(file.hparams.value(QStringLiteral("lr")).toDouble(), 0.01);
    QCOMPARE(file.hparams.value(QStringLiteral("opt")).toString(), QStringLiteral("sgd"));
    QCOMPARE(file.hparams.value(QStringLiteral("aug")).toBool(), true);
    QCOMPARE(file.hparams.value(QStringLiteral("bad")).toString(), QStringLiteral("nan"));
    QCOMPARE(file.sessionStatus, 2);
}

// `a//b` and `a/b` are one path once made valid, and `sys/name` is one of the import's own fields: each tag still
// gets a series of its own, every rename is listed, and the run's name is not overwritten.
void TestTensorBoardImport::keepsTagsThatMapOntoOnePathApart()
{
    TensorBoardRun run;
    run.name = QStringLiteral("meet");
    run.firstEventFile = MainFile;
    for (const QString &tag : {QStringLiteral("a/b"), QStringLiteral("a//b"), QStringLiteral("sys/name")})
        run.scalars[tag] = {TbScalar{0, 1.0, double(tag.size())}};
    run.texts[QStringLiteral("a/b")] = {TbText{0, 1.0, QStringLiteral("text")}};
    run.hparams[QStringLiteral("x//y")] = 1.0;
    run.hparams[QStringLiteral("x/y")] = 2.0;

    const TensorBoardMapping m = TensorBoardMapping::map(run);
    QCOMPARE(m.series.size(), 3);
    QList<double> values;
    for (const QList<MappedPoint> &points : m.series)
        values.append(points.value(0).value);
    std::sort(values.begin(), values.end());
    QCOMPARE(values, (QList<double>{3.0, 4.0, 8.0}));
    QVERIFY(m.series.contains(QStringLiteral("a/b"))); // a valid name keeps its path
    QCOMPARE(m.series.value(QStringLiteral("a/b")).value(0).value, 3.0);
    QCOMPARE(m.textSeries.size(), 1);
    QVERIFY(!m.series.contains(m.textSeries.firstKey())); // the text series took a path of its own

    QStringList params;
    QString name;
    for (const QJsonValue &a : m.assigns) {
        const QString path = a[QLatin1String("path")].toString();
        if (path.startsWith(QLatin1String("params/")))
            params.append(path);
        if (path == QLatin1String("sys/name"))
            name = a[QLatin1String("value")].toString();
    }
    QCOMPARE(params.size(), 2);
    QVERIFY(params.contains(QStringLiteral("params/x/y")));
    QCOMPARE(name, QStringLiteral("meet"));
    QCOMPARE(m.renames.size(), 4); // a//b, sys/name, the text a/b, params/x//y
}

QTEST_GUILESS_MAIN(TestTensorBoardImport)
#include "test_tensorboardimport.moc"
