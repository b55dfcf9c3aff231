#pragma once

#include <QList>
#include <QString>

namespace nereid {

class Database;

// The PostgreSQL schema of nereid-server: SQLite's tables and version steps (SqliteSchema) in PostgreSQL's types,
// tracked in the table nereid_schema. Servers starting together on one database migrate it once: the whole
// migration runs in one transaction under an advisory lock, so the second waits and then finds nothing to do.
// A database written by a newer server is refused, never touched.
class PostgresSchema
{
public:
    static constexpr int CurrentVersion = 7;

    explicit PostgresSchema(Database &db)
        : m_db(db)
    {
    }

    // Migrates; returns an empty string or the reason it failed.
    QString prepare();

private:
    QString migrate();

    Database &m_db;
};

} // namespace nereid
