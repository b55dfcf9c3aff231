#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace nereid {

// A statement prepared once on a Database's SQLite connection and run straight through sqlite3, for the statements
// a batch of appends runs thousands of times: QSqlQuery's positional binding formats and looks up a placeholder
// name for every value (Qt 6.4) and wraps each value in a QVariant, which took a third of the writer's time.
// Database hands these out (Database::statement), the one place that knows the connection is SQLite.
// Every failure throws ApiError(500), as Database::exec does.
class SqlStatement
{
public:
    SqlStatement(sqlite3 *db, const QByteArray &sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    // Positions from 1, as SQLite counts them. A NaN binds NULL (SQLite has no NaN; QVariant() did the same), as
    // does a null QString.
    SqlStatement &bindInt(int position, qint64 value);
    SqlStatement &bindReal(int position, double value);
    SqlStatement &bindText(int position, const QString &value);
    SqlStatement &bindBlob(int position, const QByteArray &value);

    // Steps to the next row; false after the last one, the statement then reset for its next run.
    bool next();
    // Runs a statement that returns no rows.
    void exec();
    // Ends a run before its last row (so it holds nothing open). Database::statement() resets as well, so a run
    // that an exception cut short does not carry over into the next.
    void reset();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    double realOrNan(int column) const; // NaN for NULL, as SQLite stored a NaN
    QString text(int column) const;
    QByteArray blob(int column) const;

private:
    SqlStatement &check(int result); // of a bind
    [[noreturn]] void fail() const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace nereid
