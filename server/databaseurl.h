#pragma once

#include <QString>
#include <QUrlQuery>

namespace nereid {

// Where a server keeps its runs (--database): `sqlite:DIR` or `postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME`
// (`postgres://` too), as docs/api.md describes.
struct DatabaseUrl
{
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    Kind kind = Kind::Sqlite;
    QString sqliteDir;
    int sqliteCacheMiB = 64; // each SQLite connection's page cache (--sqlite-cache-mib)
    QString host; // a name, an address or a Unix socket's folder (?host=/run/postgresql)
    int port = 5432;
    QString user;
    QString password; // empty: libpq's PGPASSWORD or ~/.pgpass
    QString databaseName;
    QString connectOptions; // for QPSQL's setConnectOptions: sslmode and the like

    // The URL, or `sqlite:` `dataDir` when it is empty; an empty `error` says it parsed.
    static DatabaseUrl parse(const QString &url, const QString &dataDir, QString *error);

    // The URL without its password, for messages and logs.
    QString display() const;
};

} // namespace nereid
