#include "apiclient.h"
#include "appsession.h"
#include "helpers.h"
#include "models/savedviewsmodel.h"
#include "models/sessionmodels.h"
#include "profilestore.h"
#include "sync/syncengine.h"
#include "testserver.h"
#include "userfolders.h"
#include "views/mainwindow.h"
#include "views/savedviewstoolbar.h"
#include "views/syncstatusbar.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

// Saved views in the whole app against a real server: the project opens with the team's default view once the sync
// brings it, a view saved in the window reaches the server, and a viewer's save is refused in words and taken back.
class TestAppSessionViews : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
        m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
        NEREID_EXPECT_STATUS(createProject(*m_api, u"team/p"_s, u"CLS"_s), 201);
        NEREID_EXPECT_STATUS(createRun(*m_api, u"team/p"_s, {{u"name"_s, u"baseline"_s}}), 201);
        NEREID_EXPECT_STATUS(createRun(*m_api, u"team/p"_s, {{u"name"_s, u"other"_s}}), 201);
        NEREID_EXPECT_STATUS(m_api->sendRaw("PUT", u"/projects/team/p/views/Team"_s,
                                            R"({"revision":0,"default":true,"state":{"query":"sys/name = baseline"}})"),
                             201);
    }

    void cleanup()
    {
        m_api.reset();
        m_server.reset();
    }

    void projectOpensWithTheTeamsDefaultView()
    {
        AppSession session(AppOptions{});
        QVERIFY(startAs(session, u"admin"_s, m_server->token()));
        MainWindow *window = session.window();
        auto *filter = window->findChild<QLineEdit *>(u"filterEdit"_s);
        QTRY_COMPARE_WITH_TIMEOUT(filter->text(), u"sys/name = baseline"_s, 10000);
        QCOMPARE(window->savedViews()->currentView(), u"Team"_s);
        QCOMPARE(window->savedViews()->combo()->currentText(), u"Team (default)"_s);

        // A view saved in the window is the team's.
        filter->clear();
        QTest::keyClicks(filter, u"sys/name = other"_s);
        QTest::keyClick(filter, Qt::Key_Return);
        QVERIFY(window->savedViews()->saveAs(u"Other run"_s));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_api->get(u"/projects/team/p/views/Other%20run"_s)[u"state"_s][u"query"_s].toString(),
            u"sys/name = other"_s, 10000);
        QVERIFY(session.engine()->viewEditor().outbox().isEmpty());
        shoot(window, u"appsession-views.png"_s);
    }

    void viewersSaveIsRefusedAndTakenBack()
    {
        QVERIFY(m_server->addMember(u"team"_s, u"vic"_s, u"viewer"_s));
        AppSession session(AppOptions{});
        QVERIFY(startAs(session, u"viewer"_s, m_server->createToken(u"vic"_s)));
        MainWindow *window = session.window();
        auto *views = qobject_cast<SavedViewsModel *>(window->savedViews()->combo()->model());
        QVERIFY(views);
        QTRY_COMPARE_WITH_TIMEOUT(views->rowCount(), 1, 10000); // viewers read the team's views
        QVERIFY(window->savedViews()->saveAs(u"Mine"_s));
        QCOMPARE(views->rowCount(), 2); // shown at once, as any edit
        auto *status = window->syncStatusBar()->findChild<QLabel *>(u"syncStatus"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"viewer"_s), qPrintable(status->text()), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(views->rowCount(), 1, 10000); // and taken back
        NEREID_EXPECT_STATUS(m_api->get(u"/projects/team/p/views/Mine"_s), 404);
    }

private:
    bool startAs(AppSession &session, const QString &profile, const QString &token)
    {
        QSettings settings;
        ProfileStore store(
            &settings, QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"profiles"_s));
        QString error;
        if (!store.save({profile, m_server->baseUrl(), token}, &error))
            return false;
        store.setLastProfile(profile);
        if (!session.start(&error)) {
            qWarning() << error;
            return false;
        }
        return true;
    }

    void shoot(QWidget *window, const QString &name)
    {
        QCoreApplication::processEvents();
        const QString path = QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(name);
        QVERIFY2(window->grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
};

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    useTemporaryHome(home);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"nereid-test-views"_s);
    QApplication::setOrganizationName(u"NereidTest"_s);
    TestAppSessionViews test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_appsessionviews.moc"
