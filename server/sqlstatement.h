#pragma once

#include <QByteArray>
#include <QString>

namespace nereid {

// A statement prepared once on a Database's connection and run straight through the database's own C library,
// for the statements a batch runs thousands of times: QSqlQuery's positional binding formats and looks up a
// placeholder name for every value (Qt 6.4) and wraps each value in a QVariant, which took a third of the writer's
// time. Database hands these out (Database::statement): SqliteDriverStatement or PostgresStatement, written
// with `?` placeholders either way. Every failure throws ApiError(500), as Database::exec does.
class SqlStatement
{
public:
    virtual ~SqlStatement() = default;

    // Positions from 1. A NaN binds NULL (SQLite has no NaN, and the stores read NULL back as NaN), as does a null
    // QString.
    virtual SqlStatement &bindInt(int position, qint64 value) = 0;
    virtual SqlStatement &bindReal(int position, double value) = 0;
    virtual SqlStatement &bindText(int position, const QString &value) = 0;
    virtual SqlStatement &bindBlob(int position, const QByteArray &value) = 0;

    // Runs the statement on its first call and steps to the next row; false after the last one, the statement
    // then reset for its next run.
    virtual bool next() = 0;
    // Runs a statement that returns no rows.
    void exec()
    {
        while (next()) {
        }
    }
    // Ends a run before its last row (so it holds nothing open). Database::statement() resets as well, so a run
    // that an exception cut short does not carry over into the next.
    virtual void reset() = 0;

    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual double real(int column) const = 0;
    double realOrNan(int column) const; // NaN for NULL, as the stores write a NaN
    virtual QString text(int column) const = 0;
    virtual QByteArray blob(int column) const = 0;
};

} // namespace nereid
