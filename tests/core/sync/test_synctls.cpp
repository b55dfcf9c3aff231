#include "apiclient.h"
#include "helpers.h"
#include "selfsignedcertificate.h"
#include "sync/certificatepin.h"
#include "sync/syncengine.h"
#include "testserver.h"

#include <QtTest>

using namespace nereid;
using namespace nereid::test;

namespace {
const QString Project = QStringLiteral("team/p");
const QString Run = QStringLiteral("CLS-1");
} // namespace

// The sync engine and a real nereid-server with TLS (--tls-cert/--tls-key) and a self-signed certificate, which no
// system trusts: refused until the profile pins its fingerprint, synced once it does, and refused again, as a
// possible attack, when another certificate answers on the same address.
class TestSyncTls : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusesAnUntrustedCertificateAndSaysItsFingerprint();
    void syncsOnceTheProfilePinsTheCertificate();
    void pinnedCertificateIsTrustedForItsProfileOnly();
    void refusesAnotherCertificateOnTheSameAddress();
    void certificateTheSystemTrustsNeedsNoPin();

private:
    std::unique_ptr<SyncEngine> newEngine(const QByteArray &pin = {}, const QString &folder = {});
    static QByteArray fingerprint(const SelfSignedCertificate &certificate)
    {
        return certificate.certificate().digest(QCryptographicHash::Sha256);
    }

    std::unique_ptr<SelfSignedCertificate> m_certificate;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSyncTls::init()
{
    m_certificate = std::make_unique<SelfSignedCertificate>();
    QVERIFY2(m_certificate->isValid(), qPrintable(m_certificate->error()));
    m_server = std::make_unique<TestServer>(m_certificate->serverArgs());
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    QCOMPARE(m_server->baseUrl().scheme(), QStringLiteral("https"));
    ApiClient api(m_server->apiUrl(), m_server->token());
    api.trustCertificate(m_certificate->certificate()); // as a script given the certificate as its CA would
    NEREID_EXPECT_STATUS(createProject(api, Project, QStringLiteral("CLS")), 201);
    NEREID_EXPECT_STATUS(createRun(api, Project), 201);
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestSyncTls::cleanup()
{
    m_server.reset();
    m_certificate.reset();
}

std::unique_ptr<SyncEngine> TestSyncTls::newEngine(const QByteArray &pin, const QString &folder)
{
    ServerProfile profile{m_server->baseUrl(), QStringLiteral("alice"), m_server->token()};
    profile.pinnedCertificate = pin;
    auto engine = std::make_unique<SyncEngine>(profile);
    engine->setPollInterval(100);
    if (!engine->open(m_dir->filePath(folder.isEmpty() ? QStringLiteral("cache") : folder)))
        return nullptr;
    return engine;
}

void TestSyncTls::refusesAnUntrustedCertificateAndSaysItsFingerprint()
{
    auto engine = newEngine();
    QVERIFY(engine);
    QSignalSpy refused(&engine->connection(), &ApiConnection::certificateRefused);
    engine->follow(Project);
    QTRY_COMPARE(engine->status(Project).state, SyncStatus::State::Failed);
    QCOMPARE(engine->status(Project).error, SyncError::Kind::UntrustedCertificate);
    // The user is told which certificate, as the fingerprint people compare: "3A:F0:…".
    const QString shown = SyncError::fingerprintText(fingerprint(*m_certificate));
    QCOMPARE(shown.size(), 32 * 3 - 1);
    QVERIFY2(engine->status(Project).message.contains(shown), qPrintable(engine->status(Project).message));
    QVERIFY(!refused.isEmpty());
    const auto error = refused.first().first().value<SyncError>();
    QCOMPARE(error.kind, SyncError::Kind::UntrustedCertificate);
    QCOMPARE(error.certificate, m_certificate->certificate());
    QVERIFY(engine->cache().runs(Project).isEmpty());
}

void TestSyncTls::syncsOnceTheProfilePinsTheCertificate()
{
    // A run known from an earlier session, and an edit of it made while the certificate is not trusted.
    {
        auto reader = newEngine(fingerprint(*m_certificate), QStringLiteral("reader"));
        QVERIFY(reader);
        reader->follow(Project);
        QTRY_COMPARE(reader->status(Project).state, SyncStatus::State::UpToDate);
        auto engine = newEngine();
        QVERIFY(engine->cache().applyPage(Project, reader->cache().runs(Project), {1, 1}));
    }
    auto engine = newEngine();
    QSignalSpy failed(&engine->pusher(), &EditPusher::failed);
    QVERIFY(engine->editor().edit(Run, RunEdit::Kind::SetName, QStringLiteral("named while refused")));
    engine->follow(Project);
    QTRY_COMPARE(engine->status(Project).error, SyncError::Kind::UntrustedCertificate);
    QTRY_VERIFY(!failed.isEmpty());
    QCOMPARE(failed.first().first().value<SyncError>().kind, SyncError::Kind::UntrustedCertificate);
    QCOMPARE(engine->editor().outbox().size(), 1); // refused, not dropped

    // The user trusts it: the profile pins its fingerprint, and the pull and the waiting edit go through.
    engine->connection().pinCertificate(CertificatePin::fingerprintOf(m_certificate->certificate()));
    engine->syncNow(Project);
    QTRY_COMPARE(engine->status(Project).state, SyncStatus::State::UpToDate);
    QTRY_VERIFY(engine->editor().outbox().isEmpty());
    ApiClient api(m_server->apiUrl(), m_server->token());
    api.trustCertificate(m_certificate->certificate());
    QCOMPARE(api.get(runPath(Run))[QStringLiteral("sys")][QStringLiteral("name")].toString(),
             QStringLiteral("named while refused"));

    // A later session of the profile starts with the pin and syncs from the start.
    auto later = newEngine(fingerprint(*m_certificate), QStringLiteral("later"));
    later->follow(Project);
    QTRY_COMPARE(later->status(Project).state, SyncStatus::State::UpToDate);
    QCOMPARE(later->cache().runs(Project).size(), 1);
}

void TestSyncTls::pinnedCertificateIsTrustedForItsProfileOnly()
{
    auto pinned = newEngine(fingerprint(*m_certificate), QStringLiteral("pinned"));
    pinned->follow(Project);
    QTRY_COMPARE(pinned->status(Project).state, SyncStatus::State::UpToDate);
    // Another profile of the same app, on the same server, while the first is connected: still refused.
    auto other = newEngine({}, QStringLiteral("other"));
    other->follow(Project);
    QTRY_COMPARE(other->status(Project).state, SyncStatus::State::Failed);
    QCOMPARE(other->status(Project).error, SyncError::Kind::UntrustedCertificate);
    QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(m_certificate->certificate()));
}

void TestSyncTls::refusesAnotherCertificateOnTheSameAddress()
{
    auto engine = newEngine(fingerprint(*m_certificate));
    engine->follow(Project);
    QTRY_COMPARE(engine->status(Project).state, SyncStatus::State::UpToDate);
    const QUrl address = m_server->baseUrl();
    m_server->stop();

    // Someone else answers on the same address, with a certificate of their own for the same host.
    SelfSignedCertificate impostor;
    QVERIFY2(impostor.isValid(), qPrintable(impostor.error()));
    TestServer other(impostor.serverArgs() +
                     QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(address.port())});
    QVERIFY2(other.start(), qPrintable(other.errors()));
    QCOMPARE(other.baseUrl(), address);
    QSignalSpy refused(&engine->connection(), &ApiConnection::certificateRefused);
    engine->syncNow(Project);
    QTRY_COMPARE(engine->status(Project).state, SyncStatus::State::Failed);
    QCOMPARE(engine->status(Project).error, SyncError::Kind::ChangedCertificate);
    const QString message = engine->status(Project).message;
    QVERIFY2(message.contains(SyncError::fingerprintText(fingerprint(impostor))), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("intercepting")), qPrintable(message));
    QVERIFY(!refused.isEmpty());
    QCOMPARE(refused.first().first().value<SyncError>().certificate, impostor.certificate());
    QCOMPARE(engine->cache().runs(Project).size(), 1); // what was synced stays
}

void TestSyncTls::certificateTheSystemTrustsNeedsNoPin()
{
    // As if the administrator's CA were in the system's store: Qt's own verification accepts it, no pin needed.
    const QSslConfiguration system = QSslConfiguration::defaultConfiguration();
    QSslConfiguration withCa = system;
    withCa.addCaCertificate(m_certificate->certificate());
    QSslConfiguration::setDefaultConfiguration(withCa);
    auto engine = newEngine();
    engine->follow(Project);
    QTRY_VERIFY(engine->status(Project).state != SyncStatus::State::Syncing &&
                engine->status(Project).state != SyncStatus::State::Idle);
    QSslConfiguration::setDefaultConfiguration(system);
    QCOMPARE(engine->status(Project).state, SyncStatus::State::UpToDate);
    QCOMPARE(engine->cache().runs(Project).size(), 1);
}

QTEST_GUILESS_MAIN(TestSyncTls)
#include "test_synctls.moc"
