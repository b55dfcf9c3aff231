#include "apiclient.h"
#include "helpers.h"
#include "misbehavingserver.h"
#include "sync/apiconnection.h"
#include "sync/blobfetcher.h"
#include "testserver.h"

#include <QtTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Project = QStringLiteral("team/p");

// Bytes no two calls share, so each is a blob of its own.
QByteArray contents(int size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(seed + i * 7 + i / 251);
    return bytes;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The blob cache against the real server: a file fetched on demand is verified and kept, a cut download resumed with
// Range, a damaged one never used, the folder held under its limit least recently used first, and a server that is
// down or answers garbage a clear failure.
class TestBlobFetcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fetchesVerifiesAndKeeps();
    void resumesACutDownload();
    void damagedPartIsNeverUsed();
    void wholeOrOverlongPartIsSettled();
    void evictsLeastRecentlyUsed();
    void unknownBlobFails();
    void serverDownFails();
    void truncatedAnswerKeepsNothingUsable();
    void garbageAnswerFails();

private:
    // Fetches and waits: the path, or empty with m_error set.
    QString fetch(BlobFetcher &fetcher, const QString &hash, qint64 size = -1);
    QString upload(const QByteArray &bytes);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ApiConnection> m_connection;
    std::unique_ptr<BlobFetcher> m_fetcher;
    QString m_error;
};

void TestBlobFetcher::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("CLS")), 201);
    m_dir = std::make_unique<QTemporaryDir>();
    m_connection = std::make_unique<ApiConnection>(ServerProfile{m_server->baseUrl(), {}, m_server->token()});
    m_connection->setTimeout(3000);
    const QString blobs = BlobFolder::blobsBeside(m_dir->filePath(QStringLiteral("c.sqlite")));
    m_fetcher = std::make_unique<BlobFetcher>(*m_connection, BlobFolder(blobs));
    m_error.clear();
}

void TestBlobFetcher::cleanup()
{
    m_fetcher.reset();
    m_connection.reset();
    m_server.reset();
}

QString TestBlobFetcher::upload(const QByteArray &bytes)
{
    const ApiReply reply = uploadBlob(*m_api, Project, bytes);
    if (reply.status != 201 && reply.status != 200)
        qWarning() << "upload:" << reply.describe();
    return sha256Hex(bytes);
}

QString TestBlobFetcher::fetch(BlobFetcher &fetcher, const QString &hash, qint64 size)
{
    QSignalSpy ready(&fetcher, &BlobSource::ready);
    QSignalSpy failed(&fetcher, &BlobSource::failed);
    fetcher.fetch(Project, hash, size);
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 10000)) {
        m_error = QStringLiteral("no answer");
        return {};
    }
    if (!failed.isEmpty()) {
        m_error = failed.first().at(1).toString();
        return {};
    }
    return ready.first().at(1).toString();
}

void TestBlobFetcher::fetchesVerifiesAndKeeps()
{
    const QByteArray bytes = contents(300000, 1);
    const QString hash = upload(bytes);
    QVERIFY(m_fetcher->cachedPath(hash).isEmpty()); // nothing comes unless asked

    const QString path = fetch(*m_fetcher, hash, bytes.size());
    QVERIFY2(!path.isEmpty(), qPrintable(m_error));
    QCOMPARE(readFile(path), bytes);
    QVERIFY(!QFile::exists(m_fetcher->folder().partPath(hash)));
    QCOMPARE(m_fetcher->cachedPath(hash), path);

    // Asked again, it comes from the cache without a request.
    const int requests = m_connection->requestCount();
    QCOMPARE(fetch(*m_fetcher, hash), path);
    QCOMPARE(m_connection->requestCount(), requests);
}

void TestBlobFetcher::resumesACutDownload()
{
    const QByteArray bytes = contents(200000, 2);
    const QString hash = upload(bytes);
    // A download cut half way left this .part behind.
    QFile part(m_fetcher->folder().partPath(hash));
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(bytes.left(100000));
    part.close();

    const QString path = fetch(*m_fetcher, hash, bytes.size());
    QVERIFY2(!path.isEmpty(), qPrintable(m_error));
    QCOMPARE(readFile(path), bytes);
    QVERIFY(!part.exists());
}

void TestBlobFetcher::damagedPartIsNeverUsed()
{
    // A .part whose bytes are not the blob's: resuming after it gives a file with the wrong SHA-256, which must be
    // thrown away (this also shows the download asked for the rest only: a whole answer would have replaced it).
    const QByteArray bytes = contents(200000, 3);
    const QString hash = upload(bytes);
    QFile part(m_fetcher->folder().partPath(hash));
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(QByteArray(100000, 'x'));
    part.close();

    QVERIFY(fetch(*m_fetcher, hash, bytes.size()).isEmpty());
    QVERIFY2(m_error.contains(QStringLiteral("damaged")), qPrintable(m_error));
    QVERIFY(m_fetcher->cachedPath(hash).isEmpty());
    QVERIFY(!part.exists());

    // The next try starts afresh and gets the right file.
    const QString path = fetch(*m_fetcher, hash, bytes.size());
    QVERIFY2(!path.isEmpty(), qPrintable(m_error));
    QCOMPARE(readFile(path), bytes);
}

void TestBlobFetcher::wholeOrOverlongPartIsSettled()
{
    // Cut after its last byte but before the check: the server has nothing more (416), the check accepts it.
    const QByteArray bytes = contents(50000, 8);
    const QString hash = upload(bytes);
    QFile part(m_fetcher->folder().partPath(hash));
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(bytes);
    part.close();
    const int requests = m_connection->requestCount();
    QString path = fetch(*m_fetcher, hash, bytes.size());
    QVERIFY2(!path.isEmpty(), qPrintable(m_error));
    QCOMPARE(readFile(path), bytes);
    QCOMPARE(m_connection->requestCount(), requests + 1);

    // Longer than the blob: not a piece of it; thrown away and fetched whole.
    const QByteArray other = contents(40000, 9);
    const QString otherHash = upload(other);
    QFile longPart(m_fetcher->folder().partPath(otherHash));
    QVERIFY(longPart.open(QIODevice::WriteOnly));
    longPart.write(QByteArray(60000, 'y'));
    longPart.close();
    path = fetch(*m_fetcher, otherHash, other.size());
    QVERIFY2(!path.isEmpty(), qPrintable(m_error));
    QCOMPARE(readFile(path), other);
}

void TestBlobFetcher::evictsLeastRecentlyUsed()
{
    m_fetcher->setLimit(25000); // two of the 10,000-byte blobs fit, not three
    const QString a = upload(contents(10000, 4));
    const QString b = upload(contents(10000, 5));
    const QString c = upload(contents(10000, 6));
    QVERIFY2(!fetch(*m_fetcher, a).isEmpty(), qPrintable(m_error));
    QTest::qWait(20); // file times must differ for the order to be seen
    QVERIFY2(!fetch(*m_fetcher, b).isEmpty(), qPrintable(m_error));
    QTest::qWait(20);
    QVERIFY(!m_fetcher->cachedPath(a).isEmpty()); // a is used again: b is now the oldest
    QTest::qWait(20);
    QVERIFY2(!fetch(*m_fetcher, c).isEmpty(), qPrintable(m_error));

    QVERIFY(!m_fetcher->folder().contains(b));
    QVERIFY(m_fetcher->folder().contains(a));
    QVERIFY(m_fetcher->folder().contains(c));
    QVERIFY(m_fetcher->folder().totalSize() <= 25000);

    // A lower limit (Preferences) holds at once: only the most recently used one fits.
    m_fetcher->setLimit(15000);
    QVERIFY(!m_fetcher->folder().contains(a));
    QVERIFY(m_fetcher->folder().contains(c));

    // A part being written is kept; one an interrupted download left a day ago goes like any old file.
    const auto leavePart = [&](const QString &hash, const QDateTime &when) {
        QFile part(m_fetcher->folder().partPath(hash));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(QByteArray(8000, 'p'));
        part.flush(); // before the time is set: a write when the file closes would set it to now
        QVERIFY(part.setFileTime(when, QFileDevice::FileModificationTime));
    };
    leavePart(a, QDateTime::currentDateTimeUtc().addDays(-1));
    leavePart(b, QDateTime::currentDateTimeUtc());
    m_fetcher->setLimit(20000);
    QVERIFY(!QFile::exists(m_fetcher->folder().partPath(a)));
    QVERIFY(QFile::exists(m_fetcher->folder().partPath(b)));
    QVERIFY(m_fetcher->folder().contains(c));
}

void TestBlobFetcher::unknownBlobFails()
{
    const QString hash = sha256Hex("never uploaded");
    QVERIFY(fetch(*m_fetcher, hash).isEmpty());
    QVERIFY2(!m_error.isEmpty(), "a failure says why");
    QVERIFY(!m_fetcher->folder().contains(hash));
    QVERIFY(!QFile::exists(m_fetcher->folder().partPath(hash)) ||
            QFileInfo(m_fetcher->folder().partPath(hash)).size() == 0);
}

void TestBlobFetcher::serverDownFails()
{
    const QByteArray bytes = contents(5000, 7);
    const QString hash = upload(bytes);
    m_server->stop();
    QVERIFY(fetch(*m_fetcher, hash).isEmpty());
    QVERIFY2(m_error.contains(QStringLiteral("server"), Qt::CaseInsensitive) ||
                 m_error.contains(QStringLiteral("connect"), Qt::CaseInsensitive),
             qPrintable(m_error));
    QVERIFY(m_fetcher->cachedPath(hash).isEmpty());

    // Back up, the same fetch works.
    QVERIFY(m_server->restart());
    m_connection = std::make_unique<ApiConnection>(ServerProfile{m_server->baseUrl(), {}, m_server->token()});
    BlobFetcher again(*m_connection, m_fetcher->folder());
    const QString path = fetch(again, hash, bytes.size());
    QVERIFY2(!path.isEmpty(), qPrintable(m_error));
    QCOMPARE(readFile(path), bytes);
}

void TestBlobFetcher::truncatedAnswerKeepsNothingUsable()
{
    MisbehavingServer bad(MisbehavingServer::Mode::Truncated);
    QVERIFY(bad.start());
    ApiConnection connection(ServerProfile{bad.url(), {}, QStringLiteral("t")});
    connection.setTimeout(3000);
    BlobFetcher fetcher(connection, m_fetcher->folder());
    const QString hash = sha256Hex("a blob");
    QVERIFY(fetch(fetcher, hash).isEmpty());
    QVERIFY(!m_error.isEmpty());
    QVERIFY(fetcher.cachedPath(hash).isEmpty());
}

void TestBlobFetcher::garbageAnswerFails()
{
    MisbehavingServer bad(MisbehavingServer::Mode::Garbage);
    QVERIFY(bad.start());
    ApiConnection connection(ServerProfile{bad.url(), {}, QStringLiteral("t")});
    BlobFetcher fetcher(connection, m_fetcher->folder());
    const QString hash = sha256Hex("another blob");
    QVERIFY(fetch(fetcher, hash).isEmpty());
    QVERIFY2(m_error.contains(QStringLiteral("damaged")), qPrintable(m_error));
    QVERIFY(fetcher.cachedPath(hash).isEmpty());
    QVERIFY(!QFile::exists(fetcher.folder().partPath(hash)));
}

QTEST_GUILESS_MAIN(TestBlobFetcher)
#include "test_blobfetcher.moc"
