#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;

// `nereid --help` and `--version` where no display can be opened (a terminal over ssh, a script): they answer
// and exit 0 instead of aborting in QApplication. Runs the built app with no display in its environment.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment withoutDisplay()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            environment.remove(name);
        environment.insert(u"LANGUAGE"_s, u"en"_s);
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        return environment;
    }

    static int run(const QStringList &arguments, QByteArray *out, QByteArray *err)
    {
        QProcess nereid;
        nereid.setProcessEnvironment(withoutDisplay());
        nereid.start(QStringLiteral(NEREID_BINARY), arguments);
        if (!nereid.waitForFinished(30000))
            return -1;
        *out = nereid.readAllStandardOutput();
        *err = nereid.readAllStandardError();
        return nereid.exitStatus() == QProcess::NormalExit ? nereid.exitCode() : -2; // -2: it crashed or aborted
    }

private slots:
    void answersWithoutADisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected"); // on standard output, or error for status 2
        QTest::newRow("--help") << QStringList{u"--help"_s} << 0 << u"--token-file <FILE>"_s;
        QTest::newRow("-h") << QStringList{u"-h"_s} << 0 << u"Nereid: explore the runs"_s;
        QTest::newRow("--version") << QStringList{u"--version"_s} << 0 << u"nereid " NEREID_VERSION ""_s;
        QTest::newRow("-v") << QStringList{u"-v"_s} << 0 << u"nereid " NEREID_VERSION ""_s;
        // A bad option's message, not an abort for want of a display.
        QTest::newRow("bad --server") << QStringList{u"--server"_s, u"ftp://x"_s} << 2
                                      << u"--server needs an http or https URL"_s;
        QTest::newRow("--token-file alone")
            << QStringList{u"--token-file"_s, u"t"_s} << 2 << u"--token-file goes with --server"_s;
    }

    void answersWithoutADisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, expected);
        QByteArray out;
        QByteArray err;
        QCOMPARE(run(arguments, &out, &err), status);
        const QString shown = QString::fromUtf8(status == 0 ? out : err);
        QVERIFY2(shown.contains(expected), qPrintable(shown + QString::fromUtf8(err)));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_commandline.moc"
