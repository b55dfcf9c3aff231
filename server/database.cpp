#include "database.h"

#include "databaseerror.h"
#include "postgresarray.h"
#include "postgresschema.h"
#include "postgresstatement.h"
#include "sqlitedriverstatement.h"
#include "sqliteschema.h"

#include <libpq-fe.h>
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
    m_directStatements.clear(); // finalized before the connection closes
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::open(const DatabaseUrl &url)
{
    m_backend = url.kind == DatabaseUrl::Kind::Postgres ? Backend::Postgres : Backend::Sqlite;
    return m_backend == Backend::Postgres ? openPostgres(url) : openSqlite(url.sqliteDir, url.sqliteCacheMiB);
}

QString Database::openSqlite(const QString &dataDir, int cacheMiB)
{
    if (!QDir().mkpath(dataDir))
        return QStringLiteral("cannot create the data folder %1").arg(dataDir);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("nereid.sqlite")));
    // Another process (the token command) may hold the write lock for a moment.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open())
        return m_db.lastError().text();
    return SqliteSchema(*this).prepare(cacheMiB);
}

QString Database::openPostgres(const DatabaseUrl &url)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db.isValid())
        return QStringLiteral("Qt's PostgreSQL driver is missing (install libqt6sql6-psql)");
    m_db.setHostName(url.host);
    m_db.setPort(url.port);
    m_db.setUserName(url.user);
    m_db.setPassword(url.password);
    m_db.setDatabaseName(url.databaseName);
    m_db.setConnectOptions(url.connectOptions);
    if (!m_db.open())
        return QStringLiteral("cannot connect to %1: %2").arg(url.display(), m_db.lastError().text());
    return PostgresSchema(*this).prepare();
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        // Forward-only on QPSQL fetches row by row (single-row mode), which keeps the connection busy until the
        // last row: a PostgresStatement run meanwhile would be refused. Its whole result at once, then.
        query.setForwardOnly(m_backend == Backend::Sqlite);
        if (!query.prepare(sql))
            throw ApiError{500, QStringLiteral("internal"),
                           QStringLiteral("database: %1").arg(query.lastError().text())};
        it = m_statements.insert(sql, query);
    }
    return *it;
}

SqlStatement &Database::statement(const QByteArray &sql, bool rowByRow)
{
    auto it = m_directStatements.find({sql, rowByRow});
    if (it == m_directStatements.end()) {
        // Qt's drivers hand out their sqlite3 or PGconn handle; we link the same system libsqlite3 and libpq.
        const QVariant handle = m_db.driver()->handle();
        std::shared_ptr<SqlStatement> created;
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            created = std::make_shared<SqliteDriverStatement>(*static_cast<sqlite3 *const *>(handle.constData()), sql);
        else if (handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0 || // Qt 6 names the struct
                                      qstrcmp(handle.typeName(), "pg_conn*") == 0))
            created = std::make_shared<PostgresStatement>(*static_cast<PGconn *const *>(handle.constData()), sql,
                                                          "nereid_" + QByteArray::number(m_directStatements.size()),
                                                          rowByRow);
        else
            throw databaseError(QStringLiteral("not an open connection"));
        it = m_directStatements.insert({sql, rowByRow}, created);
    }
    (*it)->reset();
    return **it;
}

void Database::exec(QSqlQuery &query)
{
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        // QPSQL gives the SQLSTATE as the native error code: a lost race is told apart from a failure.
        const QByteArray sqlState = m_backend == Backend::Postgres ? error.nativeErrorCode().toLatin1() : QByteArray();
        if (sqlState.isEmpty() || !sqlState.startsWith("23"))
            qCWarning(lcDatabase) << "statement failed:" << query.lastQuery() << error.text();
        throw databaseError(error.text(), sqlState);
    }
}

void Database::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw databaseError(query.lastError().text(), query.lastError().nativeErrorCode().toLatin1());
}

QLatin1String Database::forUpdate() const
{
    return m_backend == Backend::Postgres && m_depth > 0 && !m_reading ? QLatin1String(" FOR UPDATE")
                                                                       : QLatin1String("");
}

void Database::forRowsById(const QByteArray &table, const QByteArray &columns, const QList<qint64> &ids,
                           const std::function<bool(const SqlStatement &row)> &visit)
{
    if (m_backend == Backend::Sqlite) {
        SqlStatement &select = statement("SELECT " + columns + " FROM " + table + " WHERE id = ?");
        for (const qint64 id : ids) {
            const bool more = !select.bindInt(1, id).next() || visit(select);
            select.reset();
            if (!more)
                return;
        }
        return;
    }
    // The ids as an array, its elements numbered so the rows come in their order.
    SqlStatement &select = rowByRowStatement(
        "SELECT " + columns + " FROM unnest(CAST(? AS BIGINT[])) WITH ORDINALITY AS wanted(id, position) JOIN " +
        table + " ON " + table + ".id = wanted.id ORDER BY wanted.position");
    constexpr qsizetype IdsPerStatement = 1000;
    for (qsizetype first = 0; first < ids.size(); first += IdsPerStatement) {
        const auto last = ids.cbegin() + std::min(ids.size(), first + IdsPerStatement);
        select.bindBlob(1, PostgresArray::ofBigints(std::vector<qint64>(ids.cbegin() + first, last)));
        while (select.next()) {
            if (!visit(select)) {
                select.reset();
                return;
            }
        }
    }
}

std::optional<qint64> Database::dataVersion()
{
    // PostgreSQL has no counter of commits a connection can read cheaply: its reads always go to SQL.
    if (m_backend == Backend::Postgres)
        return std::nullopt;
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
    // PostgreSQL prepares no transaction statements: they go as they are (one round trip either way).
    if (m_backend == Backend::Postgres) {
        // A statement read row by row that an exception cut short would keep the connection from running any other
        // until it is reset: the transaction's end (every request's) resets them.
        for (auto it = m_directStatements.begin(); it != m_directStatements.end(); ++it) {
            if (it.key().second)
                it.value()->reset();
        }
        auto *connection = *static_cast<PGconn *const *>(m_db.driver()->handle().constData());
        PGresult *result = PQexec(connection, sql);
        const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
        if (!ok)
            m_lastError = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        return ok;
    }
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
bool Database::lostConnection() const
{
    if (m_backend != Backend::Postgres)
        return false;
    auto *connection = *static_cast<PGconn *const *>(m_db.driver()->handle().constData());
    return !connection || PQstatus(connection) != CONNECTION_OK;
}

bool Database::ensureConnected()
{
    if (m_backend != Backend::Postgres || m_depth > 0)
        return true;
    auto *connection = *static_cast<PGconn *const *>(m_db.driver()->handle().constData());
    // Reading what is waiting on the socket notices a connection the server ended meanwhile (a restart,
    // pg_terminate_backend) before a statement fails on it.
    if (connection && PQconsumeInput(connection) == 1 && PQstatus(connection) == CONNECTION_OK)
        return true;
    // PostgreSQL restarted, or the network dropped the connection: QPSQL does not come back by itself, and every
    // request on this thread would fail until the server restarted. Its statements went with the connection.
    qCWarning(lcDatabase) << "the connection to PostgreSQL was lost; connecting again";
    m_directStatements.clear();
    m_statements.clear();
    m_db.close();
    if (m_db.open())
        return true;
    m_lastError = m_db.lastError().text();
    return false;
}

bool Database::begin(const char *sql)
{
    if (run(sql))
        return true;
    // A lost PostgreSQL connection shows when it is used: connect again and begin there.
    if (!ensureConnected())
        return false;
    // A rollback refused earlier (a statement still running) would leave a transaction open and every later
    // request on this connection refused: end it and begin again.
    return run(sql) || (run("ROLLBACK") && run(sql));
}

bool Database::transaction()
{
    if (m_depth > 0 && !run("SAVEPOINT nested"))
        return false;
    // On SQLite a write takes the write lock as it begins, waiting up to the busy timeout while another connection
    // holds it. A deferred BEGIN would take it at the first write, after a read: SQLite refuses that upgrade at
    // once (SQLITE_BUSY, no wait) while any other connection holds the lock for a moment (the token command, or a
    // reader of this server checking the WAL index as it opens), or has committed since the read.
    if (m_depth == 0 && !begin(m_backend == Backend::Sqlite ? "BEGIN IMMEDIATE" : "BEGIN"))
        return false;
    if (m_depth == 0)
        m_reading = false;
    ++m_depth;
    return true;
}

bool Database::readTransaction()
{
    if (m_depth > 0) // a savepoint of the transaction open, whatever it is
        return transaction();
    // SQLite's deferred BEGIN keeps one snapshot from the first read on and takes no write lock.
    if (!begin(m_backend == Backend::Sqlite ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ"))
        return false;
    m_reading = true;
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
