#include "cachelocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace nereid {

QString CacheLocation::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("cache"));
}

QString CacheLocation::fileName(const QUrl &server, const QString &user)
{
    // The hash keeps profiles apart whose readable parts look alike (paths, schemes, odd characters).
    QUrl url = server.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (url.path() == QLatin1String("/")) // StripTrailingSlash keeps a lone "/"
        url.setPath({});
    const QString normalized = url.toString();
    const QByteArray hash =
        QCryptographicHash::hash((normalized + QLatin1Char('\n') + user).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(12);
    QString readable = QStringLiteral("%1-%2-%3").arg(server.host(), QString::number(server.port(80)), user);
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    readable.replace(unsafe, QStringLiteral("_"));
    return readable.left(80) + QLatin1Char('-') + QString::fromLatin1(hash) + QStringLiteral(".sqlite");
}

QString CacheLocation::filePath(const QUrl &server, const QString &user, const QString &folder)
{
    const QString dir = folder.isEmpty() ? defaultFolder() : folder;
    return QDir(dir).filePath(fileName(server, user));
}

QString CacheLocation::fileNameForName(const QString &profileName)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString readable = profileName.left(80);
    readable.replace(unsafe, QStringLiteral("_"));
    return QStringLiteral("profile-") + readable + QStringLiteral(".sqlite");
}

QString CacheLocation::filePathForName(const QString &profileName, const QString &folder)
{
    const QString dir = folder.isEmpty() ? defaultFolder() : folder;
    return QDir(dir).filePath(fileNameForName(profileName));
}

} // namespace nereid
