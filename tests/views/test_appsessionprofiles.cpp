#include "apiclient.h"
#include "appsession.h"
#include "cache/cachelocation.h"
#include "helpers.h"
#include "profilestore.h"
#include "screenshotchecks.h"
#include "sync/syncengine.h"
#include "testserver.h"
#include "userfolders.h"
#include "views/connectdialog.h"
#include "views/mainmenus.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

// The app's session with saved connection profiles on a real server: it opens the last one used, and File >
// Profiles switches to another with its own cache, its own last project, and remembers it. The user's settings
// and data folders are a temporary folder (see main()).
class TestAppSessionProfiles : public QObject
{
    Q_OBJECT

private slots:
    void opensTheLastProfileAndSwitches()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.errors()));
        ApiClient api(server.apiUrl(), server.token());
        NEREID_EXPECT_STATUS(createProject(api, u"team/p"_s, u"CLS"_s), 201);
        NEREID_EXPECT_STATUS(createRun(api, u"team/p"_s), 201);
        for (const QString &user : {u"ada"_s, u"bob"_s, u"cy"_s})
            QVERIFY(server.addMember(u"team"_s, user, u"viewer"_s));

        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        {
            QSettings settings;
            ProfileStore store(&settings, QDir(data).filePath(u"profiles"_s));
            QString error;
            QVERIFY(store.save({u"Lab"_s, server.baseUrl(), server.createToken(u"ada"_s)}, &error));
            QVERIFY(store.save({u"Lab two"_s, server.baseUrl(), server.createToken(u"bob"_s)}, &error));
            store.setLastProfile(u"Lab"_s);
        }

        AppSession session(AppOptions{});
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        QCOMPARE(session.profileName(), u"Lab"_s);
        QVERIFY(QFileInfo::exists(CacheLocation::filePathForName(u"Lab"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(session.engine()->cache().runs(u"team/p"_s).size(), 1, 10000);
        QVERIFY(session.window()->windowTitle().contains(u"Lab"_s));

        QMenu *profiles = session.window()->menus()->profilesMenu();
        QStringList listed;
        for (QAction *action : profiles->actions())
            listed.append(action->isSeparator() ? u"--"_s
                                                : action->text() + (action->isChecked() ? u" *"_s : QString()));
        QCOMPARE(listed, (QStringList{u"Local"_s, u"Lab *"_s, u"Lab two"_s, u"--"_s, u"&Manage profiles…"_s}));
        // To be looked at: the File menu and its Profiles submenu, every item drawn whole, Lab marked as the one in
        // use and no other.
        QMenu *file = session.window()->menus()->fileMenu();
        file->adjustSize();
        profiles->adjustSize();
        const QImage fileShot = file->grab().toImage(), profilesShot = profiles->grab().toImage();
        QVERIFY(fileShot.save(QStringLiteral(NEREID_SCREENSHOT_DIR "/profiles-filemenu.png")));
        QVERIFY(profilesShot.save(QStringLiteral(NEREID_SCREENSHOT_DIR "/profiles-submenu.png")));
        for (const auto &[menu, shot] : {std::pair{file, &fileShot}, std::pair{profiles, &profilesShot}})
            for (QAction *action : menu->actions()) {
                const QRect row = menu->actionGeometry(action);
                QVERIFY2(menu->rect().contains(row), qPrintable(action->text()));
                // Inside the menu's 1 px frame, which is drawn where any row ends.
                const QRect text =
                    QRect(row.left() + row.height(), row.top(), row.width() - row.height(), row.height()) &
                    menu->rect().adjusted(2, 2, -2, -2);
                QVERIFY2(action->isSeparator() || pixelsDrawn(*shot, text) > 0, qPrintable(action->text()));
            }
        const auto marked = [&](int item) {
            const QRect row = profiles->actionGeometry(profiles->actions().at(item));
            return pixelsDrawn(profilesShot, QRect(row.left(), row.top(), row.height(), row.height()) &
                                                 profiles->rect().adjusted(2, 2, -2, -2)) > 0;
        };
        QCOMPARE((QList<bool>{marked(0), marked(1), marked(2)}), (QList<bool>{false, true, false}));

        // File > Profiles > Lab two: a new window on that profile's own cache, the project reopened there.
        QPointer<MainWindow> oldWindow = session.window();
        profiles->actions().at(2)->trigger();
        QTRY_COMPARE(session.profileName(), u"Lab two"_s);
        QVERIFY(oldWindow.isNull());
        QVERIFY(session.window()->isVisible());
        QVERIFY(QFileInfo::exists(CacheLocation::filePathForName(u"Lab two"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(session.engine()->cache().runs(u"team/p"_s).size(), 1, 10000);
        QVERIFY(session.window()->windowTitle().contains(u"Lab two"_s));
        QVERIFY(session.window()->menus()->profilesMenu()->actions().at(2)->isChecked());
        QCOMPARE(QSettings().value(u"profiles/last"_s).toString(), u"Lab two"_s);
        QCOMPARE(QSettings().value(u"lastProject/Lab two"_s).toString(), u"team/p"_s);

        // File > Connect to server…: the new profile is saved (token in an owner-only file) and switched to.
        const QString token = server.createToken(u"cy"_s);
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<ConnectDialog *>(widget);
                if (!dialog || !dialog->isVisible())
                    continue;
                answer.stop();
                dialog->findChild<QLineEdit *>(u"profileName"_s)->setText(u"Lab three"_s);
                dialog->findChild<QLineEdit *>(u"serverUrl"_s)->setText(server.baseUrl().toString());
                dialog->findChild<QLineEdit *>(u"apiToken"_s)->setText(token);
                dialog->accept();
            }
        });
        answer.start(20);
        session.window()->menus()->connectToServer()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(session.profileName(), u"Lab three"_s, 10000);
        QFile tokenFile(QDir(data).filePath(u"profiles/Lab_three.token"_s));
        QCOMPARE(tokenFile.permissions(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QVERIFY(QFileInfo::exists(CacheLocation::filePathForName(u"Lab three"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(session.engine()->cache().runs(u"team/p"_s).size(), 1, 10000);
        QCOMPARE(session.window()->menus()->profilesMenu()->actions().size(), 6); // 4 profiles, Manage profiles…
        QCOMPARE(QSettings().value(u"profiles/last"_s).toString(), u"Lab three"_s);
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    useTemporaryHome(home); // the tokens go to files this test looks at
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"nereid-test-profiles"_s);
    QApplication::setOrganizationName(u"NereidTest"_s);
    TestAppSessionProfiles test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_appsessionprofiles.moc"
