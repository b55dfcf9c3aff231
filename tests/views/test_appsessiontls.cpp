#include "apiclient.h"
#include "appsession.h"
#include "helpers.h"
#include "profilestore.h"
#include "selfsignedcertificate.h"
#include "sync/syncengine.h"
#include "testserver.h"
#include "userfolders.h"
#include "views/certificatedialog.h"
#include "views/mainmenus.h"
#include "views/mainwindow.h"
#include "views/profilesdialog.h"
#include "views/syncstatusbar.h"

#include <functional>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {

const QString Project = u"team/p"_s;

// Answers every CertificateDialog that shows up with `answer`, and counts them.
class DialogAnswerer
{
public:
    explicit DialogAnswerer(std::function<void(CertificateDialog *)> answer)
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this, answer = std::move(answer)] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<CertificateDialog *>(widget);
                if (dialog && dialog->isVisible() && !m_answered.contains(dialog)) {
                    m_answered.append(dialog);
                    answer(dialog);
                }
            }
        });
        m_timer.start(20);
    }
    int count() const { return int(m_answered.size()); }

private:
    QTimer m_timer;
    QList<QPointer<CertificateDialog>> m_answered;
};

QString statusText(AppSession &session)
{
    return session.window()->syncStatusBar()->findChild<QLabel *>(u"syncStatus"_s)->text();
}

ProfileStore::Profile savedProfile(const QString &name)
{
    QSettings settings;
    ProfileStore store(&settings,
                       QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"profiles"_s));
    QString error;
    return store.find(name, &error).value_or(ProfileStore::Profile{});
}

} // namespace

// The app's session on a saved profile whose server has TLS with a self-signed certificate: the user is shown the
// certificate and may trust it for that profile, which then pins it and syncs, in this session and the next; a
// different certificate on the same address later is refused again and shown as a possible attack. A pin forgotten in
// Manage profiles makes the certificate a question again.
class TestAppSessionTls : public QObject
{
    Q_OBJECT

private slots:
    void trustedCertificateIsPinnedInTheProfile()
    {
        SelfSignedCertificate certificate;
        QVERIFY2(certificate.isValid(), qPrintable(certificate.error()));
        TestServer server(certificate.serverArgs());
        QVERIFY2(server.start(), qPrintable(server.errors()));
        addProfile(u"Lab"_s, server, certificate);
        if (QTest::currentTestFailed())
            return;

        QByteArray shown;
        {
            DialogAnswerer trust([&](CertificateDialog *dialog) {
                shown = dialog->findChild<QLabel *>(u"fingerprint"_s)->text().toLatin1();
                QVERIFY(dialog->windowTitle() == u"Untrusted certificate"_s);
                dialog->findChild<QPushButton *>(u"trustButton"_s)->click();
            });
            AppSession session(AppOptions{});
            QString error;
            QVERIFY2(session.start(&error), qPrintable(error));
            QTRY_COMPARE_WITH_TIMEOUT(session.engine()->cache().runs(Project).size(), 1, 10000);
            QCOMPARE(trust.count(), 1); // every request failed alike; the user was asked once
        }
        const QByteArray digest = certificate.certificate().digest(QCryptographicHash::Sha256);
        QCOMPARE(shown.replace('\n', ':'), digest.toHex(':').toUpper());
        QCOMPARE(savedProfile(u"Lab"_s).certificate, digest);

        // The next session of the profile connects without asking.
        DialogAnswerer none([](CertificateDialog *dialog) { dialog->reject(); });
        AppSession next(AppOptions{});
        QString error;
        QVERIFY2(next.start(&error), qPrintable(error));
        next.engine()->syncNow(Project);
        QTRY_COMPARE_WITH_TIMEOUT(next.engine()->status(Project).state, SyncStatus::State::UpToDate, 10000);
        QCOMPARE(none.count(), 0);
    }

    void declinedCertificateIsNotPinned()
    {
        SelfSignedCertificate certificate;
        QVERIFY2(certificate.isValid(), qPrintable(certificate.error()));
        TestServer server(certificate.serverArgs());
        QVERIFY2(server.start(), qPrintable(server.errors()));
        addProfile(u"Declined"_s, server, certificate);
        if (QTest::currentTestFailed())
            return;

        DialogAnswerer refuse(
            [](CertificateDialog *dialog) { dialog->findChild<QPushButton *>(u"refuseButton"_s)->click(); });
        AppSession session(AppOptions{});
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        QTRY_COMPARE(refuse.count(), 1);
        const QString fingerprint =
            SyncError::fingerprintText(certificate.certificate().digest(QCryptographicHash::Sha256));
        QTRY_VERIFY2(statusText(session).contains(fingerprint), qPrintable(statusText(session)));
        QVERIFY(session.engine()->cache().runs(Project).isEmpty());
        QVERIFY(savedProfile(u"Declined"_s).certificate.isEmpty());
        QTest::qWait(300);
        QCOMPARE(refuse.count(), 1); // not asked again until the user refreshes
    }

    void changedCertificateIsRefusedAsAPossibleAttack()
    {
        SelfSignedCertificate trusted;
        QVERIFY2(trusted.isValid(), qPrintable(trusted.error()));
        auto server = std::make_unique<TestServer>(trusted.serverArgs());
        QVERIFY2(server->start(), qPrintable(server->errors()));
        addProfile(u"Changed"_s, *server, trusted, trusted.certificate().digest(QCryptographicHash::Sha256));
        if (QTest::currentTestFailed())
            return;
        const quint16 port = server->port();
        server.reset();

        SelfSignedCertificate impostor;
        QVERIFY2(impostor.isValid(), qPrintable(impostor.error()));
        TestServer other(impostor.serverArgs() + QStringList{u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)});
        QVERIFY2(other.start(), qPrintable(other.errors()));
        QString explanation;
        DialogAnswerer refuse([&](CertificateDialog *dialog) {
            explanation = dialog->findChild<QLabel *>(u"explanation"_s)->text();
            QVERIFY(dialog->windowTitle() == u"Certificate changed"_s);
            QVERIFY(dialog->findChild<QPushButton *>(u"refuseButton"_s)->isDefault());
            dialog->findChild<QPushButton *>(u"refuseButton"_s)->click();
        });
        AppSession session(AppOptions{});
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        QTRY_COMPARE(refuse.count(), 1);
        QVERIFY2(explanation.contains(u"intercepting"_s), qPrintable(explanation));
        QTRY_VERIFY2(statusText(session).contains(u"intercepting"_s), qPrintable(statusText(session)));
        QCOMPARE(savedProfile(u"Changed"_s).certificate, trusted.certificate().digest(QCryptographicHash::Sha256));
    }

    void forgottenCertificateIsAskedAboutAgain()
    {
        SelfSignedCertificate certificate;
        QVERIFY2(certificate.isValid(), qPrintable(certificate.error()));
        TestServer server(certificate.serverArgs());
        QVERIFY2(server.start(), qPrintable(server.errors()));
        const QByteArray digest = certificate.certificate().digest(QCryptographicHash::Sha256);
        addProfile(u"Forget"_s, server, certificate, digest);
        if (QTest::currentTestFailed())
            return;

        DialogAnswerer refuse(
            [](CertificateDialog *dialog) { dialog->findChild<QPushButton *>(u"refuseButton"_s)->click(); });
        AppSession session(AppOptions{});
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(session.engine()->cache().runs(Project).size(), 1, 10000);
        QCOMPARE(refuse.count(), 0); // pinned: nothing to ask

        // File > Profiles > Manage profiles…: the pin shown, then forgotten.
        QString shown;
        QString after;
        QTimer profiles;
        QObject::connect(&profiles, &QTimer::timeout, &profiles, [&] {
            ProfilesDialog *dialog = nullptr;
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *found = qobject_cast<ProfilesDialog *>(widget); found && found->isVisible())
                    dialog = found;
            }
            if (!dialog)
                return;
            profiles.stop();
            dialog->selectProfile(u"Forget"_s);
            shown = dialog->findChild<QLabel *>(u"pinnedCertificate"_s)->text();
            dialog->findChild<QPushButton *>(u"forgetCertificate"_s)->click();
            after = dialog->findChild<QLabel *>(u"pinnedCertificate"_s)->text();
            dialog->reject();
        });
        profiles.start(20);
        const QPointer<MainWindow> before = session.window();
        session.window()->menus()->manageProfiles()->trigger();
        QTRY_VERIFY(!after.isEmpty());
        QCOMPARE(shown.replace(u'\n', u':'), QString::fromLatin1(digest.toHex(':').toUpper()));
        QCOMPARE(after, u"No certificate pinned"_s);
        QVERIFY(savedProfile(u"Forget"_s).certificate.isEmpty());

        // The open profile reconnects without the pin, and the same certificate is a question again.
        QTRY_VERIFY(before.isNull());
        QTRY_COMPARE_WITH_TIMEOUT(refuse.count(), 1, 10000);
        QVERIFY(session.engine()->connection().profile().pinnedCertificate.isEmpty());
        QVERIFY(savedProfile(u"Forget"_s).certificate.isEmpty()); // refused: still nothing pinned
    }

private:
    // A saved profile on `server`, with a project and a run there, opened when the app starts.
    static void addProfile(const QString &name, TestServer &server, const SelfSignedCertificate &certificate,
                           const QByteArray &pin = {})
    {
        ApiClient api(server.apiUrl(), server.token());
        api.trustCertificate(certificate.certificate());
        NEREID_EXPECT_STATUS(createProject(api, Project, u"CLS"_s), 201);
        NEREID_EXPECT_STATUS(createRun(api, Project), 201);
        QSettings settings;
        ProfileStore store(
            &settings, QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"profiles"_s));
        QString error;
        QVERIFY2(store.save({name, server.baseUrl(), server.token(), pin}, &error), qPrintable(error));
        store.setLastProfile(name);
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    useTemporaryHome(home);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"nereid-test-appsessiontls"_s);
    QApplication::setOrganizationName(u"NereidTest"_s);
    TestAppSessionTls test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_appsessiontls.moc"
