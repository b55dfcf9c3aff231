#include "apiclient.h"
#include "helpers.h"
#include "testserver.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>

using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {
struct Outcome
{
    bool finished = false; // false: still running after the wait (then killed)
    int exitCode = -1;
    QString err;
};

// nereid-server run as an operator would, given a few seconds: a command line it refuses ends at once.
Outcome runServer(const QStringList &args)
{
    QProcess process;
    process.start(TestServer::serverPath(), args);
    Outcome outcome;
    outcome.finished = process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit;
    if (!outcome.finished) {
        process.kill();
        process.waitForFinished();
    }
    outcome.exitCode = process.exitCode();
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}
} // namespace

// The command line's mistakes (issue 20): each ends the server with a non-zero status and a message that names
// the mistake, and leaves no data folder or database behind, nor changes one that is there.
class TestServerCli : public QObject
{
    Q_OBJECT

private slots:
    void badListenIsRefused_data();
    void badListenIsRefused();
    void addressInUseIsRefused();
    void badSqliteCacheIsRefused_data();
    void badSqliteCacheIsRefused();
    void smallSqliteCacheServes();
    void revokingAnUnknownTokenChangesNothing();
    void tokenCommandWithoutTokenIsRefused();
};

void TestServerCli::badListenIsRefused_data()
{
    QTest::addColumn<QString>("listen");
    QTest::newRow("garbage") << u"garbage"_s;
    QTest::newRow("no port") << u"127.0.0.1"_s;
    QTest::newRow("empty port") << u"127.0.0.1:"_s;
    QTest::newRow("port out of range") << u"127.0.0.1:65536"_s;
    QTest::newRow("negative port") << u"127.0.0.1:-1"_s;
    QTest::newRow("port not a number") << u"127.0.0.1:http"_s;
    QTest::newRow("no host") << u":8765"_s;
    QTest::newRow("host name") << u"localhost:8765"_s;
    QTest::newRow("bad address") << u"999.1.1.1:8765"_s;
}

void TestServerCli::badListenIsRefused()
{
    QFETCH(QString, listen);
    QTemporaryDir parent;
    const QString data = parent.filePath(u"data"_s);
    const Outcome outcome = runServer({u"--data"_s, data, u"--listen"_s, listen});
    QVERIFY2(outcome.finished, "the server started on a --listen it should refuse");
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(u"--listen needs HOST:PORT with a numeric host address, not \"%1\""_s.arg(listen)),
             qPrintable(outcome.err));
    QVERIFY2(!QFileInfo::exists(data), "a data folder was created for a command line that was refused");
}

void TestServerCli::badSqliteCacheIsRefused_data()
{
    QTest::addColumn<QString>("mib");
    QTest::newRow("zero") << u"0"_s;
    QTest::newRow("negative") << u"-4"_s;
    QTest::newRow("not a number") << u"lots"_s;
    QTest::newRow("over 64 GiB") << u"65537"_s;
}

void TestServerCli::badSqliteCacheIsRefused()
{
    QFETCH(QString, mib);
    QTemporaryDir parent;
    const QString data = parent.filePath(u"data"_s);
    const Outcome outcome =
        runServer({u"--data"_s, data, u"--listen"_s, u"127.0.0.1:0"_s, u"--sqlite-cache-mib"_s, mib});
    QVERIFY2(outcome.finished, "the server started with a page cache it should refuse");
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(u"--sqlite-cache-mib needs a number of MiB from 1 to 65536."_s),
             qPrintable(outcome.err));
    QVERIFY2(!QFileInfo::exists(data), "a data folder was created for a command line that was refused");
}

void TestServerCli::smallSqliteCacheServes()
{
    TestServer server({u"--sqlite-cache-mib"_s, u"1"_s});
    server.useSqlite();
    QVERIFY2(server.start(), qPrintable(server.errors()));
    // A run written and read back through a cache of one MiB: the option is SQLite's cache, not a limit of data.
    ApiClient api(server.apiUrl(), server.token());
    QCOMPARE(createProject(api, u"cli/small"_s, u"SML"_s).status, 201);
    const ApiReply run = createRun(api, u"cli/small"_s);
    QCOMPARE(run.status, 201);
    const QString runId = run.json[u"id"_s].toString();
    QCOMPARE(applyOperations(api, runId, {assignOp(u"params/note"_s, u"string"_s, QString(4096, u'x'))}).status, 200);
    const ApiReply listed = api.get(projectPath(u"cli/small"_s) + u"/runs"_s);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json[u"runs"_s][0][u"fields"_s][u"params/note"_s][u"value"_s].toString().size(), 4096);
}

void TestServerCli::addressInUseIsRefused()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    const QString address = u"127.0.0.1:%1"_s.arg(taken.serverPort());
    TestServer server({u"--listen"_s, address});
    QVERIFY(!server.start());
    QVERIFY2(server.errors().contains(u"nereid-server: cannot listen on %1: "_s.arg(address)),
             qPrintable(server.errors()));
    QVERIFY2(!server.isRunning(), "the server keeps running without its address");
    // Refused before the data folder is touched: no database, token or upload folder for a server that never ran.
    const QStringList left = QDir(server.dataDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
    // The address taken is no damage: the same data folder serves once the address is free.
    taken.close();
    QVERIFY2(server.start(), qPrintable(server.errors()));
    ApiClient api(server.apiUrl(), server.token());
    QCOMPARE(api.get(u"/whoami"_s).status, 200);
}

void TestServerCli::revokingAnUnknownTokenChangesNothing()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errors()));
    const QString kept = server.createToken(u"ada"_s);
    QVERIFY2(!kept.isEmpty(), qPrintable(server.errors()));

    const TestServer::CliResult unknown = server.cli({u"token"_s, u"revoke"_s, u"nrd_no-such-token"_s});
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(unknown.err, QByteArray("nereid-server: no such token, or it was revoked already\n"));
    QVERIFY(unknown.out.isEmpty());
    // Every token there was still works, the local user's and ada's.
    for (const QString &token : {server.token(), kept}) {
        ApiClient api(server.apiUrl(), token);
        NEREID_EXPECT_STATUS(api.get(u"/whoami"_s), 200);
    }

    // Revoked once, a token is refused, and revoking it again says so.
    const TestServer::CliResult revoked = server.cli({u"token"_s, u"revoke"_s, kept});
    QCOMPARE(revoked.exitCode, 0);
    const TestServer::CliResult again = server.cli({u"token"_s, u"revoke"_s, kept});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("no such token, or it was revoked already"), again.err.constData());
    NEREID_EXPECT_STATUS(ApiClient(server.apiUrl(), kept).get(u"/whoami"_s), 401);
}

void TestServerCli::tokenCommandWithoutTokenIsRefused()
{
    QTemporaryDir parent;
    const QString data = parent.filePath(u"data"_s);
    const Outcome outcome = runServer({u"token"_s, u"revoke"_s, u"--data"_s, data});
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(u"Use 'token create --user NAME' or 'token revoke TOKEN'."_s),
             qPrintable(outcome.err));
    QVERIFY2(!QFileInfo::exists(data), "a data folder was created for a command line that was refused");
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "test_server_cli.moc"
