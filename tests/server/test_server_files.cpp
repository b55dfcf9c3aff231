#include "apiclient.h"
#include "helpers.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QtTest>

using namespace nereid::test;

namespace {
const QString Project = QStringLiteral("team/files");
const QString Run = QStringLiteral("FIL-1");

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject fileObject(const QByteArray &bytes, const QString &name, const QString &extension, const QString &mime)
{
    return {{QStringLiteral("hash"), sha256(bytes)},
            {QStringLiteral("size"), bytes.size()},
            {QStringLiteral("name"), name},
            {QStringLiteral("extension"), extension},
            {QStringLiteral("mime"), mime}};
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
    ApiReply upload(const QByteArray &bytes, const QString &project = Project);

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

ApiReply TestServerFiles::upload(const QByteArray &bytes, const QString &project)
{
    return m_api->sendRaw("PUT", QStringLiteral("/projects/%1/blobs/%2").arg(project, sha256(bytes)), bytes,
                          {{"Content-Type", "application/octet-stream"}});
}

void TestServerFiles::assignsAFileAndShowsItInTheRun()
{
    const QByteArray weights(5000, 'w');
    NEREID_EXPECT_STATUS(upload(weights), 201);
    const QJsonObject file = fileObject(weights, QStringLiteral("model.pt"), QStringLiteral("pt"),
                                        QStringLiteral("application/octet-stream"));
    NEREID_EXPECT_STATUS(apply({QJsonObject{{"op", "assign"}, {"path", "model"}, {"type", "file"}, {"value", file}}}),
                         200);
    const ApiReply run = m_api->get(runPath(Run));
    NEREID_EXPECT_STATUS(run, 200);
    const QJsonObject field = run["fields"].toObject().value(QStringLiteral("model")).toObject();
    QCOMPARE(field.value(QStringLiteral("type")).toString(), QStringLiteral("file"));
    QCOMPARE(field.value(QStringLiteral("value")).toObject(), file);
    const ApiReply files = m_api->get(QStringLiteral("/runs/%1/files?path=model").arg(Run));
    NEREID_EXPECT_STATUS(files, 200);
    QCOMPARE(files["files"].toArray(), QJsonArray{file});
    // The same content assigned again under another name is one blob, two names.
    QJsonObject renamed = file;
    renamed.insert(QStringLiteral("name"), QStringLiteral("best.pt"));
    NEREID_EXPECT_STATUS(apply({QJsonObject{{"op", "assign"}, {"path", "best"}, {"type", "file"}, {"value", renamed}}}),
                         200);
    QCOMPARE(m_api->get(runPath(Run))["fields"].toObject()["best"].toObject()["value"].toObject()["name"].toString(),
             QStringLiteral("best.pt"));
}

void TestServerFiles::refusesABlobTheProjectDidNotUpload()
{
    const QByteArray secret("another team's checkpoint");
    NEREID_EXPECT_STATUS(createProject(*m_api, QStringLiteral("team/other"), QStringLiteral("OTH")), 201);
    NEREID_EXPECT_STATUS(upload(secret, QStringLiteral("team/other")), 201);
    const QJsonObject file =
        fileObject(secret, QStringLiteral("ckpt"), QString(), QStringLiteral("application/octet-stream"));
    const ApiReply refused =
        apply({QJsonObject{{"op", "assign"}, {"path", "params/x"}, {"type", "float"}, {"value", 1}},
               QJsonObject{{"op", "assign"}, {"path", "stolen"}, {"type", "file"}, {"value", file}}});
    NEREID_EXPECT_STATUS(refused, 400);
    QCOMPARE(refused.errorCode(), QStringLiteral("unknown_blob"));
    QCOMPARE(refused["operation"].toInt(), 1);
    QCOMPARE(refused["hash"].toString(), sha256(secret));
    // Nothing of the batch was applied.
    QVERIFY(!m_api->get(runPath(Run))["fields"].toObject().contains(QStringLiteral("params/x")));
    const ApiReply series = apply({QJsonObject{
        {"op", "append"}, {"path", "images"}, {"type", "fileSeries"}, {"points", QJsonArray{QJsonArray{0, file, 1.0}}}}});
    QCOMPARE(series.errorCode(), QStringLiteral("unknown_blob"));
}

void TestServerFiles::refusesMalformedFileObjects_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("short hash") << "hash" << QJsonValue("abc");
    QTest::newRow("upper-case hash") << "hash" << QJsonValue(sha256("x").toUpper());
    QTest::newRow("negative size") << "size" << QJsonValue(-1);
    QTest::newRow("fractional size") << "size" << QJsonValue(1.5);
    QTest::newRow("name with a slash") << "name" << QJsonValue("a/b.pt");
    QTest::newRow("extension with a dot") << "extension" << QJsonValue(".png");
    QTest::newRow("not a media type") << "mime" << QJsonValue("png");
}

void TestServerFiles::refusesMalformedFileObjects()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    const QByteArray bytes("x");
    NEREID_EXPECT_STATUS(upload(bytes), 201);
    QJsonObject file = fileObject(bytes, QStringLiteral("x.txt"), QStringLiteral("txt"), QStringLiteral("text/plain"));
    file.insert(member, value);
    const ApiReply refused =
        apply({QJsonObject{{"op", "assign"}, {"path", "f"}, {"type", "file"}, {"value", file}}});
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
        QJsonObject file = fileObject(image, QStringLiteral("epoch %1").arg(step), QStringLiteral("png"),
                                      QStringLiteral("image/png"));
        file.insert(QStringLiteral("description"), QStringLiteral("batch %1").arg(step));
        points.append(QJsonArray{step * 10, file, 1763805600.0 + step});
    }
    NEREID_EXPECT_STATUS(apply({QJsonObject{{"op", "append"}, {"path", "predictions"}, {"type", "fileSeries"},
                                            {"points", QJsonArray{points[0], points[1]}}},
                                QJsonObject{{"op", "append"}, {"path", "predictions"}, {"type", "fileSeries"},
                                            {"points", QJsonArray{points[2]}}}}),
                         200);
    const QJsonObject field =
        m_api->get(runPath(Run))["fields"].toObject().value(QStringLiteral("predictions")).toObject();
    QCOMPARE(field["type"].toString(), QStringLiteral("fileSeries"));
    QCOMPARE(field["count"].toInt(), 3);
    QCOMPARE(field["last_step"].toDouble(), 20.0);
    QCOMPARE(field["last"].toObject(), points[2].toArray()[1].toObject());
    const ApiReply read = m_api->get(QStringLiteral("/runs/%1/series?path=predictions").arg(Run));
    NEREID_EXPECT_STATUS(read, 200);
    QCOMPARE(read["points"].toArray(), points);
    const ApiReply columns = m_api->get(QStringLiteral("/runs/%1/series?path=predictions&layout=columns").arg(Run));
    NEREID_EXPECT_STATUS(columns, 200);
    QCOMPARE(columns["values"].toArray()[1].toObject(), points[1].toArray()[1].toObject());
    // Steps keep increasing, as for every series.
    const ApiReply back = apply({QJsonObject{{"op", "append"}, {"path", "predictions"}, {"type", "fileSeries"},
                                             {"points", QJsonArray{points[0]}}}});
    QCOMPARE(back.errorCode(), QStringLiteral("step_not_increasing"));
}

void TestServerFiles::fileSetsAreReplacedOrAddedTo()
{
    const QByteArray a("a,b\n1,2\n"), b("b,c\n3,4\n"), c("c\n5\n");
    for (const QByteArray &bytes : {a, b, c})
        NEREID_EXPECT_STATUS(upload(bytes), 201);
    const auto entry = [](const QString &path, const QByteArray &bytes) {
        return QJsonObject{{QStringLiteral("path"), path},
                           {QStringLiteral("hash"), sha256(bytes)},
                           {QStringLiteral("size"), bytes.size()},
                           {QStringLiteral("mime"), QStringLiteral("text/csv")}};
    };
    NEREID_EXPECT_STATUS(apply({QJsonObject{{"op", "assign"}, {"path", "data"}, {"type", "fileSet"},
                                            {"files", QJsonArray{entry("train/b.csv", b), entry("a.csv", a)}}}}),
                         200);
    // add_files replaces the entry of the same path and adds the new one.
    NEREID_EXPECT_STATUS(apply({QJsonObject{{"op", "add_files"}, {"path", "data"}, {"type", "fileSet"},
                                            {"files", QJsonArray{entry("a.csv", c), entry("z.csv", a)}}}}),
                         200);
    const ApiReply files = m_api->get(QStringLiteral("/runs/%1/files?path=data").arg(Run));
    NEREID_EXPECT_STATUS(files, 200);
    QCOMPARE(files["files"].toArray(), (QJsonArray{entry("a.csv", c), entry("train/b.csv", b), entry("z.csv", a)}));
    const QJsonObject value = m_api->get(runPath(Run))["fields"].toObject()["data"].toObject()["value"].toObject();
    QCOMPARE(value, (QJsonObject{{"count", 3}, {"size", c.size() + b.size() + a.size()}}));
    // assign replaces the whole set.
    NEREID_EXPECT_STATUS(apply({QJsonObject{{"op", "assign"}, {"path", "data"}, {"type", "fileSet"},
                                            {"files", QJsonArray{entry("only.csv", b)}}}}),
                         200);
    QCOMPARE(m_api->get(QStringLiteral("/runs/%1/files?path=data").arg(Run))["files"].toArray(),
             QJsonArray{entry("only.csv", b)});
}

void TestServerFiles::artifactHashFollowsTheListingNotItsOrder()
{
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    const auto entry = [](const QString &path, const QString &content) {
        return QJsonObject{{QStringLiteral("path"), path},
                           {QStringLiteral("hash"), sha256(content.toUtf8())},
                           {QStringLiteral("size"), content.size()},
                           {QStringLiteral("location"), QStringLiteral("file:///data/") + path}};
    };
    // Nothing is uploaded for an artifact: it records what a run used.
    const QJsonObject one = entry(QStringLiteral("train.csv"), QStringLiteral("train")),
                      two = entry(QStringLiteral("test.csv"), QStringLiteral("test"));
    const auto track = [&](const QString &run, const QJsonArray &files) {
        return applyOperations(*m_api, run,
                               {QJsonObject{{"op", "assign"}, {"path", "artifacts/data"}, {"type", "artifact"},
                                            {"files", files}}});
    };
    NEREID_EXPECT_STATUS(track(QStringLiteral("FIL-1"), {one, two}), 200);
    NEREID_EXPECT_STATUS(track(QStringLiteral("FIL-2"), {two, one}), 200);
    const auto value = [&](const QString &run) {
        return m_api->get(runPath(run))["fields"].toObject()["artifacts/data"].toObject()["value"].toObject();
    };
    const QJsonObject first = value(QStringLiteral("FIL-1"));
    QCOMPARE(first["count"].toInt(), 2);
    QCOMPARE(first["size"].toInt(), 9);
    QCOMPARE(first["hash"].toString().size(), 64);
    QCOMPARE(value(QStringLiteral("FIL-2"))["hash"], first["hash"]);
    const QByteArray listing = "test.csv\t" + sha256("test").toLatin1() + "\t4\ntrain.csv\t" +
                               sha256("train").toLatin1() + "\t5\n";
    QCOMPARE(first["hash"].toString(), sha256(listing));
    // Another file: another hash.
    NEREID_EXPECT_STATUS(applyOperations(*m_api, QStringLiteral("FIL-2"),
                                         {QJsonObject{{"op", "add_files"}, {"path", "artifacts/data"},
                                                      {"type", "artifact"},
                                                      {"files", QJsonArray{entry("val.csv", "val")}}}}),
                         200);
    QVERIFY(value(QStringLiteral("FIL-2"))["hash"] != first["hash"]);
    const ApiReply files = m_api->get(QStringLiteral("/runs/FIL-2/files?path=artifacts/data"));
    QCOMPARE(files["files"].toArray().size(), 3);
    QCOMPARE(files["files"].toArray()[0].toObject()["location"].toString(), QStringLiteral("file:///data/test.csv"));
}

void TestServerFiles::changesFeedCarriesFileMetadata()
{
    const QByteArray image("a tiny image");
    NEREID_EXPECT_STATUS(upload(image), 201);
    const QJsonObject file =
        fileObject(image, QStringLiteral("cm"), QStringLiteral("png"), QStringLiteral("image/png"));
    NEREID_EXPECT_STATUS(apply({QJsonObject{{"op", "assign"}, {"path", "plots/cm"}, {"type", "file"}, {"value", file}},
                                QJsonObject{{"op", "append"}, {"path", "images"}, {"type", "fileSeries"},
                                            {"points", QJsonArray{QJsonArray{0, file, 1.0}}}}}),
                         200);
    const ApiReply changes = m_api->get(QStringLiteral("/projects/%1/changes?since=0").arg(Project));
    NEREID_EXPECT_STATUS(changes, 200);
    const QJsonObject fields = changes["runs"].toArray()[0].toObject()["fields"].toObject();
    QCOMPARE(fields["plots/cm"].toObject()["value"].toObject(), file);
    QCOMPARE(fields["images"].toObject()["last"].toObject(), file);
}

void TestServerFiles::fileTypesDoNotMix()
{
    const QByteArray bytes("z");
    NEREID_EXPECT_STATUS(upload(bytes), 201);
    NEREID_EXPECT_STATUS(apply({QJsonObject{{"op", "assign"}, {"path", "lr"}, {"type", "float"}, {"value", 0.1}}}),
                         200);
    const ApiReply conflict = apply({QJsonObject{
        {"op", "assign"}, {"path", "lr"}, {"type", "file"}, {"value", fileObject(bytes, "z", "", "text/plain")}}});
    NEREID_EXPECT_STATUS(conflict, 409);
    QCOMPARE(conflict.errorCode(), QStringLiteral("type_conflict"));
    const ApiReply notAList =
        apply({QJsonObject{{"op", "add_files"}, {"path", "lr2"}, {"type", "file"}, {"files", QJsonArray{}}}});
    QCOMPARE(notAList.errorCode(), QStringLiteral("invalid_type"));
    const ApiReply notASeries = m_api->get(QStringLiteral("/runs/%1/files?path=lr").arg(Run));
    QCOMPARE(notASeries.errorCode(), QStringLiteral("invalid_type"));
}

QTEST_GUILESS_MAIN(TestServerFiles)
#include "test_server_files.moc"
