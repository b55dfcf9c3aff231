#pragma once

#include <QList>
#include <QString>

namespace nereid {

class Database;

// The SQLite schema of nereid-server and its migrations, one transaction per version step,
// tracked in PRAGMA user_version. A database written by a newer server is refused, never touched.
class SqliteSchema
{
public:
    static constexpr int CurrentVersion = 7;

    explicit SqliteSchema(Database &db)
        : m_db(db)
    {
    }

    // Sets the connection's pragmas (a page cache of `cacheMiB`) and migrates; returns an empty string or the reason
    // it failed.
    QString prepare(int cacheMiB = 64);

private:
    // Runs one version step's statements and sets user_version to `version`, all in one transaction.
    QString migrate(int version, const QList<const char *> &statements);

    Database &m_db;
};

} // namespace nereid
