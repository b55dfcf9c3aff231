#include "apiclient.h"
#include "appsession.h"
#include "helpers.h"
#include "profilestore.h"
#include "sync/syncengine.h"
#include "testserver.h"
#include "userfolders.h"
#include "views/mainwindow.h"
#include "views/syncstatusbar.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

// The app's session on a profile whose token may only read the project: an edit the user makes shows at once, the
// server refuses it, and the window says why in the user's words and shows the run as the server has it again.
class TestAppSessionRoles : public QObject
{
    Q_OBJECT

private slots:
    void refusedEditIsExplainedAndUndone_data()
    {
        QTest::addColumn<bool>("readOnlyToken");
        QTest::addColumn<QString>("says");
        QTest::newRow("viewer") << false << u"Your token can only read team/p: its user vic has the viewer role"_s;
        QTest::newRow("read-only token") << true << u"Your token can only read team/p: it is a read-only token."_s;
    }

    void refusedEditIsExplainedAndUndone()
    {
        QFETCH(bool, readOnlyToken);
        QFETCH(QString, says);
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.errors()));
        ApiClient api(server.apiUrl(), server.token());
        NEREID_EXPECT_STATUS(createProject(api, u"team/p"_s, u"CLS"_s), 201);
        NEREID_EXPECT_STATUS(createRun(api, u"team/p"_s, {{u"name"_s, u"baseline"_s}}), 201);
        QVERIFY(server.addMember(u"team"_s, u"vic"_s, readOnlyToken ? u"owner"_s : u"viewer"_s));
        {
            QSettings settings;
            ProfileStore store(
                &settings,
                QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"profiles"_s));
            QString error;
            // A profile, so a cache, of its own for each row.
            const QString profile = QString::fromLatin1(QTest::currentDataTag());
            QVERIFY(store.save({profile, server.baseUrl(), server.createToken(u"vic"_s, readOnlyToken)}, &error));
            store.setLastProfile(profile);
        }
        AppSession session(AppOptions{});
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        Cache &cache = session.engine()->cache();
        QTRY_COMPARE_WITH_TIMEOUT(cache.runs(u"team/p"_s).size(), 1, 10000); // reading works

        // What the run information dialog does when the user renames the run.
        QVERIFY(session.engine()->editor().edit(u"CLS-1"_s, RunEdit::Kind::SetName, u"mine"_s));
        QCOMPARE(cache.run(u"CLS-1"_s)->name, u"mine"_s);
        auto *status = session.window()->syncStatusBar()->findChild<QLabel *>(u"syncStatus"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(says), qPrintable(status->text()), 10000);
        QVERIFY2(status->text().endsWith(u"Your change to CLS-1 was undone."_s), qPrintable(status->text()));
        QCOMPARE(cache.run(u"CLS-1"_s)->name, u"baseline"_s);
        QCOMPARE(api.get(u"/runs/CLS-1"_s)[u"sys"_s][u"name"_s].toString(), u"baseline"_s);
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    useTemporaryHome(home);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"nereid-test-roles"_s);
    QApplication::setOrganizationName(u"NereidTest"_s);
    TestAppSessionRoles test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_appsessionroles.moc"
