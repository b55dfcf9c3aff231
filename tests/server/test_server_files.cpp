#include "apiclient.h"
#include "helpers.h"
#include "testserver.h"

#include <QJsonArray>
#include <QtTest>

using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {
const QString Project = QStringLiteral("team/files");
const QString Run = QStringLiteral("FIL-1");

QJsonObject op(const QString &kind, const QString &path, const QString &type, const QString &member,
               const QJsonValue &value)
{
    QJsonObject json{{QStringLiteral("op"), kind}, {QStringLiteral("path"), path}, {member, value}};
    if (!type.isEmpty())
        json.insert(QStringLiteral("type"), type);
    return json;
}

} // namespace

// File, file set, file series and artifact fields (docs/api.md, "Files"): written with operations that refer to
// uploaded blobs, read back from the run object, the changes feed, the series and files routes.
class TestServerFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void assignsAFileAndShowsItInTheRun();
    void refusesABlobTheProjectDidNotUpload();
    void refusesMalformedFileObjects_data();
    void refusesMalformedFileObjects();
    void appendsAFileSeriesWithNamesAndDescriptions();
    void fileSetsAreReplacedOrAddedTo();
    void artifactHashFollowsTheListingNotItsOrder();
    void changesFeedCarriesFileMetadata();
    void fileTypesDoNotMix();

private:
    ApiReply apply(const QJsonArray &operations) { return applyOperations(*m_api, Run, operations); }
    ApiReply upload(const QByteArray &bytes, const QString &project = Project)
    {
        return uploadBlob(*m_api, project, bytes);
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
};

void TestServerFiles::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("FIL")), 201);
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
}

void TestServerFiles::cleanup()
{
    m_api.reset();
    m_server.reset();
}

void TestServerFiles::assignsAFileAndShowsItInTheRun()
{
    const QByteArray weights(5000, 'w');
    NEREID_EXPECT_STATUS(upload(weights), 201);
    const QJsonObject file = fileObject(weights, QStringLiteral("model.pt"), QStringLiteral("pt"),
                                        QStringLiteral("application/octet-stream"));
    NEREID_EXPECT_STATUS(apply({op(QStringLiteral("assign"), QStringLiteral("model"), QStringLiteral("file"),
                                   QStringLiteral("value"), file)}),
                         200);
    const ApiReply run = m_api->get(runPath(Run));
    NEREID_EXPECT_STATUS(run, 200);
    const QJsonObject field = run[u"fields"_s].toObject().value(QStringLiteral("model")).toObject();
    QCOMPARE(field.value(QStringLiteral("type")).toString(), QStringLiteral("file"));
    QCOMPARE(field.value(QStringLiteral("value")).toObject(), file);
    const ApiReply files = m_api->get(QStringLiteral("/runs/%1/files?path=model").arg(Run));
    NEREID_EXPECT_STATUS(files, 200);
    QCOMPARE(files[u"files"_s].toArray(), QJsonArray{file});
    // The same content assigned again under another name is one blob, two names.
    QJsonObject renamed = file;
    renamed.insert(QStringLiteral("name"), QStringLiteral("best.pt"));
    NEREID_EXPECT_STATUS(apply({op(QStringLiteral("assign"), QStringLiteral("best"), QStringLiteral("file"),
                                   QStringLiteral("value"), renamed)}),
                         200);
    QCOMPARE(m_api->get(runPath(Run))[u"fields"_s]
                 .toObject()[u"best"_s]
                 .toObject()[u"value"_s]
                 .toObject()[u"name"_s]
                 .toString(),
             QStringLiteral("best.pt"));
}

void TestServerFiles::refusesABlobTheProjectDidNotUpload()
{
    const QByteArray secret("another team's checkpoint");
    NEREID_EXPECT_STATUS(createProject(*m_api, QStringLiteral("team/other"), QStringLiteral("OTH")), 201);
    NEREID_EXPECT_STATUS(upload(secret, QStringLiteral("team/other")), 201);
    const QJsonObject file =
        fileObject(secret, QStringLiteral("ckpt"), QString(), QStringLiteral("application/octet-stream"));
    const ApiReply refused = apply(
        {op(QStringLiteral("assign"), QStringLiteral("params/x"), QStringLiteral("float"), QStringLiteral("value"), 1),
         op(QStringLiteral("assign"), QStringLiteral("stolen"), QStringLiteral("file"), QStringLiteral("value"),
            file)});
    NEREID_EXPECT_STATUS(refused, 400);
    QCOMPARE(refused.errorCode(), QStringLiteral("unknown_blob"));
    QCOMPARE(refused[u"operation"_s].toInt(), 1);
    QCOMPARE(refused[u"hash"_s].toString(), sha256Hex(secret));
    // Nothing of the batch was applied.
    QVERIFY(!m_api->get(runPath(Run))[u"fields"_s].toObject().contains(QStringLiteral("params/x")));
    const ApiReply series = apply({op(QStringLiteral("append"), QStringLiteral("images"), QStringLiteral("fileSeries"),
                                      QStringLiteral("points"), QJsonArray{QJsonValue(QJsonArray{0, file, 1.0})})});
    QCOMPARE(series.errorCode(), QStringLiteral("unknown_blob"));
}

void TestServerFiles::refusesMalformedFileObjects_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("short hash") << u"hash"_s << QJsonValue(u"abc"_s);
    QTest::newRow("upper-case hash") << u"hash"_s << QJsonValue(sha256Hex("x").toUpper());
    QTest::newRow("negative size") << u"size"_s << QJsonValue(-1);
    QTest::newRow("fractional size") << u"size"_s << QJsonValue(1.5);
    QTest::newRow("name with a slash") << u"name"_s << QJsonValue(u"a/b.pt"_s);
    QTest::newRow("extension with a dot") << u"extension"_s << QJsonValue(u".png"_s);
    QTest::newRow("not a media type") << u"mime"_s << QJsonValue(u"png"_s);
}

void TestServerFiles::refusesMalformedFileObjects()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    const QByteArray bytes("x");
    NEREID_EXPECT_STATUS(upload(bytes), 201);
    QJsonObject file = fileObject(bytes, QStringLiteral("x.txt"), QStringLiteral("txt"), QStringLiteral("text/plain"));
    file.insert(member, value);
    const ApiReply refused = apply(
        {op(QStringLiteral("assign"), QStringLiteral("f"), QStringLiteral("file"), QStringLiteral("value"), file)});
    NEREID_EXPECT_STATUS(refused, 400);
    QCOMPARE(refused.errorCode(), QStringLiteral("invalid_value"));
    QVERIFY2(refused.message().contains(member), qPrintable(refused.message()));
}

void TestServerFiles::appendsAFileSeriesWithNamesAndDescriptions()
{
    QJsonArray points;
    for (int step = 0; step < 3; ++step) {
        const QByteArray image = "PNG of epoch " + QByteArray::number(step);
        NEREID_EXPECT_STATUS(upload(image), 201);
        QJsonObject file =
            fileObject(image, QStringLiteral("epoch %1").arg(step), QStringLiteral("png"), QStringLiteral("image/png"));
        file.insert(QStringLiteral("description"), QStringLiteral("batch %1").arg(step));
        points.append(QJsonArray{step * 10, file, 1763805600.0 + step});
    }
    NEREID_EXPECT_STATUS(
        apply({op(QStringLiteral("append"), QStringLiteral("predictions"), QStringLiteral("fileSeries"),
                  QStringLiteral("points"), QJsonArray{points[0], points[1]}),
               op(QStringLiteral("append"), QStringLiteral("predictions"), QStringLiteral("fileSeries"),
                  QStringLiteral("points"), QJsonArray{points[2]})}),
        200);
    const QJsonObject field =
        m_api->get(runPath(Run))[u"fields"_s].toObject().value(QStringLiteral("predictions")).toObject();
    QCOMPARE(field[u"type"_s].toString(), QStringLiteral("fileSeries"));
    QCOMPARE(field[u"count"_s].toInt(), 3);
    QCOMPARE(field[u"last_step"_s].toDouble(), 20.0);
    QCOMPARE(field[u"last"_s].toObject(), points[2].toArray()[1].toObject());
    const ApiReply read = m_api->get(QStringLiteral("/runs/%1/series?path=predictions").arg(Run));
    NEREID_EXPECT_STATUS(read, 200);
    QCOMPARE(read[u"points"_s].toArray(), points);
    const ApiReply columns = m_api->get(QStringLiteral("/runs/%1/series?path=predictions&layout=columns").arg(Run));
    NEREID_EXPECT_STATUS(columns, 200);
    QCOMPARE(columns[u"values"_s].toArray()[1].toObject(), points[1].toArray()[1].toObject());
    // Steps keep increasing, as for every series.
    const ApiReply back = apply({op(QStringLiteral("append"), QStringLiteral("predictions"),
                                    QStringLiteral("fileSeries"), QStringLiteral("points"), QJsonArray{points[0]})});
    QCOMPARE(back.errorCode(), QStringLiteral("step_not_increasing"));
}

void TestServerFiles::fileSetsAreReplacedOrAddedTo()
{
    const QByteArray a("a,b\n1,2\n"), b("b,c\n3,4\n"), c("c\n5\n");
    for (const QByteArray &bytes : {a, b, c})
        NEREID_EXPECT_STATUS(upload(bytes), 201);
    const auto entry = [](const QString &path, const QByteArray &bytes) {
        return QJsonObject{{QStringLiteral("path"), path},
                           {QStringLiteral("hash"), sha256Hex(bytes)},
                           {QStringLiteral("size"), bytes.size()},
                           {QStringLiteral("mime"), QStringLiteral("text/csv")}};
    };
    NEREID_EXPECT_STATUS(
        apply({op(QStringLiteral("assign"), QStringLiteral("data"), QStringLiteral("fileSet"), QStringLiteral("files"),
                  QJsonArray{entry(u"train/b.csv"_s, b), entry(u"a.csv"_s, a)})}),
        200);
    // add_files replaces the entry of the same path and adds the new one.
    NEREID_EXPECT_STATUS(apply({op(QStringLiteral("add_files"), QStringLiteral("data"), QStringLiteral("fileSet"),
                                   QStringLiteral("files"), QJsonArray{entry(u"a.csv"_s, c), entry(u"z.csv"_s, a)})}),
                         200);
    const ApiReply files = m_api->get(QStringLiteral("/runs/%1/files?path=data").arg(Run));
    NEREID_EXPECT_STATUS(files, 200);
    QCOMPARE(files[u"files"_s].toArray(),
             (QJsonArray{entry(u"a.csv"_s, c), entry(u"train/b.csv"_s, b), entry(u"z.csv"_s, a)}));
    const QJsonObject value =
        m_api->get(runPath(Run))[u"fields"_s].toObject()[u"data"_s].toObject()[u"value"_s].toObject();
    QCOMPARE(value,
             (QJsonObject{{QStringLiteral("count"), 3}, {QStringLiteral("size"), c.size() + b.size() + a.size()}}));
    // assign replaces the whole set.
    NEREID_EXPECT_STATUS(apply({op(QStringLiteral("assign"), QStringLiteral("data"), QStringLiteral("fileSet"),
                                   QStringLiteral("files"), QJsonArray{entry(u"only.csv"_s, b)})}),
                         200);
    QCOMPARE(m_api->get(QStringLiteral("/runs/%1/files?path=data").arg(Run))[u"files"_s].toArray(),
             QJsonArray{entry(u"only.csv"_s, b)});
}

void TestServerFiles::artifactHashFollowsTheListingNotItsOrder()
{
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    const auto entry = [](const QString &path, const QString &content) {
        return QJsonObject{{QStringLiteral("path"), path},
                           {QStringLiteral("hash"), sha256Hex(content.toUtf8())},
                           {QStringLiteral("size"), content.size()},
                           {QStringLiteral("location"), QString(QStringLiteral("file:///data/") + path)}};
    };
    // Nothing is uploaded for an artifact: it records what a run used.
    const QJsonObject one = entry(QStringLiteral("train.csv"), QStringLiteral("train")),
                      two = entry(QStringLiteral("test.csv"), QStringLiteral("test"));
    const auto track = [&](const QString &run, const QJsonArray &files) {
        return applyOperations(*m_api, run,
                               {op(QStringLiteral("assign"), QStringLiteral("artifacts/data"),
                                   QStringLiteral("artifact"), QStringLiteral("files"), files)});
    };
    NEREID_EXPECT_STATUS(track(QStringLiteral("FIL-1"), {one, two}), 200);
    NEREID_EXPECT_STATUS(track(QStringLiteral("FIL-2"), {two, one}), 200);
    const auto value = [&](const QString &run) {
        return m_api->get(runPath(run))[u"fields"_s].toObject()[u"artifacts/data"_s].toObject()[u"value"_s].toObject();
    };
    const QJsonObject first = value(QStringLiteral("FIL-1"));
    QCOMPARE(first[u"count"_s].toInt(), 2);
    QCOMPARE(first[u"size"_s].toInt(), 9);
    QCOMPARE(first[u"hash"_s].toString().size(), 64);
    QCOMPARE(value(QStringLiteral("FIL-2"))[u"hash"_s], first[u"hash"_s]);
    const QByteArray listing =
        "test.csv\t" + sha256Hex("test").toLatin1() + "\t4\ntrain.csv\t" + sha256Hex("train").toLatin1() + "\t5\n";
    QCOMPARE(first[u"hash"_s].toString(), sha256Hex(listing));
    // Another file: another hash.
    NEREID_EXPECT_STATUS(
        applyOperations(*m_api, QStringLiteral("FIL-2"),
                        {op(QStringLiteral("add_files"), QStringLiteral("artifacts/data"), QStringLiteral("artifact"),
                            QStringLiteral("files"), QJsonArray{entry(u"val.csv"_s, u"val"_s)})}),
        200);
    QVERIFY(value(QStringLiteral("FIL-2"))[u"hash"_s] != first[u"hash"_s]);
    const ApiReply files = m_api->get(QStringLiteral("/runs/FIL-2/files?path=artifacts/data"));
    QCOMPARE(files[u"files"_s].toArray().size(), 3);
    QCOMPARE(files[u"files"_s].toArray()[0].toObject()[u"location"_s].toString(),
             QStringLiteral("file:///data/test.csv"));
}

void TestServerFiles::changesFeedCarriesFileMetadata()
{
    const QByteArray image("a tiny image");
    NEREID_EXPECT_STATUS(upload(image), 201);
    const QJsonObject file =
        fileObject(image, QStringLiteral("cm"), QStringLiteral("png"), QStringLiteral("image/png"));
    NEREID_EXPECT_STATUS(apply({op(QStringLiteral("assign"), QStringLiteral("plots/cm"), QStringLiteral("file"),
                                   QStringLiteral("value"), file),
                                op(QStringLiteral("append"), QStringLiteral("images"), QStringLiteral("fileSeries"),
                                   QStringLiteral("points"), QJsonArray{QJsonValue(QJsonArray{0, file, 1.0})})}),
                         200);
    const ApiReply changes = m_api->get(QStringLiteral("/projects/%1/changes?since=0").arg(Project));
    NEREID_EXPECT_STATUS(changes, 200);
    const QJsonObject fields = changes[u"runs"_s].toArray()[0].toObject()[u"fields"_s].toObject();
    QCOMPARE(fields[u"plots/cm"_s].toObject()[u"value"_s].toObject(), file);
    QCOMPARE(fields[u"images"_s].toObject()[u"last"_s].toObject(), file);
}

void TestServerFiles::fileTypesDoNotMix()
{
    const QByteArray bytes("z");
    NEREID_EXPECT_STATUS(upload(bytes), 201);
    NEREID_EXPECT_STATUS(apply({op(QStringLiteral("assign"), QStringLiteral("lr"), QStringLiteral("float"),
                                   QStringLiteral("value"), 0.1)}),
                         200);
    const ApiReply conflict =
        apply({op(QStringLiteral("assign"), QStringLiteral("lr"), QStringLiteral("file"), QStringLiteral("value"),
                  fileObject(bytes, u"z"_s, QString(), u"text/plain"_s))});
    NEREID_EXPECT_STATUS(conflict, 409);
    QCOMPARE(conflict.errorCode(), QStringLiteral("type_conflict"));
    const ApiReply notAList = apply({op(QStringLiteral("add_files"), QStringLiteral("lr2"), QStringLiteral("file"),
                                        QStringLiteral("files"), QJsonArray{})});
    QCOMPARE(notAList.errorCode(), QStringLiteral("invalid_type"));
    const ApiReply notASeries = m_api->get(QStringLiteral("/runs/%1/files?path=lr").arg(Run));
    QCOMPARE(notASeries.errorCode(), QStringLiteral("invalid_type"));
}

QTEST_GUILESS_MAIN(TestServerFiles)
#include "test_server_files.moc"
