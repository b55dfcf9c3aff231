#pragma once

#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace nereid {

class CacheDatabase;

// A statement run straight on the cache's SQLite connection, for reads of hundreds of thousands of rows:
// QSqlQuery makes a QVariant of every value it reads, which costs more than SQLite's own work on such reads
// (a 100,000-run table took seconds). Only for reads; writes keep going through CacheDatabase and its
// transactions. Every failure throws CacheError.
class SqliteStatement
{
public:
    SqliteStatement(CacheDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bind(int position, qint64 value); // positions from 1, as SQLite counts them
    void bind(int position, double value);
    void bind(int position, const QString &value);
    // Steps to the next row; false after the last one.
    bool next();
    // Makes the statement ready to run again, with its bindings cleared (a statement reused for many runs is
    // prepared once).
    void reset();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The bytes of a text column, valid until the next step (for lookups that need no QString).
    QByteArrayView bytes(int column) const;
    // The bytes of a blob column, valid until the next step.
    QByteArrayView blob(int column) const;
    // The value as CacheDatabase's QSqlQuery would give it: qint64, double, QString or null.
    QVariant value(int column) const;

    // One column of the current row, read as a QVariant reads (for atomFromSql()), without making one.
    struct Column
    {
        const SqliteStatement &row;
        int index;
        double toDouble() const { return row.real(index); }
        qint64 toLongLong() const { return row.integer(index); }
        QString toString() const { return row.text(index); }
    };
    Column column(int index) const { return {*this, index}; }

private:
    [[noreturn]] void fail(const char *what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace nereid
