#include "certificatepin.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

Q_LOGGING_CATEGORY(lcTls, "nereid.sync.tls")

namespace nereid {

namespace {

// Set on a reply whose certificate was refused, read back when the reply has finished with its handshake error.
constexpr char RefusedProperty[] = "nereidRefusedCertificate";

int defaultPort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

CertificatePin::CertificatePin(QNetworkAccessManager *manager, QUrl server, QByteArray fingerprint, QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_fingerprint(std::move(fingerprint))
{
    // Direct: QNetworkReply::ignoreSslErrors() only counts while the handshake waits inside this signal.
    connect(manager, &QNetworkAccessManager::sslErrors, this, &CertificatePin::check, Qt::DirectConnection);
}

QByteArray CertificatePin::fingerprintOf(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256);
}

std::optional<SyncError> CertificatePin::refusal(QNetworkReply *reply)
{
    const QVariant refused = reply->property(RefusedProperty);
    if (!refused.isValid() || reply->error() != QNetworkReply::SslHandshakeFailedError)
        return std::nullopt;
    return refused.value<SyncError>();
}

void CertificatePin::check(QNetworkReply *reply, const QList<QSslError> &errors)
{
    // The peer's own certificate: the errors may name another one of its chain (an unknown issuer).
    QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (peer.isNull() && !errors.isEmpty())
        peer = errors.first().certificate();
    const bool ownServer = isOwnServer(reply->url());
    if (ownServer && !peer.isNull() && !m_fingerprint.isEmpty() && fingerprintOf(peer) == m_fingerprint) {
        // Exactly these errors, of this handshake: anything else still fails it.
        reply->ignoreSslErrors(errors);
        return;
    }
    for (const QSslError &error : errors)
        qCInfo(lcTls) << "refused" << reply->url().host() << error.errorString();
    // A pin is for the profile's server only: elsewhere the certificate counts as merely untrusted.
    const SyncError error = SyncError::untrustedCertificate(peer, ownServer && !m_fingerprint.isEmpty(), reply->url());
    reply->setProperty(RefusedProperty, QVariant::fromValue(error));
    emit refused(error);
}

bool CertificatePin::isOwnServer(const QUrl &url) const
{
    return url.scheme() == m_server.scheme() && url.host().compare(m_server.host(), Qt::CaseInsensitive) == 0 &&
           defaultPort(url) == defaultPort(m_server);
}

} // namespace nereid
