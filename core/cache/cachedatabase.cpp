#include "cachedatabase.h"

#include "cacheerror.h"
#include "cacheschema.h"

#include <atomic>
#include <QFileInfo>
#include <QSqlError>

namespace nereid {

namespace {
std::atomic_int connectionCounter{0};
}

CacheDatabase::CacheDatabase()
    : m_connectionName(QStringLiteral("nereid-cache-%1").arg(++connectionCounter))
{
}

CacheDatabase::~CacheDatabase()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void CacheDatabase::open(const QString &filePath)
{
    m_filePath = filePath;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(filePath);
    // Another Nereid window on the same profile may hold the write lock for a moment.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        fail(tr("The cache %1 cannot be opened.").arg(filePath), m_db.lastError().text());
    CacheSchema(*this).prepare();
}

QSqlQuery &CacheDatabase::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            fail(tr("The cache cannot prepare a statement."), query.lastError().text());
        it = m_statements.insert(sql, query);
    }
    return *it;
}

void CacheDatabase::exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(tr("The cache could not be read or written."), query.lastError().text());
}

void CacheDatabase::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        fail(tr("The cache could not be read or written."), query.lastError().text());
}

QVariant CacheDatabase::scalar(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        fail(tr("The cache could not be read."), query.lastError().text());
    return query.next() ? query.value(0) : QVariant();
}

void CacheDatabase::begin()
{
    if (!m_db.transaction())
        fail(tr("The cache cannot start a transaction."), m_db.lastError().text());
}

void CacheDatabase::commit()
{
    if (!m_db.commit()) {
        const QString reason = m_db.lastError().text();
        m_db.rollback();
        fail(tr("The change could not be stored in the cache."), reason);
    }
}

void CacheDatabase::rollback()
{
    m_db.rollback();
}

void CacheDatabase::fail(const QString &what, const QString &reason) const
{
    throw CacheError{reason.trimmed().isEmpty() ? what : tr("%1 (%2)").arg(what, reason.trimmed())};
}

} // namespace nereid
