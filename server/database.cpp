#include "database.h"

#include "apierror.h"
#include "sqliteschema.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcDatabase, "nereid.server.database")

namespace nereid {

Database::Database(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
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

namespace {

bool run(QSqlDatabase &db, const char *sql)
{
    QSqlQuery query(db);
    return query.exec(QLatin1String(sql));
}

} // namespace

// The outermost level is a transaction; levels inside it are savepoints, so a route that opens a transaction
// of its own works the same inside a read's snapshot or the writer's group.
bool Database::transaction()
{
    if (m_depth > 0 && !run(m_db, "SAVEPOINT nested"))
        return false;
    // A rollback refused earlier (a statement still running) would leave a transaction open and every later
    // request on this connection refused: end it and begin again.
    if (m_depth == 0 && !m_db.transaction() && !(run(m_db, "ROLLBACK") && m_db.transaction()))
        return false;
    ++m_depth;
    return true;
}

bool Database::commit()
{
    if (m_depth == 0)
        return false;
    if (--m_depth > 0)
        return run(m_db, "RELEASE nested");
    if (m_db.commit())
        return true;
    m_commitError = m_db.lastError().text();
    m_db.rollback(); // a failed COMMIT may leave the transaction open
    return false;
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    if (--m_depth == 0)
        m_db.rollback();
    else if (run(m_db, "ROLLBACK TO nested"))
        run(m_db, "RELEASE nested");
}

} // namespace nereid
