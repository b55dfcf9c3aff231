#include "certificatedialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace nereid {

CertificateDialog::CertificateDialog(const QSslCertificate &certificate, const QString &server, const QString &profile,
                                     bool replacesPinned, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(replacesPinned ? tr("Certificate changed") : tr("Untrusted certificate"));
    auto *explanation = new QLabel(this);
    explanation->setObjectName(QStringLiteral("explanation"));
    explanation->setWordWrap(true);
    explanation->setText(
        replacesPinned
            ? tr("The server at %1 presented a different certificate from the one trusted for the profile %2. "
                 "Someone may be intercepting the connection, or the server's certificate was replaced. Trust the "
                 "new certificate only if the server's administrator confirms its fingerprint.")
                  .arg(server, profile)
            : tr("The server at %1 presented a certificate this computer does not trust. If it is your team's own "
                 "certificate, compare its fingerprint with the one the server's administrator gives you, then "
                 "trust it for the profile %2 only.")
                  .arg(server, profile));

    auto *form = new QFormLayout;
    const QString subject = certificate.subjectDisplayName();
    addRow(form, tr("Issued to:"), QStringLiteral("subject"), subject);
    const QStringList names = certificate.subjectAlternativeNames().values();
    if (!names.isEmpty())
        addRow(form, tr("Names:"), QStringLiteral("names"), names.join(QStringLiteral(", ")));
    const QString issuer = certificate.issuerDisplayName();
    addRow(form, tr("Issued by:"), QStringLiteral("issuer"),
           certificate.isSelfSigned() ? tr("%1 (self-signed)").arg(issuer) : issuer);
    const QLocale locale;
    addRow(form, tr("Valid from:"), QStringLiteral("validFrom"),
           locale.toString(certificate.effectiveDate().toLocalTime(), QLocale::ShortFormat));
    addRow(form, tr("Valid until:"), QStringLiteral("validUntil"),
           locale.toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat));
    addRow(form, tr("SHA-256 fingerprint:"), QStringLiteral("fingerprint"), fingerprintLines(certificate))
        ->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now < certificate.effectiveDate() || now > certificate.expiryDate()) {
        auto *expired = new QLabel(tr("This certificate is not valid at this time."), this);
        expired->setObjectName(QStringLiteral("notValidNow"));
        layout->addWidget(expired);
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *trust =
        buttons->addButton(replacesPinned ? tr("&Trust the new certificate") : tr("&Trust for %1").arg(profile),
                           QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    trust->setAutoDefault(false);
    QPushButton *refuse = buttons->addButton(tr("&Do not trust"), QDialogButtonBox::RejectRole);
    refuse->setObjectName(QStringLiteral("refuseButton"));
    refuse->setDefault(true); // Enter must not trust a certificate by accident
    refuse->setFocus();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString CertificateDialog::fingerprintLines(const QSslCertificate &certificate)
{
    return fingerprintLines(certificate.digest(QCryptographicHash::Sha256));
}

QString CertificateDialog::fingerprintLines(const QByteArray &digest)
{
    const QString hex = QString::fromLatin1(digest.toHex(':').toUpper());
    // 16 pairs and their colons are 48 characters: the first line ends on a pair, the colon moves to the break.
    return hex.left(47) + QLatin1Char('\n') + hex.mid(48);
}

QLabel *CertificateDialog::addRow(QFormLayout *form, const QString &label, const QString &objectName,
                                  const QString &text)
{
    auto *value = new QLabel(text, this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse); // copied into a message to the administrator
    form->addRow(label, value);
    return value;
}

} // namespace nereid
