#include "apiclient.h"
#include "helpers.h"
#include "postgresdatabase.h"
#include "rawconnection.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>
#include <sys/mount.h>

using namespace nereid::test;
using namespace Qt::StringLiterals;

// The blob routes of docs/api.md "Files" against the real server: uploads streamed to the store, downloads with
// ranges and validators, who may do what, a full disk, and the collection of blobs no field refers to.
class TestBlobRoutes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void uploadHeadAndGetRoundTrip();
    void sameContentIsStoredOnce();
    void wrongHashStoresNothing();
    void shortBodyStoresNothing();
    void connectionCutMidBodyStoresNothing();
    void uploadNeedsALength();
    void tooLargeIsRefusedBeforeTheBody();
    void rolesDecideWhoUploadsAndDownloads();
    void rangesAndValidators();
    void resumedDownloadOfALargeFileIsWhole();
    void connectionIsKeptAliveAfterAnUpload();
    void missingNamesTheHashesTheProjectLacks();
    void fullDiskRefusesAndKeepsNothing();
    void collectionRemovesOnlyOldUnreferencedBlobs();
    void collectionKeepsReferencedBlobs();
    void runningServerCollectsByItself();

private:
    static QByteArray sha256(const QByteArray &bytes);
    QByteArray putHead(const QString &project, const QByteArray &hash, qint64 length, const QString &token = {}) const;
    // One request on a connection of its own; the answer.
    RawResponse request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                        const QByteArray &headers = {}, const QString &token = {});
    RawResponse upload(const QString &project, const QByteArray &content, const QString &token = {});
    QString blobPath(const QString &project, const QByteArray &hash) const;
    QStringList filesUnder(const QString &folder) const;
    QStringList storedBlobs() const;
    // A fresh server (and data folder) with these options; `mountSize`: on a tmpfs of that size. False when that
    // cannot be mounted.
    bool startServer(const QStringList &extraArgs = {}, const QString &mountSize = {});
    // Moves every project's upload of these contents two hours back, past the collection's hour of grace.
    void age(const QList<QByteArray> &contents);
    QByteArray collect();

    std::unique_ptr<TestServer> m_server;
    QString m_mounted; // a tmpfs to take away after the test
};

void TestBlobRoutes::init()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    ApiClient api(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(api, u"team/files"_s), 201);
    NEREID_EXPECT_STATUS(createProject(api, u"team/other"_s), 201);
}

bool TestBlobRoutes::startServer(const QStringList &extraArgs, const QString &mountSize)
{
    if (m_server)
        m_server->stop();
    m_server = std::make_unique<TestServer>(
        QStringList{u"--max-file-bytes"_s, u"100000000"_s, u"--request-timeout"_s, u"2"_s} + extraArgs);
    if (!mountSize.isEmpty()) {
        const QByteArray options = "size=" + mountSize.toLatin1();
        if (::mount("tmpfs", QFile::encodeName(m_server->dataDir()).constData(), "tmpfs", 0, options.constData()) != 0)
            return false;
        m_mounted = m_server->dataDir();
    }
    [&] { QVERIFY2(m_server->start(), qPrintable(m_server->errors())); }();
    return true;
}

void TestBlobRoutes::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_server->stop();
    if (!m_mounted.isEmpty())
        ::umount(QFile::encodeName(m_mounted).constData());
    m_mounted.clear();
    m_server.reset();
}

QByteArray TestBlobRoutes::sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QString TestBlobRoutes::blobPath(const QString &project, const QByteArray &hash) const
{
    return u"/api/v1/projects/%1/blobs/%2"_s.arg(project, QString::fromLatin1(hash));
}

QByteArray TestBlobRoutes::putHead(const QString &project, const QByteArray &hash, qint64 length,
                                   const QString &token) const
{
    QByteArray head = "PUT " + blobPath(project, hash).toUtf8() + " HTTP/1.1\r\nHost: localhost\r\n";
    head += "Authorization: Bearer " + (token.isEmpty() ? m_server->token() : token).toUtf8() + "\r\n";
    head += "Content-Type: application/octet-stream\r\n";
    if (length >= 0)
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    return head;
}

RawResponse TestBlobRoutes::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                    const QByteArray &headers, const QString &token)
{
    RawConnection client;
    if (!client.connectTo(m_server->port()))
        return {};
    QByteArray head = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: localhost\r\n";
    head += "Authorization: Bearer " + (token.isEmpty() ? m_server->token() : token).toUtf8() + "\r\n";
    head += headers;
    if (!body.isEmpty() || method == "PUT" || method == "POST")
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!client.send(head + "\r\n" + body))
        return {};
    return client.readResponse(30000, method == "HEAD");
}

RawResponse TestBlobRoutes::upload(const QString &project, const QByteArray &content, const QString &token)
{
    return request("PUT", blobPath(project, sha256(content)), content, {}, token);
}

QStringList TestBlobRoutes::filesUnder(const QString &folder) const
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QFileInfo(it.next()).fileName());
    files.sort();
    return files;
}

// The blobs in place (not those on their way, under blobs/uploads).
QStringList TestBlobRoutes::storedBlobs() const
{
    QStringList blobs = filesUnder(m_server->dataDir() + u"/blobs"_s);
    const QStringList uploads = filesUnder(m_server->dataDir() + u"/blobs/uploads"_s);
    blobs.removeIf([&](const QString &name) { return uploads.contains(name); });
    return blobs;
}

void TestBlobRoutes::uploadHeadAndGetRoundTrip()
{
    const QByteArray content = "a checkpoint's bytes\n";
    const QByteArray hash = sha256(content);
    const RawResponse put = upload(u"team/files"_s, content);
    QCOMPARE(put.status, 201);
    const QJsonObject answer = QJsonDocument::fromJson(put.body).object();
    QCOMPARE(answer.value(u"hash"_s).toString().toLatin1(), hash);
    QCOMPARE(answer.value(u"size"_s).toInteger(), content.size());
    QCOMPARE(storedBlobs(), QStringList{QString::fromLatin1(hash)});

    const RawResponse head = request("HEAD", blobPath(u"team/files"_s, hash));
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("content-length").toLongLong(), content.size());
    QCOMPARE(head.header("etag"), '"' + hash + '"');
    QCOMPARE(head.header("accept-ranges"), QByteArray("bytes"));
    QVERIFY(head.body.isEmpty());

    const RawResponse get = request("GET", blobPath(u"team/files"_s, hash));
    QCOMPARE(get.status, 200);
    QCOMPARE(get.header("content-type"), QByteArray("application/octet-stream"));
    QCOMPARE(get.body, content);
    // Uploaded again: the project had it.
    QCOMPARE(upload(u"team/files"_s, content).status, 200);
}

void TestBlobRoutes::sameContentIsStoredOnce()
{
    const QByteArray content(300'000, 'z');
    QCOMPARE(upload(u"team/files"_s, content).status, 201);
    QCOMPARE(upload(u"team/other"_s, content).status, 201); // new to that project, not to the store
    QCOMPARE(storedBlobs(), QStringList{QString::fromLatin1(sha256(content))});
    QCOMPARE(request("GET", blobPath(u"team/other"_s, sha256(content))).body, content);
}

void TestBlobRoutes::wrongHashStoresNothing()
{
    const QByteArray announced = sha256("what the client meant");
    const RawResponse put = request("PUT", blobPath(u"team/files"_s, announced), "what it sent");
    QCOMPARE(put.status, 400);
    QCOMPARE(put.errorCode(), QByteArray("blob_mismatch"));
    QCOMPARE(request("HEAD", blobPath(u"team/files"_s, announced)).status, 404);
    QCOMPARE(filesUnder(m_server->dataDir() + u"/blobs"_s), QStringList());
}

void TestBlobRoutes::shortBodyStoresNothing()
{
    const QByteArray content = "ten bytes!";
    RawConnection client;
    QVERIFY(client.connectTo(m_server->port()));
    QVERIFY(client.send(putHead(u"team/files"_s, sha256(content), content.size()) + "\r\n" + content.left(5)));
    client.shutdownWrite(); // the client sends no more: the body is 5 bytes short
    const RawResponse answer = client.readResponse();
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), QByteArray("blob_mismatch"));
    QCOMPARE(filesUnder(m_server->dataDir() + u"/blobs"_s), QStringList());
}

void TestBlobRoutes::connectionCutMidBodyStoresNothing()
{
    const QByteArray content(4'000'000, 'c');
    const QString uploads = m_server->dataDir() + u"/blobs/uploads"_s;
    {
        RawConnection client;
        QVERIFY(client.connectTo(m_server->port()));
        QVERIFY(
            client.send(putHead(u"team/files"_s, sha256(content), content.size()) + "\r\n" + content.left(1'000'000)));
        QTRY_COMPARE(filesUnder(uploads).size(), 1); // under way, in a temporary file
    }                                                // the client is gone
    QTRY_COMPARE(filesUnder(uploads), QStringList());
    QCOMPARE(storedBlobs(), QStringList());
    QCOMPARE(request("HEAD", blobPath(u"team/files"_s, sha256(content))).status, 404);
}

void TestBlobRoutes::uploadNeedsALength()
{
    const QByteArray hash = sha256("x");
    RawConnection plain;
    QVERIFY(plain.connectTo(m_server->port()));
    QVERIFY(plain.send(putHead(u"team/files"_s, hash, -1) + "\r\n"));
    RawResponse answer = plain.readResponse();
    QCOMPARE(answer.status, 411);
    QCOMPARE(answer.errorCode(), QByteArray("length_required"));

    RawConnection chunked;
    QVERIFY(chunked.connectTo(m_server->port()));
    QVERIFY(chunked.send(putHead(u"team/files"_s, hash, -1) + "Transfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n"));
    answer = chunked.readResponse();
    QCOMPARE(answer.status, 411);
    QCOMPARE(answer.errorCode(), QByteArray("length_required"));
    QCOMPARE(storedBlobs(), QStringList());
}

void TestBlobRoutes::tooLargeIsRefusedBeforeTheBody()
{
    RawConnection client;
    QVERIFY(client.connectTo(m_server->port()));
    QElapsedTimer timer;
    timer.start();
    // Over --max-file-bytes (100,000,000); no byte of the body is sent.
    QVERIFY(client.send(putHead(u"team/files"_s, sha256("big"), 100'000'001) + "\r\n"));
    const RawResponse answer = client.readResponse(3000);
    QCOMPARE(answer.status, 413);
    QCOMPARE(answer.errorCode(), QByteArray("file_too_large"));
    QVERIFY(timer.elapsed() < 2000); // not after a request timeout
    QCOMPARE(filesUnder(m_server->dataDir() + u"/blobs/uploads"_s), QStringList());
}

void TestBlobRoutes::rolesDecideWhoUploadsAndDownloads()
{
    const QByteArray content = "shared results";
    QCOMPARE(upload(u"team/files"_s, content).status, 201);
    ApiClient api(m_server->apiUrl(), m_server->token());
    // The administrator's own token, but read-only.
    const QString readOnly = m_server->createToken(api.get(u"/whoami"_s)[u"user"_s].toString(), true);
    QVERIFY(m_server->addMember(u"team"_s, u"vera"_s, u"viewer"_s));
    const QString viewer = m_server->createToken(u"vera"_s);
    const QString outsider = m_server->createToken(u"olaf"_s);
    QVERIFY(!readOnly.isEmpty() && !viewer.isEmpty() && !outsider.isEmpty());
    const QByteArray other = "new content";

    RawResponse answer = upload(u"team/files"_s, other, readOnly);
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.errorCode(), QByteArray("forbidden"));
    answer = upload(u"team/files"_s, other, viewer);
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.errorCode(), QByteArray("forbidden"));
    answer = upload(u"team/files"_s, other, outsider);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QByteArray("unknown_project"));
    QCOMPARE(storedBlobs(), QStringList{QString::fromLatin1(sha256(content))});

    // Reading needs the viewer role only.
    QCOMPARE(request("GET", blobPath(u"team/files"_s, sha256(content)), {}, {}, viewer).body, content);
    QCOMPARE(request("GET", blobPath(u"team/files"_s, sha256(content)), {}, {}, outsider).status, 404);
    // Another project's blob is not this project's, though the store has it.
    answer = request("GET", blobPath(u"team/other"_s, sha256(content)));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QByteArray("unknown_blob"));
    QCOMPARE(request("HEAD", blobPath(u"team/other"_s, sha256(content))).status, 404);
}

void TestBlobRoutes::rangesAndValidators()
{
    QByteArray content;
    for (int i = 0; i < 1000; ++i)
        content.append(char('a' + i % 26));
    const QByteArray hash = sha256(content);
    const QByteArray tag = '"' + hash + '"';
    QCOMPARE(upload(u"team/files"_s, content).status, 201);
    const QString path = blobPath(u"team/files"_s, hash);

    RawResponse answer = request("GET", path, {}, "Range: bytes=10-19\r\n");
    QCOMPARE(answer.status, 206);
    QCOMPARE(answer.header("content-range"), QByteArray("bytes 10-19/1000"));
    QCOMPARE(answer.body, content.mid(10, 10));
    answer = request("GET", path, {}, "Range: bytes=990-\r\n");
    QCOMPARE(answer.status, 206);
    QCOMPARE(answer.body, content.mid(990));
    answer = request("GET", path, {}, "Range: bytes=-5\r\n");
    QCOMPARE(answer.status, 206);
    QCOMPARE(answer.header("content-range"), QByteArray("bytes 995-999/1000"));
    QCOMPARE(answer.body, content.right(5));
    answer = request("GET", path, {}, "Range: bytes=1000-\r\n");
    QCOMPARE(answer.status, 416);
    QCOMPARE(answer.errorCode(), QByteArray("range_not_satisfiable"));
    QCOMPARE(answer.header("content-range"), QByteArray("bytes */1000"));
    // If-Range: a range of this content only; of another, the whole blob.
    answer = request("GET", path, {}, "Range: bytes=0-9\r\nIf-Range: \"" + sha256("older") + "\"\r\n");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, content);
    answer = request("GET", path, {}, "Range: bytes=0-9\r\nIf-Range: " + tag + "\r\n");
    QCOMPARE(answer.status, 206);
    QCOMPARE(answer.body, content.left(10));
    // A client that has it already.
    answer = request("GET", path, {}, "If-None-Match: " + tag + "\r\n");
    QCOMPARE(answer.status, 304);
    QCOMPARE(answer.header("etag"), tag);
    QVERIFY(answer.body.isEmpty());
    answer = request("GET", path, {}, "If-None-Match: \"" + sha256("another") + "\"\r\n");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, content);
}

void TestBlobRoutes::resumedDownloadOfALargeFileIsWhole()
{
    QByteArray content(qsizetype(64) * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(18);
    generator.fillRange(reinterpret_cast<quint32 *>(content.data()), content.size() / 4);
    const QByteArray hash = sha256(content);
    QCOMPARE(upload(u"team/files"_s, content).status, 201);
    const QString path = blobPath(u"team/files"_s, hash);
    // The first part, then the download breaks off; the rest resumed from where it stopped.
    const qint64 half = 23'456'789;
    const RawResponse first = request("GET", path, {}, "Range: bytes=0-" + QByteArray::number(half - 1) + "\r\n");
    QCOMPARE(first.status, 206);
    const RawResponse rest =
        request("GET", path, {}, "Range: bytes=" + QByteArray::number(half) + "-\r\nIf-Range: \"" + hash + "\"\r\n");
    QCOMPARE(rest.status, 206);
    QCOMPARE(rest.header("content-range"), "bytes " + QByteArray::number(half) + '-' +
                                               QByteArray::number(content.size() - 1) + '/' +
                                               QByteArray::number(content.size()));
    QVERIFY(first.body + rest.body == content);
}

void TestBlobRoutes::connectionIsKeptAliveAfterAnUpload()
{
    const QByteArray content(2'000'000, 'k');
    const QByteArray hash = sha256(content);
    RawConnection client;
    QVERIFY(client.connectTo(m_server->port()));
    QVERIFY(client.send(putHead(u"team/files"_s, hash, content.size()) + "\r\n" + content));
    QCOMPARE(client.readResponse(30000).status, 201);
    // The same connection, a download and a second upload.
    QVERIFY(client.send("GET " + blobPath(u"team/files"_s, hash).toUtf8() +
                        " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + m_server->token().toUtf8() +
                        "\r\n\r\n"));
    const RawResponse get = client.readResponse(30000);
    QCOMPARE(get.status, 200);
    QVERIFY(get.body == content);
    QVERIFY(client.send(putHead(u"team/files"_s, sha256("small"), 5) + "\r\n" + "small"));
    QCOMPARE(client.readResponse().status, 201);
}

void TestBlobRoutes::missingNamesTheHashesTheProjectLacks()
{
    QCOMPARE(upload(u"team/files"_s, "have").status, 201);
    const QString path = u"/api/v1/projects/team/files/blobs/missing"_s;
    const QByteArray asked = "{\"hashes\": [\"" + sha256("have") + "\", \"" + sha256("lack") + "\"]}";
    RawResponse answer = request("POST", path, asked, "Content-Type: application/json\r\n");
    QCOMPARE(answer.status, 200);
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(u"missing"_s).toArray(),
             QJsonArray{QString::fromLatin1(sha256("lack"))});
    // The other project lacks both; a viewer may ask.
    QVERIFY(m_server->addMember(u"team"_s, u"vera"_s, u"viewer"_s));
    answer = request("POST", u"/api/v1/projects/team/other/blobs/missing"_s, asked,
                     "Content-Type: application/json\r\n", m_server->createToken(u"vera"_s));
    QCOMPARE(answer.status, 200);
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(u"missing"_s).toArray().size(), 2);

    QJsonArray tooMany;
    for (int i = 0; i < 10'001; ++i)
        tooMany.append(QString::fromLatin1(sha256(QByteArray::number(i))));
    answer = request("POST", path, QJsonDocument(QJsonObject{{u"hashes"_s, tooMany}}).toJson(QJsonDocument::Compact),
                     "Content-Type: application/json\r\n");
    QCOMPARE(answer.status, 400);
    answer = request("POST", path, "{\"hashes\": [\"not a hash\"]}", "Content-Type: application/json\r\n");
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), QByteArray("invalid_hash"));
}

void TestBlobRoutes::fullDiskRefusesAndKeepsNothing()
{
    if (!startServer({}, u"2m"_s))
        QSKIP(qPrintable(u"A small disk (tmpfs) cannot be mounted here: %1"_s.arg(qt_error_string(errno))));
    if (QTest::currentTestFailed())
        return;
    ApiClient api(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(api, u"team/files"_s), 201);

    const QByteArray content(qsizetype(3) * 1024 * 1024, 'f'); // more than the whole disk
    RawConnection client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(putHead(u"team/files"_s, sha256(content), content.size()) + "\r\n" + content); // may be cut off
    const RawResponse answer = client.readResponse(10000);
    QCOMPARE(answer.status, 507);
    QCOMPARE(answer.errorCode(), QByteArray("insufficient_storage"));
    QCOMPARE(filesUnder(m_server->dataDir() + u"/blobs"_s), QStringList()); // nothing half-written
    // The server goes on: a file that fits is stored.
    NEREID_EXPECT_STATUS(api.get(u"/health"_s), 200);
    QCOMPARE(upload(u"team/files"_s, "fits").status, 201);
    QCOMPARE(request("GET", blobPath(u"team/files"_s, sha256("fits"))).body, QByteArray("fits"));

    // The database's side of a full disk: a batch larger than what is left is refused whole, and the run keeps
    // what it had.
    if (m_server->isPostgres())
        QSKIP("PostgreSQL keeps its files elsewhere than the data folder: only the files' side of a full disk applies");
    const ApiReply created = createRun(api, u"team/files"_s);
    NEREID_EXPECT_STATUS(created, 201);
    const QString run = created[u"id"_s].toString();
    NEREID_EXPECT_STATUS(applyOperations(api, run, {assignOp(u"params/lr"_s, u"float"_s, 0.1)}), 200);
    QJsonArray notes;
    for (int i = 0; i < 64; ++i) // 3.8 MB of text on a 2 MB disk
        notes.append(assignOp(u"notes/%1"_s.arg(i), u"string"_s, QString(60000, QLatin1Char('n'))));
    const ApiReply full = applyOperations(api, run, notes);
    NEREID_EXPECT_STATUS(full, 503);
    QCOMPARE(full.errorCode(), u"storage_unavailable"_s);
    const QJsonObject fields = runFields(api, run);
    QCOMPARE(fields.keys(), QStringList{u"params/lr"_s});
    NEREID_EXPECT_STATUS(applyOperations(api, run, {assignOp(u"params/lr"_s, u"float"_s, 0.2)}), 200);
}

void TestBlobRoutes::collectionRemovesOnlyOldUnreferencedBlobs()
{
    const QByteArray old = "uploaded long ago, never referred to";
    const QByteArray fresh = "uploaded a minute ago";
    QCOMPARE(upload(u"team/files"_s, old).status, 201);
    QCOMPARE(upload(u"team/other"_s, old).status, 201);
    QCOMPARE(upload(u"team/files"_s, fresh).status, 201);
    age({old}); // as both projects recorded it
    QCOMPARE(collect(), "removed 1 blobs, " + QByteArray::number(old.size()) + " bytes");
    QCOMPARE(storedBlobs(), QStringList{QString::fromLatin1(sha256(fresh))});
    QCOMPARE(request("HEAD", blobPath(u"team/files"_s, sha256(old))).status, 404);
    QCOMPARE(request("GET", blobPath(u"team/files"_s, sha256(fresh))).body, fresh);
    // Nothing more to remove; the blob can be uploaded again.
    QCOMPARE(collect(), QByteArray("removed 0 blobs, 0 bytes"));
    QCOMPARE(upload(u"team/files"_s, old).status, 201);
}

void TestBlobRoutes::collectionKeepsReferencedBlobs()
{
    ApiClient api(m_server->apiUrl(), m_server->token());
    const ApiReply created = createRun(api, u"team/files"_s);
    NEREID_EXPECT_STATUS(created, 201);
    const QString run = created[u"id"_s].toString();
    const QByteArray model = "weights", listed = "train.csv", image = "epoch-0.png", dropped = "no longer used";
    for (const QByteArray &content : {model, listed, image, dropped})
        QCOMPARE(upload(u"team/files"_s, content).status, 201);
    const auto file = [](const QByteArray &content) {
        return QJsonObject{{u"hash"_s, QString::fromLatin1(sha256(content))},
                           {u"size"_s, content.size()},
                           {u"name"_s, QString::fromLatin1(content)},
                           {u"extension"_s, QString()},
                           {u"mime"_s, u"application/octet-stream"_s}};
    };
    QJsonObject entry{{u"path"_s, u"data/train.csv"_s},
                      {u"hash"_s, QString::fromLatin1(sha256(listed))},
                      {u"size"_s, listed.size()},
                      {u"mime"_s, u"text/csv"_s}};
    NEREID_EXPECT_STATUS(
        applyOperations(api, run,
                        {assignOp(u"model"_s, u"file"_s, file(model)), assignOp(u"dropped"_s, u"file"_s, file(dropped)),
                         QJsonObject{{u"op"_s, u"assign"_s},
                                     {u"path"_s, u"data"_s},
                                     {u"type"_s, u"fileSet"_s},
                                     {u"files"_s, QJsonArray{entry}}},
                         appendOp(u"predictions"_s, u"fileSeries"_s, {QJsonArray{0, file(image), 1763805600.0}})}),
        200);
    NEREID_EXPECT_STATUS(applyOperations(api, run, {deleteOp(u"dropped"_s)}), 200);
    age({model, listed, image, dropped});
    QCOMPARE(collect(), "removed 1 blobs, " + QByteArray::number(dropped.size()) + " bytes");
    QStringList referenced{QString::fromLatin1(sha256(model)), QString::fromLatin1(sha256(listed)),
                           QString::fromLatin1(sha256(image))};
    referenced.sort();
    QCOMPARE(storedBlobs(), referenced);
    // The files fields name are still served; the one no field names any more is gone.
    QCOMPARE(request("GET", blobPath(u"team/files"_s, sha256(model))).body, model);
    QCOMPARE(request("HEAD", blobPath(u"team/files"_s, sha256(dropped))).status, 404);
}

void TestBlobRoutes::runningServerCollectsByItself()
{
    // The server logs each pass of its collection under this rule: the test counts passes, it does not guess.
    qputenv("QT_LOGGING_RULES", "nereid.server.collection.debug=true");
    startServer({u"--gc-interval"_s, u"0.5"_s});
    qunsetenv("QT_LOGGING_RULES");
    if (QTest::currentTestFailed())
        return;
    ApiClient api(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(api, u"team/files"_s), 201);
    const QByteArray old = "forgotten", fresh = "just sent";
    QCOMPARE(upload(u"team/files"_s, old).status, 201);
    QCOMPARE(upload(u"team/files"_s, fresh).status, 201);
    const auto passes = [this] { return m_server->errors().count(u"collection pass"_s); };
    const qsizetype before = passes();
    QTRY_VERIFY_WITH_TIMEOUT(passes() >= before + 2, 10000); // a whole pass after both uploads, and keeps both:
    QCOMPARE(storedBlobs().size(), 2);                       // they are fresh
    age({old});
    QTRY_COMPARE(storedBlobs(), QStringList{QString::fromLatin1(sha256(fresh))});
    QCOMPARE(request("HEAD", blobPath(u"team/files"_s, sha256(old))).status, 404);
    QCOMPARE(upload(u"team/files"_s, old).status, 201); // and it can come again
}

void TestBlobRoutes::age(const QList<QByteArray> &contents)
{
    if (PostgresDatabase *postgres = m_server->postgres()) {
        for (const QByteArray &content : contents) {
            bool ok = false;
            const QByteArray aged =
                postgres->sql(u"UPDATE project_blobs SET uploaded = uploaded - 7200000"
                              " WHERE hash = '%1' RETURNING hash"_s.arg(QLatin1String(sha256(content))),
                              &ok);
            QVERIFY2(ok, qPrintable(postgres->problem()));
            QVERIFY(!aged.trimmed().isEmpty());
        }
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"aging"_s);
    db.setDatabaseName(m_server->dataDir() + u"/nereid.sqlite"_s);
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.prepare(u"UPDATE project_blobs SET uploaded = uploaded - 7200000 WHERE hash = ?"_s));
        for (const QByteArray &content : contents) {
            query.addBindValue(QString::fromLatin1(sha256(content)));
            QVERIFY(query.exec());
            QVERIFY(query.numRowsAffected() > 0);
        }
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"aging"_s);
}

// Runs `nereid-server gc` beside the running server; what it printed.
QByteArray TestBlobRoutes::collect()
{
    const TestServer::CliResult gc = m_server->cli({u"gc"_s});
    if (gc.exitCode != 0)
        qWarning() << "gc failed:" << gc.err;
    return gc.out.trimmed();
}

QTEST_GUILESS_MAIN(TestBlobRoutes)
#include "test_blobroutes.moc"
