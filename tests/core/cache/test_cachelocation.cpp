#include "cache/cachelocation.h"

#include <QStandardPaths>
#include <QtTest>

using namespace nereid;

// One cache file per server profile: every URL and user gets its own file, in the user's data folder unless
// a folder is given.
class TestCacheLocation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void distinctProfilesGetDistinctFiles();
    void sameProfileGetsSameFile();
    void defaultsToTheDataFolder();
    void fileNameIsSafe();
    void namedProfileKeepsItsFileWhateverTheUrl();
};

void TestCacheLocation::distinctProfilesGetDistinctFiles()
{
    const QUrl server(QStringLiteral("http://127.0.0.1:8765"));
    const QStringList names = {
        CacheLocation::fileName(server, QStringLiteral("alice")),
        CacheLocation::fileName(server, QStringLiteral("bob")),
        CacheLocation::fileName(QUrl(QStringLiteral("http://127.0.0.1:8766")), QStringLiteral("alice")),
        CacheLocation::fileName(QUrl(QStringLiteral("https://127.0.0.1:8765")), QStringLiteral("alice")),
        CacheLocation::fileName(QUrl(QStringLiteral("http://127.0.0.1:8765/team")), QStringLiteral("alice")),
    };
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
}

void TestCacheLocation::sameProfileGetsSameFile()
{
    QCOMPARE(CacheLocation::fileName(QUrl(QStringLiteral("http://host:1/")), QStringLiteral("a")),
             CacheLocation::fileName(QUrl(QStringLiteral("http://host:1")), QStringLiteral("a")));
}

void TestCacheLocation::defaultsToTheDataFolder()
{
    const QString path = CacheLocation::filePath(QUrl(QStringLiteral("http://host:1")), QStringLiteral("a"));
    QVERIFY2(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)), qPrintable(path));
    QCOMPARE(CacheLocation::filePath(QUrl(QStringLiteral("http://host:1")), QStringLiteral("a"), QStringLiteral("/x")),
             QStringLiteral("/x/") +
                 CacheLocation::fileName(QUrl(QStringLiteral("http://host:1")), QStringLiteral("a")));
}

void TestCacheLocation::fileNameIsSafe()
{
    const QString name =
        CacheLocation::fileName(QUrl(QStringLiteral("http://host:1")), QStringLiteral("../../etc/ä b"));
    QVERIFY2(!name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char(' ')), qPrintable(name));
    QVERIFY(name.endsWith(QStringLiteral(".sqlite")));
}

void TestCacheLocation::namedProfileKeepsItsFileWhateverTheUrl()
{
    // The app's private server listens on a new port each start; named "local", its cache stays the same.
    const QString local = CacheLocation::filePathForName(QStringLiteral("local"), QStringLiteral("/x"));
    QCOMPARE(local, QStringLiteral("/x/profile-local.sqlite"));
    QVERIFY(CacheLocation::filePathForName(QStringLiteral("local")).startsWith(CacheLocation::defaultFolder()));
    QVERIFY(CacheLocation::fileNameForName(QStringLiteral("other")) !=
            CacheLocation::fileNameForName(QStringLiteral("local")));
    // Not a URL-named file, and nothing that leaves the folder.
    QVERIFY(local != CacheLocation::filePath(QUrl(QStringLiteral("http://local")), {}, QStringLiteral("/x")));
    const QString odd = CacheLocation::fileNameForName(QStringLiteral("../a b/c"));
    QVERIFY2(!odd.contains(QLatin1Char('/')) && !odd.contains(QLatin1Char(' ')), qPrintable(odd));
}

QTEST_GUILESS_MAIN(TestCacheLocation)
#include "test_cachelocation.moc"
