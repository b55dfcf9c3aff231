#pragma once

#include <QDialog>
#include <QSslCertificate>

class QFormLayout;
class QLabel;

namespace nereid {

// Asks whether to trust, for one connection profile, a server certificate the system does not trust (self-signed,
// or from a private CA). It shows whom the certificate names, who signed it, when it is valid and its SHA-256
// fingerprint, for the user to compare with the one the server's administrator gives. When the profile trusts
// another certificate already, it says plainly that someone may be intercepting the connection. Not trusting is
// the default: Enter or Escape leave the certificate untrusted.
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    // `server`: the address that presented it; `profile`: the profile that would trust it; `replacesPinned`: that
    // profile trusts another certificate.
    CertificateDialog(const QSslCertificate &certificate, const QString &server, const QString &profile,
                      bool replacesPinned, QWidget *parent = nullptr);

    // The fingerprint as shown: 32 pairs of hex digits in two lines of 16.
    static QString fingerprintLines(const QSslCertificate &certificate);
    // The same for a SHA-256 digest (32 bytes), as a profile keeps it.
    static QString fingerprintLines(const QByteArray &digest);

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName, const QString &text);
};

} // namespace nereid
