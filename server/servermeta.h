#pragma once

#include <QString>

namespace nereid {

class Database;

// The database's own facts in `server_meta` (schema 5): its `epoch`, the random name of this database that
// /health and every changes page carry (docs/api.md). A client that sees another epoch, or a cursor above the
// server's revision, knows the database went back in time and syncs from scratch. Plain SQL both backends take;
// a new epoch is drawn here in C++, not by the database.
class ServerMeta
{
public:
    explicit ServerMeta(Database &db)
        : m_db(db)
    {
    }

    // The stored epoch; empty when there is none (a database that never reached schema 5).
    QString epoch();
    // Draws a new epoch, stores it and returns it: after a backup, a migration or `epoch renew`.
    QString renewEpoch();

    // 32 lowercase hex digits from the system's random source.
    static QString drawEpoch();

private:
    Database &m_db;
};

} // namespace nereid
