#include "migrationtarget.h"

#include "database.h"
#include "databaseurl.h"
#include "migrationerror.h"
#include "migrationtable.h"

#include <QHash>

namespace nereid {

void MigrationTarget::open(const DatabaseUrl &url, const QString &text)
{
    m_connection.open(text.toUtf8());
    // Held until the process ends: two migrations into one database would interleave their chunks.
    const LibpqConnection::Rows locked =
        m_connection.query("SELECT pg_try_advisory_lock(hashtext('nereid-server migrate'))");
    if (locked.value(0).value(0) != "t")
        throw MigrationError{QStringLiteral("another migration is writing into this database right now")};
    // The tables as the server makes them, so the target is a database it takes as its own.
    Database schema(QStringLiteral("nereid-migrate-target"));
    if (const QString error = schema.open(url); !error.isEmpty())
        throw MigrationError{QStringLiteral("cannot prepare %1: %2").arg(url.display(), error)};
}

QList<unsigned> MigrationTarget::columnTypes(const MigrationTable &table)
{
    const LibpqConnection::Rows rows =
        m_connection.query("SELECT attname, atttypid FROM pg_attribute WHERE attrelid = to_regclass($1) AND attnum > 0"
                           " AND NOT attisdropped",
                           {table.name});
    QHash<QByteArray, unsigned> types;
    for (const QList<QByteArray> &row : rows)
        types.insert(row.value(0), row.value(1).toUInt());
    QList<unsigned> result;
    for (const QByteArray &column : table.columns) {
        if (!types.contains(column))
            throw MigrationError{QStringLiteral("the target's table %1 has no column %2: was it made by an older "
                                                "nereid-server?")
                                     .arg(QString::fromUtf8(table.name), QString::fromUtf8(column))};
        result.append(types.value(column));
    }
    return result;
}

QList<bool> MigrationTarget::keyIsText(const MigrationTable &table)
{
    const QList<unsigned> types = columnTypes(table);
    QList<bool> result;
    for (const QByteArray &key : table.keyColumns) {
        const unsigned type = types.value(table.columns.indexOf(key));
        result.append(type == 25 || type == 1043); // text, varchar
    }
    return result;
}

qint64 MigrationTarget::count(const MigrationTable &table)
{
    return m_connection.query("SELECT count(*) FROM " + table.name).value(0).value(0).toLongLong();
}

void MigrationTarget::suspendForeignKeys()
{
    if (!m_connection.query("SELECT to_regclass('nereid_migration_keys')").value(0).value(0).isNull())
        return; // suspended by the run this one resumes
    m_connection.exec("BEGIN");
    m_connection.exec("CREATE TABLE nereid_migration_keys AS SELECT conrelid::regclass::text AS table_name,"
                      " conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint"
                      " WHERE contype = 'f' AND connamespace = current_schema()::regnamespace");
    for (const QList<QByteArray> &key : m_connection.query("SELECT table_name, name FROM nereid_migration_keys"))
        m_connection.exec("ALTER TABLE " + key.value(0) + " DROP CONSTRAINT " + key.value(1));
    m_connection.exec("COMMIT");
}

void MigrationTarget::restoreForeignKeys()
{
    if (m_connection.query("SELECT to_regclass('nereid_migration_keys')").value(0).value(0).isNull())
        return;
    for (const QList<QByteArray> &key :
         m_connection.query("SELECT table_name, name, definition FROM nereid_migration_keys"))
        m_connection.exec("ALTER TABLE " + key.value(0) + " ADD CONSTRAINT " + key.value(1) + ' ' + key.value(2));
    m_connection.exec("DROP TABLE nereid_migration_keys");
}

void MigrationTarget::resetIdentity(const MigrationTable &table)
{
    if (table.identityColumn.isEmpty())
        return;
    // setval(NULL, …) is NULL, not an error: a column without a sequence is left alone.
    m_connection.exec("SELECT setval(pg_get_serial_sequence('" + table.name + "', '" + table.identityColumn +
                      "'), (SELECT COALESCE(MAX(" + table.identityColumn + "), 0) + 1 FROM " + table.name +
                      "), false)");
}

void MigrationTarget::renewEpoch()
{
    m_connection.exec("INSERT INTO server_meta(key, value) VALUES('epoch', replace(gen_random_uuid()::text, '-', ''))"
                      " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value");
}

} // namespace nereid
