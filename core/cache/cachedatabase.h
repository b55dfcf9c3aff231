#pragma once

#include <memory>
#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace nereid {

class WalCheckpointer;

// The cache's own SQLite connection (one named connection per instance) and its prepared statements.
// Every failure throws CacheError with a message in words.
class CacheDatabase
{
    Q_DECLARE_TR_FUNCTIONS(CacheDatabase)

public:
    CacheDatabase();
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    // Opens (creating if needed) the file in WAL mode and brings its schema up to date. A file written by a
    // newer Nereid is refused and left untouched. Throws CacheError.
    void open(const QString &filePath);
    // Opens a file read-only as it is, without touching its schema: for salvaging a damaged cache.
    void openAsIs(const QString &filePath);
    const QString &filePath() const { return m_filePath; }

    // A statement prepared once and reused: bind, then exec().
    QSqlQuery &prepared(const QString &sql);
    void exec(QSqlQuery &query);
    void exec(const QString &sql);
    // Runs `sql` and answers the first column of its first row (null when there is none).
    QVariant scalar(const QString &sql);

    // A statement run straight on SQLite, for bulk writes QSqlQuery's binding would slow down (see
    // RunWriter::insertNew); the caller finalizes it with sqlite3_finalize before the database closes.
    sqlite3_stmt *rawStatement(const char *sql);
    // Runs a raw statement that returns no rows and resets it for its next use.
    void step(sqlite3_stmt *statement);

    void begin();
    void commit();
    void rollback();

    // While one lives, commits on `db` (may be null) are kept in order but not flushed to the disk, so the last
    // of them may be lost to a power cut (SQLite's synchronous=NORMAL); out of a transaction only.
    class RelaxedDurability
    {
    public:
        explicit RelaxedDurability(CacheDatabase *db);
        ~RelaxedDurability();
        RelaxedDurability(const RelaxedDurability &) = delete;
        RelaxedDurability &operator=(const RelaxedDurability &) = delete;

    private:
        sqlite3 *m_connection;
    };

    QSqlDatabase &connection() { return m_db; }
    // Null for a file opened as it is.
    const WalCheckpointer *checkpointer() const { return m_checkpointer.get(); }

private:
    void openConnection(const QString &filePath, const QString &options);
    [[noreturn]] void fail(const QString &what, const QSqlError &error) const;
    [[noreturn]] void failRaw(const QString &what) const;
    sqlite3 *handle() const;

    QString m_connectionName;
    QString m_filePath;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

} // namespace nereid
