// The server's content-addressed blob store (issue 18): what is stored is whole and named by its SHA-256, the same
// content is kept once, and an upload that does not match what was announced, is too large or is dropped stores
// nothing and leaves no temporary file behind.
#include "apierror.h"
#include "blobstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace nereid;
using namespace Qt::StringLiterals;

class TestBlobStore : public QObject
{
    Q_OBJECT

private slots:
    void storesByHashOnce();
    void refusesWhatDoesNotMatch_data();
    void refusesWhatDoesNotMatch();
    void refusesTooLargeAndBadHashes();
    void aDroppedUploadLeavesNothing();
    void removesAndLists();

private:
    static QString sha256(const QByteArray &bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
    static void store(BlobStore &blobs, const QByteArray &bytes, qsizetype chunk = 7);
    // Files under the store's folder of uploads: none once no upload is under way.
    static QStringList uploadsLeft(const QTemporaryDir &dir)
    {
        return QDir(dir.filePath(u"blobs/uploads"_s)).entryList(QDir::Files | QDir::Hidden);
    }

    static constexpr qint64 Limit = 1 << 20;
};

void TestBlobStore::store(BlobStore &blobs, const QByteArray &bytes, qsizetype chunk)
{
    std::unique_ptr<BlobUpload> upload = blobs.begin(sha256(bytes), bytes.size(), Limit);
    for (qsizetype at = 0; at < bytes.size(); at += chunk) // in pieces, as a body arrives
        upload->write(bytes.constData() + at, std::min(chunk, bytes.size() - at));
    upload->finish();
}

void TestBlobStore::storesByHashOnce()
{
    QTemporaryDir dir;
    BlobStore blobs(dir.path());
    const QByteArray image = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(5000, 'x');
    const QString hash = sha256(image);
    QVERIFY(!blobs.contains(hash));
    store(blobs, image);
    QVERIFY(blobs.contains(hash));
    QCOMPARE(blobs.pathOf(hash), dir.filePath(u"blobs/%1/%2"_s.arg(hash.left(2), hash)));
    QFile stored(blobs.pathOf(hash));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), image);
    store(blobs, image, 4096); // the same content again: still one blob
    QCOMPARE(blobs.hashes(), QStringList{hash});
    QCOMPARE(uploadsLeft(dir), QStringList());
}

void TestBlobStore::refusesWhatDoesNotMatch_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<int>("finishAfter"); // bytes sent before finish(); -1: all
    // Announced: "model weights" (13 bytes) with its hash.
    QTest::newRow("other bytes, same length") << QByteArray("model weighTS") << -1;
    QTest::newRow("cut short") << QByteArray("model weights") << 6;
    QTest::newRow("longer than announced") << QByteArray("model weights and more") << -1;
}

void TestBlobStore::refusesWhatDoesNotMatch()
{
    QFETCH(QByteArray, sent);
    QFETCH(int, finishAfter);
    QTemporaryDir dir;
    BlobStore blobs(dir.path());
    const QByteArray announced("model weights");
    try {
        std::unique_ptr<BlobUpload> upload = blobs.begin(sha256(announced), announced.size(), Limit);
        upload->write(sent.constData(), finishAfter < 0 ? sent.size() : finishAfter);
        upload->finish();
        QFAIL("a mismatch was stored");
    } catch (const ApiError &error) {
        QCOMPARE(error.status, 400);
        QCOMPARE(error.code, u"blob_mismatch"_s);
    }
    QCOMPARE(blobs.hashes(), QStringList());
    QCOMPARE(uploadsLeft(dir), QStringList());
}

void TestBlobStore::refusesTooLargeAndBadHashes()
{
    QTemporaryDir dir;
    BlobStore blobs(dir.path());
    try {
        blobs.begin(sha256("x"), Limit + 1, Limit);
        QFAIL("a file over the limit was started");
    } catch (const ApiError &error) {
        QCOMPARE(error.status, 413);
        QCOMPARE(error.code, u"file_too_large"_s);
    }
    for (const QString &bad : {u"../../etc/passwd"_s, sha256("x").toUpper(), sha256("x").left(63)}) {
        QVERIFY(!BlobStore::isHash(bad));
        QVERIFY(!blobs.contains(bad));
        QVERIFY(!blobs.remove(bad));
        QVERIFY_THROWS_EXCEPTION(ApiError, blobs.begin(bad, 1, Limit));
    }
    QCOMPARE(uploadsLeft(dir), QStringList());
}

void TestBlobStore::aDroppedUploadLeavesNothing()
{
    QTemporaryDir dir;
    {
        BlobStore blobs(dir.path());
        std::unique_ptr<BlobUpload> upload = blobs.begin(sha256("checkpoint"), 10, Limit);
        upload->write("check", 5);
        QCOMPARE(uploadsLeft(dir).size(), 1); // under way
    }                                         // the client went away
    QCOMPARE(uploadsLeft(dir), QStringList());
    // A crash leaves its temporary file: the next start clears it.
    QFile leftOver(dir.filePath(u"blobs/uploads/%1.1.1"_s.arg(sha256("x"))));
    QVERIFY(leftOver.open(QIODevice::WriteOnly));
    leftOver.close();
    BlobStore reopened(dir.path());
    QCOMPARE(uploadsLeft(dir), QStringList());
    QCOMPARE(reopened.hashes(), QStringList());
}

void TestBlobStore::removesAndLists()
{
    QTemporaryDir dir;
    BlobStore blobs(dir.path());
    store(blobs, "a");
    store(blobs, "b");
    QStringList both{sha256("a"), sha256("b")};
    both.sort();
    QCOMPARE(blobs.hashes(), both);
    QVERIFY(blobs.remove(sha256("a")));
    QVERIFY(!blobs.contains(sha256("a")));
    QCOMPARE(blobs.hashes(), QStringList{sha256("b")});
}

QTEST_GUILESS_MAIN(TestBlobStore)
#include "test_blobstore.moc"
