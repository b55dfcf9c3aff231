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

bool Database::transaction()
{
    return m_db.transaction();
}

bool Database::commit()
{
    return m_db.commit();
}

void Database::rollback()
{
    m_db.rollback();
}

} // namespace nereid
