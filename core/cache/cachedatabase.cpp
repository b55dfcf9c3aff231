#include "cachedatabase.h"

#include "cacheerror.h"
#include "cacheschema.h"
#include "walcheckpointer.h"

#include <atomic>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>

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
    // Its connection closes first: the cache's own, the last, then checkpoints the rest and deletes the log.
    m_checkpointer.reset();
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void CacheDatabase::open(const QString &filePath)
{
    // The last connection to close checkpoints the WAL and deletes it: a WAL file found before opening means
    // the app did not close the cache (a crash, a power cut; or another Nereid has it open), and only then is
    // every page read to find damage before the app trusts the file. A clean start skips that read, the largest
    // part of opening a big cache.
    const bool uncleanShutdown = QFileInfo::exists(filePath + QStringLiteral("-wal"));
    // Another Nereid window on the same profile may hold the write lock for a moment.
    openConnection(filePath, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    CacheSchema(*this).prepare(uncleanShutdown);
    m_checkpointer = std::make_unique<WalCheckpointer>(filePath);
    m_checkpointer->attach(handle());
}

void CacheDatabase::openAsIs(const QString &filePath)
{
    openConnection(filePath, QStringLiteral("QSQLITE_OPEN_READONLY"));
}

void CacheDatabase::openConnection(const QString &filePath, const QString &options)
{
    m_filePath = filePath;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(filePath);
    m_db.setConnectOptions(options);
    if (!m_db.open())
        fail(tr("The cache %1 cannot be opened.").arg(filePath), m_db.lastError());
    // Pages read through a map of the file rather than copied by a read(2) each: a third of reading a chart's
    // points, and a tenth of Run > Compare, went to those copies. Writes still go through the WAL.
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA mmap_size=1073741824"));
}

QSqlQuery &CacheDatabase::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            fail(tr("The cache cannot prepare a statement."), query.lastError());
        it = m_statements.insert(sql, query);
    }
    return *it;
}

void CacheDatabase::exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(tr("The cache could not be read or written."), query.lastError());
}

void CacheDatabase::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        fail(tr("The cache could not be read or written."), query.lastError());
}

QVariant CacheDatabase::scalar(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        fail(tr("The cache could not be read."), query.lastError());
    return query.next() ? query.value(0) : QVariant();
}

sqlite3 *CacheDatabase::handle() const
{
    // Qt's SQLite driver hands out its sqlite3 handle; it links the same system libsqlite3 as the cache.
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw CacheError{tr("The cache's database driver is not SQLite.")};
    return *static_cast<sqlite3 *const *>(handle.constData());
}

sqlite3_stmt *CacheDatabase::rawStatement(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        failRaw(tr("The cache cannot prepare a statement."));
    }
    return statement;
}

void CacheDatabase::step(sqlite3_stmt *statement)
{
    const int result = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (result != SQLITE_DONE && result != SQLITE_ROW)
        failRaw(tr("The cache could not be read or written."));
}

void CacheDatabase::failRaw(const QString &what) const
{
    sqlite3 *db = handle();
    const int code = sqlite3_extended_errcode(db) & 0xff;
    const QString reason = QString::fromUtf8(sqlite3_errmsg(db)).trimmed();
    throw CacheError{reason.isEmpty() ? what : tr("%1 (%2)").arg(what, reason),
                     code == SQLITE_CORRUPT || code == SQLITE_NOTADB};
}

CacheDatabase::RelaxedDurability::RelaxedDurability(CacheDatabase *db)
{
    try {
        m_connection = db ? db->handle() : nullptr;
    } catch (const CacheError &) {
        m_connection = nullptr; // not SQLite: commits as they were
    }
    if (m_connection)
        sqlite3_exec(m_connection, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
}

CacheDatabase::RelaxedDurability::~RelaxedDurability()
{
    if (m_connection)
        sqlite3_exec(m_connection, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr);
}

void CacheDatabase::begin()
{
    if (!m_db.transaction())
        fail(tr("The cache cannot start a transaction."), m_db.lastError());
}

void CacheDatabase::commit()
{
    if (!m_db.commit()) {
        const QSqlError reason = m_db.lastError();
        m_db.rollback();
        fail(tr("The change could not be stored in the cache."), reason);
    }
}

void CacheDatabase::rollback()
{
    m_db.rollback();
}

void CacheDatabase::fail(const QString &what, const QSqlError &error) const
{
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), also as extended codes: the file itself is damaged.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString reason = error.text().trimmed();
    throw CacheError{reason.isEmpty() ? what : tr("%1 (%2)").arg(what, reason), code == 11 || code == 26};
}

} // namespace nereid
