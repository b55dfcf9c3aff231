#include "profiletokenstore.h"
#include "views/connectdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;

// File > Connect to server…: OK is refused, with the reason shown, until the profile can be saved.
class TestConnectDialog : public QObject
{
    Q_OBJECT

private:
    static void fill(ConnectDialog &dialog, const QString &name, const QString &url, const QString &token)
    {
        dialog.findChild<QLineEdit *>(u"profileName"_s)->setText(name);
        dialog.findChild<QLineEdit *>(u"serverUrl"_s)->setText(url);
        dialog.findChild<QLineEdit *>(u"apiToken"_s)->setText(token);
    }

    static void pressOk(ConnectDialog &dialog)
    {
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

private slots:
    void refusesBadInputWithTheReasonShown_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no scheme") << u"Lab"_s << u"nereid.example.org"_s << u"t"_s << u"http"_s;
        QTest::newRow("ftp") << u"Lab"_s << u"ftp://nereid.example.org"_s << u"t"_s << u"http"_s;
        QTest::newRow("no host") << u"Lab"_s << u"https://"_s << u"t"_s << u"host"_s;
        QTest::newRow("empty token") << u"Lab"_s << u"https://nereid.example.org"_s << u"  "_s << u"token"_s;
        QTest::newRow("taken name") << u"work"_s << u"https://nereid.example.org"_s << u"t"_s << u"exists"_s;
        QTest::newRow("Local") << u"Local"_s << u"https://nereid.example.org"_s << u"t"_s << u"exists"_s;
        QTest::newRow("no name") << u""_s << u"https://nereid.example.org"_s << u"t"_s << u"name"_s;
    }

    void refusesBadInputWithTheReasonShown()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, token);
        QFETCH(QString, reason);
        ConnectDialog dialog({u"Local"_s, u"Work"_s}, [](const QString &n) -> QString { return u"kept in "_s + n; });
        dialog.show();
        fill(dialog, name, url, token);
        pressOk(dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        auto *problem = dialog.findChild<QLabel *>(u"problem"_s);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(reason), qPrintable(problem->text()));
        QCOMPARE(dialog.findChild<QLineEdit *>(u"serverUrl"_s)->text(), url); // what was typed stays
        if (QByteArray(QTest::currentDataTag()) == "no host")                 // to be looked at
            QVERIFY(dialog.grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/connectdialog-refused.png")));
    }

    void acceptsAGoodProfileAndSaysWhereTheTokenGoes()
    {
        ConnectDialog dialog({u"Local"_s}, [](const QString &n) -> QString { return u"Token file of "_s + n; });
        dialog.show();
        fill(dialog, u" Lab GPU "_s, u"https://nereid.example.org:8443/"_s, u"secret"_s);
        QVERIFY(dialog.findChild<QLineEdit *>(u"apiToken"_s)->echoMode() == QLineEdit::Password);
        bool saysWhere = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            saysWhere |= label->isVisible() && label->text() == u"Token file of Lab GPU"_s;
        QVERIFY(saysWhere);
        pressOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.name(), u"Lab GPU"_s);
        QCOMPARE(dialog.url(), QUrl(u"https://nereid.example.org:8443"_s));
        QCOMPARE(dialog.token(), u"secret"_s);
    }

    // Manage profiles > Edit…: the name stays, the URL is prefilled, an empty token keeps the stored one.
    void editsAProfileKeepingItsNameAndToken()
    {
        ConnectDialog dialog({u"Local"_s, u"Lab"_s}, [](const QString &n) -> QString { return u"Stored for "_s + n; });
        dialog.setEditing(u"Lab"_s, QUrl(u"https://old.example.org"_s));
        dialog.show();
        auto *name = dialog.findChild<QLineEdit *>(u"profileName"_s);
        auto *url = dialog.findChild<QLineEdit *>(u"serverUrl"_s);
        QVERIFY(name->isReadOnly());
        QCOMPARE(name->text(), u"Lab"_s);
        QCOMPARE(url->text(), u"https://old.example.org"_s);
        QCOMPARE(dialog.findChild<QLabel *>(u"tokenPlace"_s)->text(), u"Stored for Lab"_s);
        QVERIFY(dialog.findChild<QLineEdit *>(u"apiToken"_s)->placeholderText().contains(u"keep"_s));
        url->clear();
        QTest::keyClicks(url, u"https://new.example.org/"_s);
        pressOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted)); // its own name is not "taken", no token needed
        QCOMPARE(dialog.name(), u"Lab"_s);
        QCOMPARE(dialog.url(), QUrl(u"https://new.example.org"_s));
        QVERIFY(dialog.token().isEmpty());
    }

    // With no keychain (no session bus, see main()), the dialog says in words that the token goes to a file that
    // only the user can read, and which.
    void saysTheTokenGoesToAFileWithoutAKeychain()
    {
        QTemporaryDir dir;
        ProfileTokenStore tokens(dir.filePath(u"profiles"_s));
        ConnectDialog dialog({u"Local"_s}, [&](const QString &n) { return tokens.placeDescription(n); });
        dialog.show();
        fill(dialog, u"Lab GPU"_s, u"https://nereid.example.org"_s, u"secret"_s);
        const QString place = dialog.findChild<QLabel *>(u"tokenPlace"_s)->text();
        QVERIFY2(place.contains(u"file only you can read"_s), qPrintable(place));
        QVERIFY2(place.contains(QDir::toNativeSeparators(tokens.filePath(u"Lab GPU"_s))), qPrintable(place));
        // In words: the keychain's own error (D-Bus's, dbus-launch's) is for the log, not for the dialog.
        QVERIFY(!tokens.keychainProblem().isEmpty());
        QVERIFY2(!place.contains(tokens.keychainProblem()), qPrintable(place));
        QVERIFY2(!place.contains(u"dbus"_s, Qt::CaseInsensitive), qPrintable(place));
        QVERIFY(dialog.grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/connectdialog-tokenfile.png")));
    }
};

int main(int argc, char *argv[])
{
    // No session bus, set before Qt connects to one: the user's keychain is never touched.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/nereid-test-bus");
    QApplication app(argc, argv);
    TestConnectDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_connectdialog.moc"
