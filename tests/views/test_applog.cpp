#include "applog.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTest, "nereid.test")

// The app's log file, which Help > Report a problem names: every message in it as well as on standard error, only
// the user may read it, and the previous start's log is kept beside it.
class TestAppLog : public QObject
{
    Q_OBJECT

private slots:
    void messagesGoToTheFileAndThePreviousStartIsKept()
    {
        QTemporaryDir dir;
        QVERIFY(AppLog::start(dir.filePath(u"logs"_s)));
        const QString path = dir.filePath(u"logs/nereid.log"_s);
        QCOMPARE(AppLog::filePath(), path);
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        qCInfo(lcTest) << "first start";
        qCWarning(lcTest) << "something went wrong";

        QFile log(path);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(log.readAll());
        QVERIFY2(text.contains(u"info nereid.test: first start"_s), qPrintable(text));
        QVERIFY2(text.contains(u"warning nereid.test: something went wrong"_s), qPrintable(text));
        log.close();

        // The next start: a new log, the last one as nereid.log.1.
        QVERIFY(AppLog::start(dir.filePath(u"logs"_s)));
        qCInfo(lcTest) << "second start";
        QFile previous(path + u".1"_s);
        QVERIFY(previous.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(previous.readAll()).contains(u"first start"_s));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString now = QString::fromUtf8(log.readAll());
        QVERIFY(now.contains(u"second start"_s));
        QVERIFY(!now.contains(u"first start"_s));
    }
};

QTEST_GUILESS_MAIN(TestAppLog)
#include "test_applog.moc"
