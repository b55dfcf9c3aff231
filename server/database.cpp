#include "database.h"

#include "apierror.h"
#include "sqliteschema.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcDatabase, "nereid.server.database")

namespace nereid {

Database::Database(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_sqliteStatements.clear(); // finalized before the connection closes
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::openSqlite(const QString &dataDir)
{
    if (!QDir().mkpath(dataDir))
        return QStringLiteral("cannot create the data folder %1").arg(dataDir);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("nereid.sqlite")));
    // Another process (the token command) may hold the write lock for a moment.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open())
        return m_db.lastError().text();
    return SqliteSchema(*this).prepare();
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            throw ApiError{500, QStringLiteral("internal"),
                           QStringLiteral("database: %1").arg(query.lastError().text())};
        it = m_statements.insert(sql, query);
    }
    return *it;
}

SqlStatement &Database::statement(const QByteArray &sql)
{
    auto it = m_sqliteStatements.find(sql);
    if (it == m_sqliteStatements.end()) {
        // Qt's SQLite driver hands out its sqlite3 handle; it links the same system libsqlite3 as SqlStatement.
        const QVariant handle = m_db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            throw ApiError{500, QStringLiteral("internal"), QStringLiteral("database: not an open SQLite connection")};
        it = m_sqliteStatements.insert(
            sql, std::make_shared<SqlStatement>(*static_cast<sqlite3 *const *>(handle.constData()), sql));
    }
    (*it)->reset();
    return **it;
}

void Database::exec(QSqlQuery &query)
{
    if (!query.exec()) {
        qCWarning(lcDatabase) << "statement failed:" << query.lastQuery() << query.lastError().text();
        throw ApiError{500, QStringLiteral("internal"), QStringLiteral("database: %1").arg(query.lastError().text())};
    }
}

void Database::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw ApiError{500, QStringLiteral("internal"), QStringLiteral("database: %1").arg(query.lastError().text())};
}

std::optional<qint64> Database::dataVersion()
{
    try {
        static const QString sql = QStringLiteral("PRAGMA data_version");
        QSqlQuery &query = prepared(sql);
        std::optional<qint64> version;
        if (query.exec() && query.next())
            version = query.value(0).toLongLong();
        query.finish();
        return version;
    } catch (const ApiError &) {
        return std::nullopt;
    }
}

bool Database::run(const char *sql)
{
    // Prepared once like any statement: BEGIN and ROLLBACK frame every read, and preparing them anew each time
    // cost as much as the read's own SELECTs.
    try {
        QSqlQuery &query = prepared(QLatin1String(sql));
        const bool ok = query.exec();
        if (!ok)
            m_lastError = query.lastError().text();
        query.finish();
        return ok;
    } catch (const ApiError &error) {
        m_lastError = error.message;
        return false;
    }
}

// The outermost level is a transaction; levels inside it are savepoints, so a route that opens a transaction
// of its own works the same inside a read's snapshot or the writer's group.
bool Database::transaction()
{
    if (m_depth > 0 && !run("SAVEPOINT nested"))
        return false;
    // A rollback refused earlier (a statement still running) would leave a transaction open and every later
    // request on this connection refused: end it and begin again.
    if (m_depth == 0 && !run("BEGIN") && !(run("ROLLBACK") && run("BEGIN")))
        return false;
    ++m_depth;
    return true;
}

bool Database::commit()
{
    if (m_depth == 0)
        return false;
    if (--m_depth > 0)
        return run("RELEASE nested");
    if (run("COMMIT"))
        return true;
    m_commitError = m_lastError;
    run("ROLLBACK"); // a failed COMMIT may leave the transaction open
    return false;
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    if (--m_depth == 0)
        run("ROLLBACK");
    else if (run("ROLLBACK TO nested"))
        run("RELEASE nested");
}

} // namespace nereid
