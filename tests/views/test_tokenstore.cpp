#include "tokenstore.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

using namespace nereid;
using namespace Qt::StringLiterals;

namespace {

// The file's permission bits as the system has them.
int modeOf(const QString &path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

} // namespace

// Connection profiles' tokens without a keychain (as on CI and offscreen): a file only the user can read.
class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void storesTokensInOwnerOnlyFiles()
    {
        QTemporaryDir dir;
        TokenStore store(dir.filePath(u"profiles"_s));
        QVERIFY(!TokenStore::keychainAvailable());
        QString error;
        QVERIFY2(store.save(u"Work GPU/cluster"_s, u"secret-1"_s, &error), qPrintable(error));
        const QFileInfo file(store.filePath(u"Work GPU/cluster"_s));
        QCOMPARE(file.fileName(), u"Work_GPU_cluster.token"_s);
        QCOMPARE(modeOf(file.filePath()), 0600);
        QCOMPARE(modeOf(dir.filePath(u"profiles"_s)), 0700);
        QCOMPARE(store.load(u"Work GPU/cluster"_s), u"secret-1"_s);
        QVERIFY(store.placeDescription(u"Work GPU/cluster"_s).contains(file.fileName()));

        QVERIFY(store.save(u"Work GPU/cluster"_s, u"secret-2"_s, &error)); // replaced, still owner-only
        QCOMPARE(store.load(u"Work GPU/cluster"_s), u"secret-2"_s);
        QCOMPARE(modeOf(file.filePath()), 0600);
        QVERIFY(!store.load(u"Other"_s));
        QVERIFY(store.remove(u"Work GPU/cluster"_s));
        QVERIFY(!store.load(u"Work GPU/cluster"_s));
    }

    void aFolderThatCannotBeMadeIsReportedInWords()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        TokenStore store(dir.filePath(u"file/profiles"_s)); // a file where the folder should be
        QString error;
        QVERIFY(!store.save(u"Local"_s, u"t"_s, &error));
        QVERIFY(error.contains(u"Cannot create the folder"_s));
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "test_tokenstore.moc"
