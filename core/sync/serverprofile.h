#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace nereid {

// One server the app talks to: where it is (http://host:port, the API lives under /api/v1) and the
// bearer token to use. The cache file belongs to the profile's URL and user, or to its cacheName when it
// has one (see CacheLocation).
struct ServerProfile
{
    QUrl baseUrl;
    QString user;
    QString token;
    // A fixed name for the profile's cache file ("local"), for a server whose URL changes between sessions
    // (the app's private server listens on a new port each start). Empty: the file is named after the URL and
    // user. See CacheLocation::filePathForName.
    QString cacheName = {};
    // The SHA-256 digest of the certificate the user chose to trust for this server although the system does not
    // (self-signed, or from a private CA); empty when none. See CertificatePin.
    QByteArray pinnedCertificate = {};

    // baseUrl + "/api/v1" + path; path starts with '/' and may carry a query ("/projects/a/b/changes?since=3").
    QUrl apiUrl(const QString &path) const
    {
        QString base = baseUrl.toString(QUrl::StripTrailingSlash);
        return QUrl(base + QStringLiteral("/api/v1") + path);
    }
};

} // namespace nereid
