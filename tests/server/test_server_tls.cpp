#include "apiclient.h"
#include "selfsignedcertificate.h"
#include "testserver.h"

#include <QProcess>
#include <QSslSocket>
#include <QTcpServer>
#include <QtTest>

using namespace nereid::test;

// nereid-server --tls-cert/--tls-key speaks HTTPS with TLS 1.2 or 1.3 and refuses older versions itself. The
// server and the probes run under an OpenSSL configuration that allows TLS 1.0 at security level 0, so the refusal
// is the server's own setting, not the distribution's default (Debian's openssl.cnf already asks for 1.2).
class TestServerTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersOverHttps();
    void acceptsModernTls_data();
    void acceptsModernTls();
    void refusesTls11();
    void refusesPlainHttp();
    void refusesAMissingKey();

private:
    // `openssl s_client` with one protocol version; its exit code is 0 when the handshake succeeded.
    int probe(const QString &version, QByteArray *output, quint16 port = 0);

    QTemporaryDir m_dir;
    std::unique_ptr<SelfSignedCertificate> m_certificate;
    std::unique_ptr<TestServer> m_server;
};

void TestServerTls::initTestCase()
{
    const QString config = m_dir.filePath(QStringLiteral("openssl.cnf"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("openssl_conf = init\n[init]\nssl_conf = ssl\n[ssl]\nsystem_default = defaults\n"
               "[defaults]\nMinProtocol = TLSv1\nCipherString = DEFAULT@SECLEVEL=0\n");
    file.close();
    qputenv("OPENSSL_CONF", QFile::encodeName(config)); // the server and the probes inherit it
    m_certificate = std::make_unique<SelfSignedCertificate>();
    QVERIFY2(m_certificate->isValid(), qPrintable(m_certificate->error()));
    m_server = std::make_unique<TestServer>(m_certificate->serverArgs());
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    QCOMPARE(m_server->baseUrl().scheme(), QStringLiteral("https"));
}

int TestServerTls::probe(const QString &version, QByteArray *output, quint16 port)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("s_client"), QStringLiteral("-connect"),
                                              QStringLiteral("127.0.0.1:%1").arg(port ? port : m_server->port()),
                                              version, QStringLiteral("-CAfile"), m_certificate->certificatePath()});
    openssl.closeWriteChannel(); // s_client ends once its input does
    if (!openssl.waitForFinished(20000))
        return -1;
    *output = openssl.readAllStandardOutput() + openssl.readAllStandardError();
    return openssl.exitCode();
}

void TestServerTls::answersOverHttps()
{
    ApiClient api(m_server->apiUrl(), m_server->token());
    api.trustCertificate(m_certificate->certificate());
    const ApiReply health = api.get(QStringLiteral("/health"));
    NEREID_EXPECT_STATUS(health, 200);
    QCOMPARE(health[QStringLiteral("status")].toString(), QStringLiteral("ok"));
    NEREID_EXPECT_STATUS(api.post(QStringLiteral("/projects"), {{QStringLiteral("name"), QStringLiteral("team/p")}}),
                         201);
}

void TestServerTls::acceptsModernTls_data()
{
    QTest::addColumn<QSsl::SslProtocol>("protocol");
    QTest::addColumn<QString>("flag");
    QTest::newRow("TLS 1.2") << QSsl::TlsV1_2 << QStringLiteral("-tls1_2");
    QTest::newRow("TLS 1.3") << QSsl::TlsV1_3 << QStringLiteral("-tls1_3");
}

void TestServerTls::acceptsModernTls()
{
    QFETCH(QSsl::SslProtocol, protocol);
    QFETCH(QString, flag);
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(protocol);
    tls.setCaCertificates({m_certificate->certificate()});
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
    QCOMPARE(socket.sessionProtocol(), protocol);
    socket.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    QByteArray output;
    QCOMPARE(probe(flag, &output), 0);
}

void TestServerTls::refusesTls11()
{
    // The probe itself can speak TLS 1.1 here: against OpenSSL's own server with the same certificate, it succeeds.
    QTcpServer free;
    QVERIFY(free.listen(QHostAddress::LocalHost));
    const quint16 port = free.serverPort();
    free.close();
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port),
                   QStringLiteral("-cert"), m_certificate->certificatePath(), QStringLiteral("-key"),
                   m_certificate->keyPath(), QStringLiteral("-www")});
    QVERIFY(openssl.waitForReadyRead(10000)); // "ACCEPT" once it listens
    QByteArray output;
    const int control = probe(QStringLiteral("-tls1_1"), &output, port);
    openssl.kill();
    openssl.waitForFinished();
    QVERIFY2(control == 0, output.constData());

    QVERIFY2(probe(QStringLiteral("-tls1_1"), &output) != 0, output.constData());
    QVERIFY2(output.contains("protocol version"), output.constData());
    // The server is still there for others.
    QCOMPARE(probe(QStringLiteral("-tls1_2"), &output), 0);
}

void TestServerTls::refusesPlainHttp()
{
    ApiClient plain(QUrl(m_server->apiUrl().toString().replace(QStringLiteral("https:"), QStringLiteral("http:"))));
    plain.setTimeout(10000);
    const ApiReply reply = plain.get(QStringLiteral("/health"));
    QVERIFY2(reply.status != 200, reply.describe().constData());
}

void TestServerTls::refusesAMissingKey()
{
    TestServer server({QStringLiteral("--tls-cert"), m_certificate->certificatePath(), QStringLiteral("--tls-key"),
                       m_dir.filePath(QStringLiteral("missing.pem"))});
    QVERIFY(!server.start());
}

QTEST_GUILESS_MAIN(TestServerTls)
#include "test_server_tls.moc"
