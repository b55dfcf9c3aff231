#include "apiclient.h"
#include "helpers.h"
#include "localserver.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

// The private nereid-server the app starts when no server is given (issue 20): found, started on a free loopback
// port, its token read, and stopped with SIGTERM when the app quits, so SQLite folds its WAL back and the runs
// written are there on the next start. The test finds the server on the PATH, as an installed app would.
class TestLocalServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void servesWithItsTokenAndStopsCleanlyOnQuit();
    void missingProgramIsSaidInWords();
    void serverThatCannotStartIsSaidInWords();
    void missingTokenIsSaidInWords();

private:
    QString dataDir() const { return m_home->filePath(u"server"_s); }

    std::unique_ptr<QTemporaryDir> m_home; // a fresh one for each test
    QByteArray m_path;
};

void TestLocalServer::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_path = qgetenv("PATH");
    qputenv("PATH", QFileInfo(TestServer::serverPath()).absolutePath().toUtf8() + ':' + m_path);
}

void TestLocalServer::cleanup()
{
    qputenv("PATH", m_path);
}

void TestLocalServer::servesWithItsTokenAndStopsCleanlyOnQuit()
{
    QCOMPARE(LocalServer::findProgram(), QFileInfo(TestServer::serverPath()).canonicalFilePath());
    auto local = std::make_unique<LocalServer>();
    QVERIFY2(local->start(dataDir()), qPrintable(local->errorString()));
    const QUrl url = local->url();
    QCOMPARE(url.scheme(), u"http"_s);
    QCOMPARE(url.host(), u"127.0.0.1"_s); // loopback only: the private server is nobody else's
    QVERIFY(url.port() > 0);
    const QString token = local->token();
    QVERIFY2(token.startsWith(u"nrd_"_s), qPrintable(local->errorString()));
    const QFile::Permissions others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile::permissions(dataDir() + u"/token"_s) & others, QFile::Permissions()); // the owner's alone

    ApiClient api(QUrl(url.toString() + u"/api/v1"_s), token);
    NEREID_EXPECT_STATUS(api.get(u"/whoami"_s), 200);
    NEREID_EXPECT_STATUS(createProject(api, u"local/kept"_s, u"KEPT"_s), 201);
    NEREID_EXPECT_STATUS(createRun(api, u"local/kept"_s), 201);
    NEREID_EXPECT_STATUS(applyOperations(api, u"KEPT-1"_s, {assignOp(u"params/lr"_s, u"float"_s, 0.25)}), 200);
    QVERIFY(QFileInfo(dataDir() + u"/nereid.sqlite-wal"_s).size() > 0); // the write is in the WAL yet

    // The app quits: SIGTERM, and the server ends by itself well within the 5 s before a SIGKILL. A clean end
    // leaves no WAL behind (SQLite checkpoints and removes it on the last close); a SIGKILL would.
    QElapsedTimer quitting;
    quitting.start();
    local.reset();
    QVERIFY2(quitting.elapsed() < 4000, QByteArray::number(quitting.elapsed()).constData());
    QVERIFY2(!QFileInfo::exists(dataDir() + u"/nereid.sqlite-wal"_s), "the server did not close its database");
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
    QVERIFY2(!probe.waitForConnected(1000), "the server still listens after the app quit");

    // The next start of the app finds the same token and the run written before.
    LocalServer again;
    QVERIFY2(again.start(dataDir()), qPrintable(again.errorString()));
    QCOMPARE(again.token(), token);
    api.setBaseUrl(QUrl(again.url().toString() + u"/api/v1"_s));
    QCOMPARE(runFields(api, u"KEPT-1"_s)[u"params/lr"_s].toObject()[u"value"_s].toDouble(), 0.25);
}

void TestLocalServer::missingProgramIsSaidInWords()
{
    QTemporaryDir empty;
    qputenv("PATH", empty.path().toUtf8());
    LocalServer local;
    QVERIFY(!local.start(dataDir()));
    QCOMPARE(local.errorString(), u"nereid-server was found neither next to nereid nor on the PATH."_s);
    QVERIFY(!QFileInfo::exists(dataDir()));
}

void TestLocalServer::serverThatCannotStartIsSaidInWords()
{
    // The data folder's place is taken by a file: the server cannot make its database there.
    QFile blocker(dataDir());
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    LocalServer local;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!local.start(dataDir()));
    QVERIFY2(clock.elapsed() < 10000, "start waited for an address from a server that had ended");
    // The user learns why from the message, not only from the server's log.
    QVERIFY2(local.errorString().contains(u"cannot open the database"_s), qPrintable(local.errorString()));
    QVERIFY2(local.errorString().contains(dataDir()), qPrintable(local.errorString()));
}

void TestLocalServer::missingTokenIsSaidInWords()
{
    LocalServer local;
    QVERIFY2(local.start(dataDir()), qPrintable(local.errorString()));
    QVERIFY(QFile::remove(dataDir() + u"/token"_s));
    QCOMPARE(local.token(), QString());
    QVERIFY2(local.errorString().startsWith(u"Cannot read the local server's token in %1/token: "_s.arg(dataDir())),
             qPrintable(local.errorString()));
}

QTEST_GUILESS_MAIN(TestLocalServer)
#include "test_localserver.moc"
