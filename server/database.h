#pragma once

#include "sqlstatement.h"

#include <memory>
#include <optional>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace nereid {

// The server's SQL connection and its prepared statements. Everything the handlers do goes through
// portable SQL on this class; what differs between backends (the schema's DDL, pragmas) stays in
// the schema classes, so PostgreSQL can follow without touching the stores.
class Database
{
public:
    explicit Database(QString connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) DIR/nereid.sqlite in WAL mode with full fsync on commit and brings
    // its schema up to date. Returns an empty string or the reason it failed.
    QString openSqlite(const QString &dataDir);

    // A statement prepared once per connection and reused: bind, exec, read.
    QSqlQuery &prepared(const QString &sql);

    // The same prepared once and run straight through SQLite, without QVariant: for the statements a batch runs
    // thousands of times (see SqlStatement). Each use binds all its values and reads or resets it to its end.
    SqlStatement &statement(const QByteArray &sql);

    // Runs a statement; throws ApiError(500) with the driver's message when it fails.
    void exec(QSqlQuery &query);
    void exec(const QString &sql);

    // A transaction, or a savepoint when one is open already: the writer's group commit opens one transaction
    // for several requests, each applied in a savepoint of its own (a refused request rolls back to it), and a
    // read runs in a transaction that keeps one snapshot for the whole request.
    bool transaction();
    // Releases a savepoint, or commits; a failed commit is rolled back and commitError() says why.
    bool commit();
    void rollback();
    const QString &commitError() const { return m_commitError; }

    // A number that changes whenever another connection (of this process or another) commits; ReadCache keeps
    // what it read while it stays the same. Empty when the backend cannot tell.
    std::optional<qint64> dataVersion();

    QSqlDatabase &connection() { return m_db; }

private:
    bool run(const char *sql);

    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    QHash<QByteArray, std::shared_ptr<SqlStatement>> m_sqliteStatements;
    int m_depth = 0; // open transaction levels
    QString m_commitError;
    QString m_lastError; // of the last transaction statement that failed
};

// Text for a NOT NULL column: a null QString would bind as SQL NULL.
inline QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

} // namespace nereid
