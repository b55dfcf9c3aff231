#include "syncerror.h"

#include <QUrl>

namespace nereid {

bool SyncError::isRetryable() const
{
    return kind == Kind::Unreachable || kind == Kind::Timeout || kind == Kind::ServerError || kind == Kind::BadAnswer ||
           kind == Kind::Storage;
}

SyncError SyncError::network(QNetworkReply::NetworkError error, const QString &detail, const QUrl &url)
{
    const QString server = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
    switch (error) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return {Kind::Timeout, tr("The server at %1 did not answer in time.").arg(server)};
    case QNetworkReply::ConnectionRefusedError:
        return {Kind::Unreachable,
                tr("The server at %1 refused the connection: it may be down. Working offline.").arg(server)};
    case QNetworkReply::HostNotFoundError:
        return {Kind::Unreachable, tr("The server %1 cannot be found. Working offline.").arg(server)};
    case QNetworkReply::RemoteHostClosedError:
        return {Kind::Unreachable, tr("The server at %1 closed the connection before answering.").arg(server)};
    default:
        break;
    }
    return {Kind::Unreachable, tr("The server at %1 cannot be reached (%2). Working offline.").arg(server, detail)};
}

SyncError SyncError::http(int status, const QString &serverMessage)
{
    if (status == 401)
        return {Kind::Unauthorized, tr("The server no longer accepts this profile's access token (it may have been "
                                       "revoked). Enter a new token to sync again.")};
    const QString said = serverMessage.isEmpty() ? QString() : QLatin1Char(' ') + serverMessage;
    if (status >= 500)
        return {Kind::ServerError, tr("The server had a problem (HTTP %1).%2").arg(status).arg(said)};
    return {Kind::Refused, tr("The server refused the request (HTTP %1).%2").arg(status).arg(said)};
}

SyncError SyncError::http(int status, const QJsonObject &answer)
{
    const QString message = answer.value(QStringLiteral("message")).toString();
    if (status != 403)
        return http(status, message);
    const auto member = [&](const char *key) { return answer.value(QLatin1String(key)).toString(); };
    const QString project = member("project");
    if (!project.isEmpty() && answer.value(QStringLiteral("read_only")).toBool())
        return {Kind::Forbidden, tr("Your token can only read %1: it is a read-only token.").arg(project)};
    if (!project.isEmpty() && member("role") == QLatin1String("viewer"))
        return {Kind::Forbidden, tr("Your token can only read %1: its user %2 has the viewer role in workspace %3, "
                                    "and changes need the contributor role.")
                                     .arg(project, member("user"), member("workspace"))};
    return {Kind::Forbidden, tr("The server does not allow this (HTTP 403). %1").arg(message)};
}

SyncError SyncError::badAnswer(const QString &detail)
{
    return {Kind::BadAnswer, tr("The server's answer could not be read: %1").arg(detail)};
}

SyncError SyncError::storage(const QString &detail)
{
    return {Kind::Storage, tr("The answer could not be stored in the local cache: %1").arg(detail)};
}

SyncError SyncError::untrustedCertificate(const QSslCertificate &certificate, bool pinned, const QUrl &url)
{
    const QString server = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
    const QString fingerprint = fingerprintText(certificate.digest(QCryptographicHash::Sha256));
    if (pinned)
        return {Kind::ChangedCertificate,
                tr("The server at %1 presented a different certificate (SHA-256 fingerprint %2) from the one "
                   "trusted for this profile. Someone may be intercepting the connection: it was refused.")
                    .arg(server, fingerprint),
                certificate};
    return {Kind::UntrustedCertificate,
            tr("The server at %1 presented a certificate this system does not trust (SHA-256 fingerprint %2). "
               "The connection was refused.")
                .arg(server, fingerprint),
            certificate};
}

QString SyncError::fingerprintText(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

} // namespace nereid
