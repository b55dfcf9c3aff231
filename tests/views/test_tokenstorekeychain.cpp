#include "profiletokenstore.h"
#include "systemkeychain.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;

// Tokens in a real system keychain: a private D-Bus session bus with gnome-keyring-daemon's Secret Service on it,
// its keyring in a temporary folder (the user's own keyring is never touched), unlocked with a password given on
// its standard input as a login would. The keychain holds the token; no file is written.
class TestTokenStoreKeychain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QProcess m_bus;

private slots:
    void initTestCase()
    {
        const QString busDaemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
        const QString keyringDaemon = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
        if (busDaemon.isEmpty() || keyringDaemon.isEmpty())
            QSKIP("No real Secret Service to test with: install dbus-daemon and gnome-keyring (./dev.sh does).");
        QVERIFY(QDir().mkpath(m_home.filePath(u"run"_s)));
        QFile::setPermissions(m_home.filePath(u"run"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_RUNTIME_DIR"_s, m_home.filePath(u"run"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        environment.insert(u"HOME"_s, m_home.path());
        // No display for the services the bus starts: an unlock prompt fails at once instead of opening on the
        // desktop of whoever runs the tests.
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);

        m_bus.setProcessEnvironment(environment);
        m_bus.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_bus.start(busDaemon, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        QVERIFY2(m_bus.waitForStarted(5000), qPrintable(m_bus.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 5000);
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY(address.startsWith("unix:"));
        // Set before anything here talks to D-Bus: Qt connects to the session bus on first use.
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        qunsetenv("XDG_CURRENT_DESKTOP"); // QtKeychain would look for KWallet first on a KDE desktop
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, QString::fromUtf8(address));

        // --daemonize returns once the daemon is up; it leaves when its bus does (cleanupTestCase).
        QProcess keyring;
        keyring.setProcessEnvironment(environment);
        keyring.start(keyringDaemon, {u"--unlock"_s, u"--components=secrets"_s, u"--daemonize"_s});
        QVERIFY2(keyring.waitForStarted(5000), qPrintable(keyring.errorString()));
        keyring.write("nereid-test-login");
        keyring.closeWriteChannel();
        QVERIFY(keyring.waitForFinished(15000));
        QVERIFY2(keyring.exitCode() == 0, keyring.readAllStandardError().constData());
        // The daemon takes the Secret Service's name on the bus shortly after: asked before, the bus would start
        // another one (D-Bus activation) with no unlocked keyring.
        QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
        QVERIFY(bus);
        QTRY_VERIFY_WITH_TIMEOUT(bus->isServiceRegistered(u"org.freedesktop.secrets"_s).value(), 10000);
    }

    void cleanupTestCase()
    {
        if (m_bus.state() == QProcess::NotRunning)
            return;
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }

    void storesTheTokenInTheKeychainAndNoFile()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"profiles"_s);
        ProfileTokenStore store(folder);
        QVERIFY(store.keychainAvailable());
        QVERIFY(store.placeDescription(u"Lab GPU"_s).contains(u"keychain"_s));
        QString error;
        QCOMPARE(store.save(u"Lab GPU"_s, u"secret-in-keychain"_s, &error), TokenPlace::Keychain);
        QVERIFY(!QFileInfo::exists(store.filePath(u"Lab GPU"_s)));
        QVERIFY(QDir(folder).isEmpty());
        // The keychain itself holds it, under the service "Nereid" and the profile's name.
        const SystemKeychain::Answer inKeychain = SystemKeychain(u"Nereid"_s).read(u"Lab GPU"_s);
        QCOMPARE(inKeychain.status, SystemKeychain::Answer::Ok);
        QCOMPARE(inKeychain.text, u"secret-in-keychain"_s);

        // A new store, as after a restart, reads it back from the keychain.
        ProfileTokenStore again(folder);
        TokenPlace place = TokenPlace::File;
        QCOMPARE(again.load(u"Lab GPU"_s, &place), u"secret-in-keychain"_s);
        QCOMPARE(place, TokenPlace::Keychain);
        QVERIFY(again.describe(place, u"Lab GPU"_s).contains(u"keychain"_s));

        QVERIFY2(again.remove(u"Lab GPU"_s, &error), qPrintable(error));
        QVERIFY(!again.load(u"Lab GPU"_s));
        QCOMPARE(SystemKeychain(u"Nereid"_s).read(u"Lab GPU"_s).status, SystemKeychain::Answer::NotFound);
    }

    void aTokenFileFromBeforeTheKeychainIsReadThenReplaced()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"profiles"_s);
        QVERIFY(QDir().mkpath(folder));
        ProfileTokenStore store(folder);
        QFile old(store.filePath(u"Home"_s));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old-token\n");
        old.close();

        TokenPlace place = TokenPlace::Keychain;
        QCOMPARE(store.load(u"Home"_s, &place), u"old-token"_s); // the keychain has none: the file's
        QCOMPARE(place, TokenPlace::File);
        QString error;
        QCOMPARE(store.save(u"Home"_s, u"new-token"_s, &error), TokenPlace::Keychain);
        QVERIFY(!old.exists()); // not left beside the keychain's, where it could be read again
        QCOMPARE(store.load(u"Home"_s, &place), u"new-token"_s);
        QCOMPARE(place, TokenPlace::Keychain);
        QVERIFY(store.remove(u"Home"_s, &error));
    }

    // The keychain refused a new token in an earlier session, so it went to the file while the keychain kept the
    // old one: the file's token, the last one saved, is the one read, also once the keychain answers again.
    void aTokenFileIsNewerThanTheKeychains()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"profiles"_s);
        ProfileTokenStore store(folder);
        QString error;
        QCOMPARE(store.save(u"Lab"_s, u"old-in-keychain"_s, &error), TokenPlace::Keychain);
        QVERIFY(QDir().mkpath(folder));
        QFile newer(store.filePath(u"Lab"_s)); // what save() writes when the keychain refuses
        QVERIFY(newer.open(QIODevice::WriteOnly));
        newer.write("new-in-file");
        newer.close();

        ProfileTokenStore again(folder);
        TokenPlace place = TokenPlace::Keychain;
        QCOMPARE(again.load(u"Lab"_s, &place), u"new-in-file"_s);
        QCOMPARE(place, TokenPlace::File);
        QVERIFY2(again.remove(u"Lab"_s, &error), qPrintable(error));
        QVERIFY(!again.load(u"Lab"_s));
    }

    // Last: it leaves the keyring locked. A keychain that answered, then refuses (locked, and no one to type the
    // password: the unlock prompt cannot open without a display): the token goes to the owner-only file.
    void aKeychainThatRefusesLeavesTheTokenInAFile()
    {
        QTemporaryDir dir;
        ProfileTokenStore store(dir.filePath(u"profiles"_s));
        QVERIFY(store.keychainAvailable());
        QDBusInterface service(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                               u"org.freedesktop.Secret.Service"_s);
        const QDBusMessage locked = service.call(u"Lock"_s, QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(
                                                                u"/org/freedesktop/secrets/collection/login"_s)}));
        QVERIFY2(locked.type() == QDBusMessage::ReplyMessage, qPrintable(locked.errorMessage()));

        QString error;
        QCOMPARE(store.save(u"Lab"_s, u"secret-in-file"_s, &error), TokenPlace::File);
        QVERIFY(QFileInfo::exists(store.filePath(u"Lab"_s)));
        QVERIFY(!store.keychainAvailable());
        QVERIFY(!store.keychainProblem().isEmpty());
        TokenPlace place = TokenPlace::Keychain;
        QCOMPARE(store.load(u"Lab"_s, &place), u"secret-in-file"_s);
        QCOMPARE(place, TokenPlace::File);
    }
};

QTEST_GUILESS_MAIN(TestTokenStoreKeychain)
#include "test_tokenstorekeychain.moc"
