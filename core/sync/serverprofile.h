#pragma once

#include <QString>
#include <QUrl>

namespace nereid {

// One server the app talks to: where it is (http://host:port, the API lives under /api/v1) and the
// bearer token to use. The cache file belongs to the profile's URL and user (see CacheLocation).
struct ServerProfile
{
    QUrl baseUrl;
    QString user;
    QString token;

    // baseUrl + "/api/v1" + path; path starts with '/' and may carry a query ("/projects/a/b/changes?since=3").
    QUrl apiUrl(const QString &path) const
    {
        QString base = baseUrl.toString(QUrl::StripTrailingSlash);
        return QUrl(base + QStringLiteral("/api/v1") + path);
    }
};

} // namespace nereid
