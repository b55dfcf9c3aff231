#include "profiletokenstore.h"
#include "userfolders.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace nereid;
using nereid::test::filePermissions;
using namespace Qt::StringLiterals;

// Connection profiles' tokens without a keychain (no Secret Service on the session bus, as on CI and on servers):
// a file only the user can read. test_tokenstorekeychain has the keychain.
class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A session bus that is not there, before anything connects to one: the user's own keychain is never
        // touched, and the keychain answers with an error as it does where there is none.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/nereid-test-bus");
    }

    void storesTokensInOwnerOnlyFiles()
    {
        QTemporaryDir dir;
        ProfileTokenStore store(dir.filePath(u"profiles"_s));
        QVERIFY(!store.keychainAvailable());
        QString error;
        const std::optional<TokenPlace> place = store.save(u"Work GPU/cluster"_s, u"secret-1"_s, &error);
        QVERIFY2(place, qPrintable(error));
        QCOMPARE(*place, TokenPlace::File);
        const QFileInfo file(store.filePath(u"Work GPU/cluster"_s));
        QCOMPARE(file.fileName(), u"Work_GPU_cluster.token"_s);
        QCOMPARE(filePermissions(file.filePath()), 0600);
        QCOMPARE(filePermissions(dir.filePath(u"profiles"_s)), 0700);
        TokenPlace loadedFrom = TokenPlace::Keychain;
        QCOMPARE(store.load(u"Work GPU/cluster"_s, &loadedFrom), u"secret-1"_s);
        QCOMPARE(loadedFrom, TokenPlace::File);
        // What the Connect to server dialog shows: a file, which one, and why not the keychain.
        const QString before = store.placeDescription(u"Work GPU/cluster"_s);
        QVERIFY2(before.contains(file.fileName()) && before.contains(u"file only you can read"_s), qPrintable(before));
        QVERIFY2(before.contains(u"No system keychain"_s), qPrintable(before));
        QVERIFY(store.describe(TokenPlace::File, u"Work GPU/cluster"_s).contains(u"file only you can read"_s));

        QVERIFY(store.save(u"Work GPU/cluster"_s, u"secret-2"_s, &error)); // replaced, still owner-only
        QCOMPARE(store.load(u"Work GPU/cluster"_s), u"secret-2"_s);
        QCOMPARE(filePermissions(file.filePath()), 0600);
        QVERIFY(!store.load(u"Other"_s));
        QVERIFY(store.remove(u"Work GPU/cluster"_s, &error));
        QVERIFY(!store.load(u"Work GPU/cluster"_s));
        QVERIFY(!QFileInfo::exists(file.filePath()));
    }

    void aFolderThatCannotBeMadeIsReportedInWords()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        ProfileTokenStore store(dir.filePath(u"file/profiles"_s)); // a file where the folder should be
        QString error;
        QVERIFY(!store.save(u"Local"_s, u"t"_s, &error));
        QVERIFY(error.contains(u"Cannot create the folder"_s));
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "test_tokenstore.moc"
