#include "apiclient.h"
#include "appsession.h"
#include "cache/cachelocation.h"
#include "helpers.h"
#include "profilestore.h"
#include "sync/syncengine.h"
#include "testserver.h"
#include "userfolders.h"
#include "views/connectdialog.h"
#include "views/mainmenus.h"
#include "views/mainwindow.h"
#include "views/profilesdialog.h"

#include <functional>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {

// Runs `step` on the first visible top-level widget of type T once it shows up (dialogs run their own loop).
template<typename T> void whenShown(std::function<void(T *)> step)
{
    auto *timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, timer, [timer, step] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *found = qobject_cast<T *>(widget); found && found->isVisible()) {
                timer->deleteLater();
                timer->stop();
                step(found);
                return;
            }
        }
    });
    timer->start(20);
}

QStringList menuProfiles(MainWindow *window)
{
    QStringList names;
    for (QAction *action : window->menus()->profilesMenu()->actions()) {
        if (action->isCheckable())
            names.append(action->text());
    }
    return names;
}

void pick(ProfilesDialog *dialog, const QString &name)
{
    dialog->selectProfile(name);
    QCOMPARE(dialog->selectedName(), name);
}

// Clicks Delete on `name` and answers the confirmation, with or without the cached runs.
void deleteProfile(ProfilesDialog *dialog, const QString &name, bool withCache)
{
    pick(dialog, name);
    QTimer::singleShot(0, dialog, [withCache] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->findChild<QCheckBox *>(u"deleteCache"_s)->setChecked(withCache);
        box->findChild<QPushButton *>(u"confirmDelete"_s)->click();
    });
    dialog->findChild<QPushButton *>(u"deleteProfile"_s)->click();
}

} // namespace

// File > Profiles > Manage profiles… on a real server: a profile's URL edited (its token kept), a profile deleted
// (gone from the menu, its token gone, its cache kept unless asked), the open one deleted (the app switches to
// Local), and Local that stays. Settings and data in a temporary folder (see main()); no keychain (no session bus).
class TestManageProfiles : public QObject
{
    Q_OBJECT

private slots:
    void editsAndDeletesProfiles()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.errors()));
        ApiClient api(server.apiUrl(), server.token());
        NEREID_EXPECT_STATUS(createProject(api, u"team/p"_s, u"CLS"_s), 201);
        NEREID_EXPECT_STATUS(createRun(api, u"team/p"_s), 201);
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        const QString tokens = QDir(data).filePath(u"profiles"_s);
        for (const QString &user : {u"ada"_s, u"bob"_s})
            QVERIFY(server.addMember(u"team"_s, user, u"viewer"_s));
        const QString labToken = server.createToken(u"ada"_s);
        {
            QSettings settings;
            ProfileStore store(&settings, tokens);
            QString error;
            QVERIFY(store.save({u"Lab"_s, server.baseUrl(), labToken}, &error));
            QVERIFY(store.save({u"Lab two"_s, QUrl(u"http://127.0.0.1:9"_s), server.createToken(u"bob"_s)}, &error));
            store.setLastProfile(u"Lab two"_s);
        }
        AppSession session(AppOptions{});
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        QCOMPARE(session.profileName(), u"Lab two"_s); // its server is not there: it opens offline, with its cache
        QVERIFY(QFileInfo::exists(CacheLocation::filePathForName(u"Lab two"_s)));
        QCOMPARE(menuProfiles(session.window()), (QStringList{u"Local"_s, u"Lab"_s, u"Lab two"_s}));
        // Asked of the window each time: a reconnect replaces the window and its menus.
        auto manage = [&session] { session.window()->menus()->manageProfiles()->trigger(); };
        QCOMPARE(session.window()->menus()->profilesMenu()->actions().last(),
                 session.window()->menus()->manageProfiles());

        // Edit… Lab two: the right URL; the token left empty stays. It is open, so the app reconnects to it.
        const QString rightUrl = server.baseUrl().toString();
        whenShown<ProfilesDialog>([rightUrl](ProfilesDialog *dialog) {
            pick(dialog, u"Lab two"_s);
            whenShown<ConnectDialog>([rightUrl](ConnectDialog *edit) {
                QVERIFY(edit->isEditing());
                QCOMPARE(edit->findChild<QLineEdit *>(u"serverUrl"_s)->text(), u"http://127.0.0.1:9"_s);
                QVERIFY(edit->findChild<QLabel *>(u"tokenPlace"_s)->text().contains(u"file only you can read"_s));
                edit->findChild<QLineEdit *>(u"serverUrl"_s)->setText(rightUrl);
                edit->accept();
            });
            dialog->findChild<QPushButton *>(u"editProfile"_s)->click();
        });
        QPointer<MainWindow> before = session.window();
        manage();
        QTRY_COMPARE_WITH_TIMEOUT(session.engine()->connection().profile().baseUrl, server.baseUrl(), 10000);
        QCOMPARE(session.profileName(), u"Lab two"_s);
        QVERIFY(before.isNull()); // reconnected: a new engine and window
        QTRY_COMPARE_WITH_TIMEOUT(session.engine()->cache().runs(u"team/p"_s).size(), 1, 10000);
        {
            QSettings settings;
            ProfileStore store(&settings, tokens);
            const std::optional<ProfileStore::Profile> edited = store.find(u"Lab two"_s, &error);
            QVERIFY2(edited, qPrintable(error));
            QCOMPARE(edited->url, server.baseUrl());
            QVERIFY(!edited->token.isEmpty()); // kept
        }

        // Delete Lab (not open), its cache kept: gone from the menu, its token file gone, its cache there.
        QFile labCache(CacheLocation::filePathForName(u"Lab"_s));
        QVERIFY(labCache.open(QIODevice::WriteOnly)); // as if Lab had been opened before
        labCache.close();
        QSettings().setValue(u"lastProject/Lab"_s, u"team/p"_s);
        QVERIFY(QFileInfo::exists(QDir(tokens).filePath(u"Lab.token"_s)));
        QStringList listed;
        whenShown<ProfilesDialog>([&listed](ProfilesDialog *dialog) {
            deleteProfile(dialog, u"Lab"_s, false);
            auto *list = dialog->findChild<QTreeWidget *>(u"profileList"_s);
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                listed.append(list->topLevelItem(i)->text(0));
            // Local: neither Edit… nor Delete.
            pick(dialog, u"Local"_s);
            QVERIFY(!dialog->findChild<QPushButton *>(u"deleteProfile"_s)->isEnabled());
            QVERIFY(!dialog->findChild<QPushButton *>(u"editProfile"_s)->isEnabled());
            dialog->reject();
        });
        QPointer<MainWindow> window = session.window();
        manage();
        QTRY_COMPARE(menuProfiles(session.window()), (QStringList{u"Local"_s, u"Lab two"_s}));
        QCOMPARE(listed, (QStringList{u"Local"_s, u"Lab two"_s}));
        QCOMPARE(session.window(), window.data()); // the open profile stays open
        QVERIFY(!QFileInfo::exists(QDir(tokens).filePath(u"Lab.token"_s)));
        QVERIFY(QFileInfo::exists(labCache.fileName()));
        QVERIFY(!QSettings().contains(u"lastProject/Lab"_s));
        QCOMPARE(session.window()->menus()->profilesMenu()->actions().last(),
                 session.window()->menus()->manageProfiles());

        // Delete Lab two, the open one, with its cache: the app switches to Local, and the cache goes.
        const QString labTwoCache = CacheLocation::filePathForName(u"Lab two"_s);
        whenShown<ProfilesDialog>([](ProfilesDialog *dialog) { deleteProfile(dialog, u"Lab two"_s, true); });
        manage();
        QTRY_COMPARE_WITH_TIMEOUT(session.profileName(), u"Local"_s, 15000);
        QVERIFY(window.isNull());
        QCOMPARE(menuProfiles(session.window()), QStringList{u"Local"_s});
        QVERIFY(!QFileInfo::exists(QDir(tokens).filePath(u"Lab_two.token"_s)));
        QTRY_VERIFY(!QFileInfo::exists(labTwoCache));
        QVERIFY(!QFileInfo::exists(labTwoCache + u"-wal"_s));
        QCOMPARE(QSettings().value(u"profiles/last"_s).toString(), u"Local"_s);
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    useTemporaryHome(home);
    // The private server (Local) found on the PATH.
    qputenv("PATH", QFile::encodeName(QFileInfo(TestServer::serverPath()).absolutePath()) + ':' + qgetenv("PATH"));
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"nereid-test-manageprofiles"_s);
    QApplication::setOrganizationName(u"NereidTest"_s);
    TestManageProfiles test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_manageprofiles.moc"
