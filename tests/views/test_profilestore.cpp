#include "apiclient.h"
#include "cache/cachelocation.h"
#include "helpers.h"
#include "profilestore.h"
#include "sync/syncengine.h"
#include "testserver.h"
#include "userfolders.h"

#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

// Connection profiles: names and URLs in the settings, tokens in owner-only files, the last one used.
class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // No session bus, before anything connects to one: no keychain (the user's is never touched), token files.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/nereid-test-bus");
    }

    void localIsAlwaysThereAndTheDefault()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        ProfileStore store(&settings, dir.filePath(u"profiles"_s));
        QCOMPARE(store.names(), QStringList{u"Local"_s});
        QCOMPARE(store.lastProfile(), u"Local"_s);
        QString error;
        QVERIFY(!store.save({u"Local"_s, QUrl(u"https://x.org"_s), u"t"_s}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.find(u"Nowhere"_s, &error));
        QVERIFY(error.contains(u"Nowhere"_s));
    }

    void profilesTokensAndTheLastOneSurviveARestart()
    {
        QTemporaryDir dir;
        const QString settingsFile = dir.filePath(u"settings.ini"_s);
        {
            QSettings settings(settingsFile, QSettings::IniFormat);
            ProfileStore store(&settings, dir.filePath(u"profiles"_s));
            QString error;
            QVERIFY2(store.save({u"Lab GPU"_s, QUrl(u"https://lab.example.org:8443"_s), u"secret-lab"_s}, &error),
                     qPrintable(error));
            QVERIFY(store.save({u"Home"_s, QUrl(u"http://10.0.0.2:7080"_s), u"secret-home"_s}, &error));
            QVERIFY(store.save({u"Lab GPU"_s, QUrl(u"https://lab2.example.org"_s), u"secret-lab-2"_s}, &error));
            store.setLastProfile(u"Home"_s);
            // A name that would share Lab GPU's token and cache files is refused, and Lab GPU's token stays.
            QVERIFY(!store.save({u"Lab_GPU"_s, QUrl(u"https://other.example.org"_s), u"other"_s}, &error));
            QVERIFY2(error.contains(u"Lab GPU"_s), qPrintable(error));
        }
        QSettings settings(settingsFile, QSettings::IniFormat); // as at the next start
        ProfileStore store(&settings, dir.filePath(u"profiles"_s));
        QCOMPARE(store.names(), (QStringList{u"Local"_s, u"Lab GPU"_s, u"Home"_s}));
        QCOMPARE(store.lastProfile(), u"Home"_s);
        QString error;
        const auto lab = store.find(u"Lab GPU"_s, &error);
        QVERIFY2(lab, qPrintable(error));
        QCOMPARE(lab->url, QUrl(u"https://lab2.example.org"_s));
        QCOMPARE(lab->token, u"secret-lab-2"_s);
        QCOMPARE(store.find(u"Home"_s, &error)->token, u"secret-home"_s);
        // The token is nowhere in the settings, and in a file only the user can read.
        QFile ini(settingsFile);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("secret"));
        const QString tokenFile = dir.filePath(u"profiles/Lab_GPU.token"_s);
        QCOMPARE(filePermissions(tokenFile), 0600);
        QVERIFY(store.tokenPlace(u"Lab GPU"_s).contains(u"Lab_GPU.token"_s));

        // A token file gone: the profile says so in words; a last profile removed falls back to Local.
        QVERIFY(QFile::remove(tokenFile));
        QVERIFY(!store.find(u"Lab GPU"_s, &error));
        QVERIFY2(error.contains(u"Lab GPU"_s), qPrintable(error));
        store.setLastProfile(u"Gone"_s);
        QCOMPARE(store.lastProfile(), u"Local"_s);
    }

    // Manage profiles > Edit…: a new URL with no token keeps the stored token; a new profile needs one.
    void anEmptyTokenKeepsTheStoredOne()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        ProfileStore store(&settings, dir.filePath(u"profiles"_s));
        QString error;
        QVERIFY(store.save({u"Lab"_s, QUrl(u"https://old.example.org"_s), u"secret-lab"_s}, &error));
        TokenPlace place = TokenPlace::Keychain;
        QVERIFY2(store.save({u"Lab"_s, QUrl(u"https://new.example.org"_s), QString()}, &error, &place),
                 qPrintable(error));
        QCOMPARE(place, TokenPlace::File);
        const auto lab = store.find(u"Lab"_s, &error);
        QVERIFY2(lab, qPrintable(error));
        QCOMPARE(lab->url, QUrl(u"https://new.example.org"_s));
        QCOMPARE(lab->token, u"secret-lab"_s);
        QVERIFY(store.storedTokenPlace(u"Lab"_s).contains(u"Lab.token"_s));
        QVERIFY(!store.save({u"New"_s, QUrl(u"https://new.example.org"_s), QString()}, &error));
        QVERIFY2(error.contains(u"token"_s), qPrintable(error));
        QCOMPARE(store.names(), (QStringList{u"Local"_s, u"Lab"_s}));
    }

    // A certificate the user trusted for a profile (TLS): kept across restarts and edits of the token or the path,
    // forgotten when the URL names another server, and never given to another profile.
    void aPinnedCertificateBelongsToItsProfileAndServer()
    {
        QTemporaryDir dir;
        const QString settingsFile = dir.filePath(u"settings.ini"_s);
        const QByteArray pin = QCryptographicHash::hash("certificate", QCryptographicHash::Sha256);
        QString error;
        {
            QSettings settings(settingsFile, QSettings::IniFormat);
            ProfileStore store(&settings, dir.filePath(u"profiles"_s));
            QVERIFY(store.save({u"Lab"_s, QUrl(u"https://lab.example.org:8443"_s), u"secret-lab"_s}, &error));
            QVERIFY(store.save({u"Home"_s, QUrl(u"https://lab.example.org:8443"_s), u"secret-home"_s}, &error));
            QVERIFY2(store.pinCertificate(u"Lab"_s, pin, &error), qPrintable(error));
            QVERIFY(!store.pinCertificate(u"Nowhere"_s, pin, &error));
            QVERIFY(error.contains(u"Nowhere"_s));
        }
        QSettings settings(settingsFile, QSettings::IniFormat);
        ProfileStore store(&settings, dir.filePath(u"profiles"_s));
        QCOMPARE(store.find(u"Lab"_s, &error)->certificate, pin);
        QVERIFY(store.find(u"Home"_s, &error)->certificate.isEmpty()); // same server, another profile
        QVERIFY(store.save({u"Lab"_s, QUrl(u"https://LAB.example.org:8443/"_s), u"new-token"_s}, &error));
        QCOMPARE(store.find(u"Lab"_s, &error)->certificate, pin);
        QVERIFY(store.save({u"Lab"_s, QUrl(u"https://lab.example.org:9443"_s), QString()}, &error));
        QVERIFY(store.find(u"Lab"_s, &error)->certificate.isEmpty()); // another port is another server
    }

    // Manage profiles > Delete: the profile and its token go; Local and unknown names are refused in words.
    void removesAProfileAndItsToken()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        ProfileStore store(&settings, dir.filePath(u"profiles"_s));
        QString error;
        QVERIFY(store.save({u"Lab"_s, QUrl(u"https://lab.example.org"_s), u"secret-lab"_s}, &error));
        QVERIFY(store.save({u"Home"_s, QUrl(u"https://home.example.org"_s), u"secret-home"_s}, &error));
        store.setLastProfile(u"Lab"_s);
        QVERIFY(QFileInfo::exists(dir.filePath(u"profiles/Lab.token"_s)));
        QVERIFY2(store.remove(u"Lab"_s, &error), qPrintable(error));
        QCOMPARE(store.names(), (QStringList{u"Local"_s, u"Home"_s}));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"profiles/Lab.token"_s)));
        QCOMPARE(store.lastProfile(), u"Local"_s);
        QVERIFY(!store.find(u"Lab"_s, &error));
        QCOMPARE(store.find(u"Home"_s, &error)->token, u"secret-home"_s); // the other stays

        QVERIFY(!store.remove(u"Local"_s, &error));
        QVERIFY2(error.contains(u"built-in"_s), qPrintable(error));
        QVERIFY(!store.remove(u"Nowhere"_s, &error));
        QVERIFY(error.contains(u"Nowhere"_s));
        QCOMPARE(store.names(), (QStringList{u"Local"_s, u"Home"_s}));
    }

    // What AppSession does with a saved profile: an engine on its URL and token, the cache named after the profile.
    void aSavedProfileConnectsWithACacheNamedAfterIt()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.errors()));
        ApiClient api(server.apiUrl(), server.token());
        NEREID_EXPECT_STATUS(createProject(api, u"team/p"_s, u"CLS"_s), 201);
        NEREID_EXPECT_STATUS(createRun(api, u"team/p"_s), 201);

        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        ProfileStore store(&settings, dir.filePath(u"profiles"_s));
        QString error;
        QVERIFY(server.addMember(u"team"_s, u"ada"_s, u"viewer"_s));
        QVERIFY(store.save({u"Lab/GPU"_s, server.baseUrl(), server.createToken(u"ada"_s)}, &error));
        const auto profile = store.find(u"Lab/GPU"_s, &error);
        QVERIFY2(profile, qPrintable(error));

        SyncEngine engine(ServerProfile{profile->url, {}, profile->token, profile->name});
        engine.setPollInterval(0);
        QVERIFY2(engine.open(dir.filePath(u"cache"_s)), qPrintable(engine.cache().errorString()));
        const QFileInfo cacheFile(CacheLocation::filePathForName(u"Lab/GPU"_s, dir.filePath(u"cache"_s)));
        QCOMPARE(cacheFile.fileName(), u"profile-Lab_GPU.sqlite"_s);
        QVERIFY(cacheFile.exists());
        engine.follow(u"team/p"_s);
        QTRY_COMPARE_WITH_TIMEOUT(engine.cache().runs(u"team/p"_s).size(), 1, 10000); // the token works
    }
};

QTEST_MAIN(TestProfileStore)
#include "test_profilestore.moc"
