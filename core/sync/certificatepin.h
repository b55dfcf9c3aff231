#pragma once

#include "syncerror.h"

#include <optional>
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslError>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace nereid {

// The TLS trust of one server profile. A certificate the system trusts is accepted as Qt accepts it. One it does
// not trust (self-signed, or from a private CA) is accepted only when its SHA-256 fingerprint is the one the user
// pinned for the profile, and only from the profile's own host and port: never for another server, and never by
// ignoring SSL errors wholesale. Anything else is refused, with the certificate kept on the reply for
// refusal() and sent with refused(), so the app can show it and ask the user.
class CertificatePin : public QObject
{
    Q_OBJECT

public:
    // Watches the handshakes of `manager`, whose requests go to `server`. `fingerprint` may be empty (none pinned).
    CertificatePin(QNetworkAccessManager *manager, QUrl server, QByteArray fingerprint, QObject *parent = nullptr);

    QByteArray fingerprint() const { return m_fingerprint; }
    void setFingerprint(const QByteArray &fingerprint) { m_fingerprint = fingerprint; }

    // The SHA-256 digest the profile pins.
    static QByteArray fingerprintOf(const QSslCertificate &certificate);
    // Why `reply` failed, when the failure was a certificate this pin refused.
    static std::optional<SyncError> refusal(QNetworkReply *reply);

signals:
    // A handshake was refused for its certificate (SyncError::UntrustedCertificate or ChangedCertificate).
    void refused(const nereid::SyncError &error);

private:
    void check(QNetworkReply *reply, const QList<QSslError> &errors);
    bool isOwnServer(const QUrl &url) const;

    QUrl m_server;
    QByteArray m_fingerprint;
};

} // namespace nereid
