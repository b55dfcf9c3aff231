#pragma once

#include "databaseurl.h"
#include "sqlstatement.h"

#include <functional>
#include <memory>
#include <optional>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace nereid {

// The server's SQL connection and its prepared statements, on SQLite or PostgreSQL. Everything the handlers do
// goes through SQL both take on this class; what differs between the backends (the schema's DDL, how a
// transaction begins, the data version) stays here and in the schema classes (docs/storage.md).
class Database
{
public:
    enum class Backend
    {
        Sqlite,
        Postgres
    };

    explicit Database(QString connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the database and brings its schema up to date: for SQLite DIR/nereid.sqlite (created if needed) in WAL
    // mode with full fsync on commit; for PostgreSQL an existing database. Returns an empty string or the reason it
    // failed.
    QString open(const DatabaseUrl &url);
    Backend backend() const { return m_backend; }
    // Outside a transaction on PostgreSQL, connects again when the connection was lost (PostgreSQL restarted, the
    // network dropped it): QPSQL does not come back by itself. False, with lastError(), when it cannot.
    bool ensureConnected();
    // Whether a PostgreSQL connection is known to be lost (a statement failed on it).
    bool lostConnection() const;

    // A statement prepared once per connection and reused: bind, exec, read.
    QSqlQuery &prepared(const QString &sql);

    // The same prepared once and run straight through SQLite, without QVariant: for the statements a batch runs
    // thousands of times (see SqlStatement). Each use binds all its values and reads or resets it to its end.
    SqlStatement &statement(const QByteArray &sql) { return statement(sql, false); }
    // The same, its rows read one at a time on PostgreSQL (PostgresStatement's rowByRow): for results of many rows
    // read in one pass with no other statement in between (every run of a project, their fields). Held whole, such
    // a result took as much memory again as what is made of it, in fresh pages; read row by row it takes one row's.
    SqlStatement &rowByRowStatement(const QByteArray &sql) { return statement(sql, true); }

    // Runs a statement; throws ApiError(500) with the driver's message when it fails.
    void exec(QSqlQuery &query);
    void exec(const QString &sql);

    // A write transaction, or a savepoint when one is open already: the writer's group commit opens one transaction
    // for several requests, each applied in a savepoint of its own (a refused request rolls back to it). On SQLite
    // it holds the write lock from its start (BEGIN IMMEDIATE), so it waits for another writer instead of failing.
    bool transaction();
    // The transaction of a read: one snapshot for all its statements (REPEATABLE READ on PostgreSQL, where the
    // default sees each statement's own). Ended with rollback().
    bool readTransaction();
    // Releases a savepoint, or commits; a failed commit is rolled back and commitError() says why.
    bool commit();
    void rollback();
    const QString &commitError() const { return m_commitError; }
    // Why the last transaction statement (begin, commit, savepoint) failed.
    const QString &lastError() const { return m_lastError; }

    // A number that changes whenever another connection (of this process or another) commits; ReadCache keeps
    // what it read while it stays the same. Empty when the backend cannot tell.
    std::optional<qint64> dataVersion();

    // What a SELECT that reads a row in order to change it ends with: " FOR UPDATE" in a PostgreSQL write, so
    // that a writer on another instance waits until this transaction ends instead of changing the row meanwhile;
    // nothing on SQLite, where the one writer has the whole database.
    QLatin1String forUpdate() const;

    // Calls `visit` on the row of `table` (`columns` of it) of each id in `ids`, in that order, until it returns false;
    // ids without a row are passed over. `visit` runs no statement: the rows may still be arriving. On PostgreSQL a
    // statement reads a thousand ids, their rows coming one at a time: a row per statement cost a round trip each
    // (a reduced read of a million points reads a thousand series blocks), and a thousand 7.7 kB blocks held at
    // once cost more in page faults than their reading. On SQLite, in this process, a statement per id costs no more.
    void forRowsById(const QByteArray &table, const QByteArray &columns, const QList<qint64> &ids,
                     const std::function<bool(const SqlStatement &row)> &visit);

    QSqlDatabase &connection() { return m_db; }

private:
    QString openSqlite(const QString &dataDir, int cacheMiB);
    QString openPostgres(const DatabaseUrl &url);
    SqlStatement &statement(const QByteArray &sql, bool rowByRow);
    bool run(const char *sql);
    // Runs the statement that begins a transaction, connecting again first when a PostgreSQL connection was lost.
    bool begin(const char *sql);

    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    QHash<std::pair<QByteArray, bool>, std::shared_ptr<SqlStatement>> m_directStatements; // by SQL and rowByRow
    Backend m_backend = Backend::Sqlite;
    int m_depth = 0;        // open transaction levels
    bool m_reading = false; // the open transaction is a read's
    QString m_commitError;
    QString m_lastError; // of the last transaction statement that failed
};

// Text for a NOT NULL column: a null QString would bind as SQL NULL.
inline QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

} // namespace nereid
