#include "migrationsource.h"

#include "migrationerror.h"
#include "migrationtable.h"
#include "sqliteschema.h"

#include <QDir>
#include <QFileInfo>
#include <sqlite3.h>

namespace nereid {

MigrationSource::~MigrationSource()
{
    if (m_db)
        sqlite3_close_v2(m_db); // ends the read transaction
}

void MigrationSource::open(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("nereid.sqlite"));
    if (!QFileInfo::exists(path))
        throw MigrationError{QStringLiteral("there is no database at %1").arg(path)};
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        fail(path);
    sqlite3_busy_timeout(m_db, 10000);
    Statement version = prepare("PRAGMA user_version");
    const int schema = next(version.get()) ? sqlite3_column_int(version.get(), 0) : 0;
    if (schema != SqliteSchema::CurrentVersion)
        throw MigrationError{QStringLiteral("%1 has schema version %2 and this nereid-server migrates version %3: "
                                            "start this nereid-server on it once (it brings the schema up to date), "
                                            "stop it, and migrate again")
                                 .arg(path)
                                 .arg(schema)
                                 .arg(SqliteSchema::CurrentVersion)};
    if (sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(QStringLiteral("BEGIN"));
    // The first read fixes the transaction's snapshot.
    Statement epoch = prepare("SELECT value FROM server_meta WHERE key = 'epoch'");
    if (next(epoch.get()))
        m_epoch = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(epoch.get(), 0)));
}

MigrationSource::Statement MigrationSource::select(const MigrationTable &table, bool afterKey)
{
    QByteArray sql = "SELECT " + table.columnList() + " FROM " + table.name;
    if (afterKey) {
        QList<QByteArray> places;
        for (qsizetype i = 0; i < table.keyColumns.size(); ++i)
            places.append('?' + QByteArray::number(i + 1));
        sql += " WHERE (" + table.keyList() + ") > (" + places.join(", ") + ')';
    }
    return prepare(sql + " ORDER BY " + table.keyList());
}

qint64 MigrationSource::count(const MigrationTable &table)
{
    Statement statement = prepare("SELECT count(*) FROM " + table.name);
    return next(statement.get()) ? sqlite3_column_int64(statement.get(), 0) : 0;
}

bool MigrationSource::next(sqlite3_stmt *statement)
{
    const int result = sqlite3_step(statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        fail(QStringLiteral("reading"));
    return false;
}

MigrationSource::Statement MigrationSource::prepare(const QByteArray &sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        fail(QString::fromUtf8(sql));
    return Statement(statement, sqlite3_finalize);
}

void MigrationSource::fail(const QString &what) const
{
    throw MigrationError{QStringLiteral("SQLite: %1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_db)))};
}

} // namespace nereid
