#include "apiclient.h"
#include "appsession.h"
#include "cache/runeditor.h"
#include "helpers.h"
#include "models/sessionmodels.h"
#include "runfixtures.h"
#include "sync/syncengine.h"
#include "testserver.h"
#include "userfolders.h"
#include "views/mainwindow.h"
#include "views/welcomepage.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

// The window a new user meets: before any project is open it says where the server is, copies a Python example
// that really logs a run to it, and fills the app's private server with the demo project on request.
class TestWelcomePage : public QObject
{
    Q_OBJECT

private slots:
    void shownUntilAProjectOpens();
    void copiedExampleLogsARun();
    void demoProjectFillsThePrivateServerAndOpens();
};

void TestWelcomePage::shownUntilAProjectOpens()
{
    RunFixtures fixtures;
    QVERIFY(fixtures.open());
    RunEditor editor(fixtures.cache());
    SessionModels windowModels(fixtures.cache(), &editor);
    MainWindow window(&windowModels);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.welcome()->isVisible());
    QVERIFY(!window.welcome()->findChild<QPushButton *>(u"openDemo"_s)->isVisible()); // not the private server
    const QString shot = QStringLiteral(NEREID_SCREENSHOT_DIR "/welcome.png");
    window.welcome()->setServer(QUrl(u"http://127.0.0.1:8765"_s), u"token"_s, true);
    QVERIFY(window.grab().save(shot));
    window.setProject(u"local"_s, RunFixtures::Project);
    QVERIFY(!window.welcome()->isVisible());
}

void TestWelcomePage::copiedExampleLogsARun()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errors()));
    WelcomePage page;
    page.setServer(server.baseUrl(), server.token(), false);
    page.findChild<QPushButton *>(u"copySnippet"_s)->click();
    const QString copied = QApplication::clipboard()->text();
    QCOMPARE(copied, page.pythonSnippet());

    // The first line is for the shell, the rest is train.py: run them as a user would.
    const qsizetype split = copied.indexOf(u"\n\n"_s);
    QVERIFY(split > 0);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &word : copied.left(split).split(u' ')) {
        if (word.contains(u'='))
            environment.insert(word.section(u'=', 0, 0), word.section(u'=', 1));
    }
    QCOMPARE(environment.value(u"NEREID_API_TOKEN"_s), server.token());
    environment.insert(u"PYTHONPATH"_s, QStringLiteral(NEREID_PYTHON_CLIENT_DIR));
    QTemporaryDir work;
    QProcess python;
    python.setProcessEnvironment(environment);
    python.setWorkingDirectory(work.path());
    python.start(u"python3"_s, {u"-"_s});
    QVERIFY(python.waitForStarted());
    python.write(copied.mid(split + 2).toUtf8());
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());

    ApiClient api(server.apiUrl(), server.token());
    const ApiReply runs = api.get(u"/projects/me/first/runs"_s);
    NEREID_EXPECT_STATUS(runs, 200);
    const QJsonArray list = runs[u"runs"_s].toArray();
    QCOMPARE(list.size(), 1);
    const ApiReply run = api.get(u"/runs/"_s + list.first()[u"id"_s].toString());
    QCOMPARE(run[u"fields"_s][u"params/lr"_s][u"value"_s].toDouble(), 0.001);
    QCOMPARE(run[u"fields"_s][u"train/loss"_s][u"count"_s].toInt(), 100);
}

void TestWelcomePage::demoProjectFillsThePrivateServerAndOpens()
{
    // The app's own server, as `nereid` with no options starts it (found on the PATH here).
    const QString serverDir = QFileInfo(TestServer::serverPath()).absolutePath();
    qputenv("PATH", (serverDir + u':' + qEnvironmentVariable("PATH")).toLocal8Bit());
    AppSession session(AppOptions{});
    QString error;
    QVERIFY2(session.start(&error), qPrintable(error));
    WelcomePage *welcome = session.window()->welcome();
    QTRY_VERIFY(welcome->isVisible());
    auto *demo = welcome->findChild<QPushButton *>(u"openDemo"_s);
    QVERIFY(demo->isVisible());
    demo->click();
    Cache &cache = session.engine()->cache();
    QTRY_COMPARE_WITH_TIMEOUT(cache.runs(u"demo/sweep"_s).size(), 8, 60000);
    QTRY_VERIFY(!welcome->isVisible()); // the demo project is open
    const std::optional<RunRecord> failed = cache.run(u"SWP-7"_s);
    QVERIFY(failed && failed->failed); // lr=1 diverged
    QVERIFY(cache.run(u"SWP-2"_s)->tags.contains(u"best"_s));
}

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    useTemporaryHome(home);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"nereid-test-welcome"_s);
    QApplication::setOrganizationName(u"NereidTest"_s);
    TestWelcomePage test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_welcomepage.moc"
