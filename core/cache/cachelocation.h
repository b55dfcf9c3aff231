#pragma once

#include <QString>
#include <QUrl>

namespace nereid {

// Where the cache of one server profile lives: one SQLite file per server URL and user, in the user's data
// folder (QStandardPaths::AppDataLocation, "cache" below it) unless a folder is given (tests, portable use).
class CacheLocation
{
public:
    static QString defaultFolder();
    // "<host>-<port>-<user>-<hash>.sqlite": readable, and distinct for every URL and user.
    static QString fileName(const QUrl &server, const QString &user);
    static QString filePath(const QUrl &server, const QString &user, const QString &folder = {});
    // A cache named by the app rather than by URL ("local" -> "profile-local.sqlite"), for a server whose URL
    // changes between sessions: the private server listens on a new port each start and must find its cache
    // again. Characters unsafe in file names become '_'; the prefix keeps it apart from URL-named files.
    static QString fileNameForName(const QString &profileName);
    static QString filePathForName(const QString &profileName, const QString &folder = {});
};

} // namespace nereid
