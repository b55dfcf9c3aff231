#include "selfsignedcertificate.h"
#include "views/certificatedialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

// The question the app asks about a server certificate the system does not trust: the certificate's names, issuer,
// validity and SHA-256 fingerprint to compare, for one profile; and not trusting is what Enter does.
class TestCertificateDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_certificate = std::make_unique<SelfSignedCertificate>();
        QVERIFY2(m_certificate->isValid(), qPrintable(m_certificate->error()));
    }

    void showsTheCertificate()
    {
        CertificateDialog dialog(m_certificate->certificate(), u"https://127.0.0.1:8765"_s, u"Lab"_s, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto text = [&](const QString &name) { return dialog.findChild<QLabel *>(name)->text(); };
        QCOMPARE(dialog.windowTitle(), u"Untrusted certificate"_s);
        QVERIFY(text(u"explanation"_s).contains(u"https://127.0.0.1:8765"_s));
        QVERIFY(text(u"explanation"_s).contains(u"Lab"_s));
        QCOMPARE(text(u"subject"_s), u"127.0.0.1"_s);
        QVERIFY(text(u"names"_s).contains(u"127.0.0.1"_s));
        QCOMPARE(text(u"issuer"_s), u"127.0.0.1 (self-signed)"_s);
        QVERIFY(!text(u"validFrom"_s).isEmpty());
        QVERIFY(!text(u"validUntil"_s).isEmpty());
        // 32 pairs of hex digits in two lines of 16, as `openssl x509 -fingerprint -sha256` prints them.
        const QByteArray digest = m_certificate->certificate().digest(QCryptographicHash::Sha256);
        const QStringList lines = text(u"fingerprint"_s).split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.join(u':'), QString::fromLatin1(digest.toHex(':').toUpper()));
        QCOMPARE(lines.first().size(), 16 * 3 - 1);
        QVERIFY(!dialog.findChild<QLabel *>(u"notValidNow"_s));
        QCOMPARE(dialog.findChild<QPushButton *>(u"trustButton"_s)->text(), u"&Trust for Lab"_s);
        QVERIFY(dialog.grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/certificatedialog.png")));
    }

    void enterDoesNotTrust()
    {
        CertificateDialog dialog(m_certificate->certificate(), u"https://127.0.0.1:8765"_s, u"Lab"_s, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        CertificateDialog again(m_certificate->certificate(), u"https://127.0.0.1:8765"_s, u"Lab"_s, false);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTest::mouseClick(again.findChild<QPushButton *>(u"trustButton"_s), Qt::LeftButton);
        QCOMPARE(again.result(), int(QDialog::Accepted));
    }

    void warnsWhenTheCertificateChanged()
    {
        CertificateDialog dialog(m_certificate->certificate(), u"https://127.0.0.1:8765"_s, u"Lab"_s, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), u"Certificate changed"_s);
        const QString explanation = dialog.findChild<QLabel *>(u"explanation"_s)->text();
        QVERIFY2(explanation.contains(u"different certificate"_s), qPrintable(explanation));
        QVERIFY2(explanation.contains(u"intercepting"_s), qPrintable(explanation));
        QCOMPARE(dialog.findChild<QPushButton *>(u"trustButton"_s)->text(), u"&Trust the new certificate"_s);
        QVERIFY(dialog.findChild<QPushButton *>(u"refuseButton"_s)->isDefault());
        QVERIFY(dialog.grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/certificatedialog-changed.png")));
    }

private:
    std::unique_ptr<SelfSignedCertificate> m_certificate;
};

QTEST_MAIN(TestCertificateDialog)
#include "test_certificatedialog.moc"
