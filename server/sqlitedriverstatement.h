#pragma once

#include "sqlstatement.h"

struct sqlite3;
struct sqlite3_stmt;

namespace nereid {

// A SqlStatement run through sqlite3 itself, on the handle of Qt's SQLite connection.
class SqliteDriverStatement final : public SqlStatement
{
public:
    SqliteDriverStatement(sqlite3 *db, const QByteArray &sql);
    ~SqliteDriverStatement() override;
    SqliteDriverStatement(const SqliteDriverStatement &) = delete;
    SqliteDriverStatement &operator=(const SqliteDriverStatement &) = delete;

    SqlStatement &bindInt(int position, qint64 value) override;
    SqlStatement &bindReal(int position, double value) override;
    SqlStatement &bindText(int position, const QString &value) override;
    SqlStatement &bindBlob(int position, const QByteArray &value) override;
    bool next() override;
    void reset() override;
    bool isNull(int column) const override;
    qint64 integer(int column) const override;
    double real(int column) const override;
    QString text(int column) const override;
    QByteArray blob(int column) const override;

private:
    SqlStatement &check(int result); // of a bind
    [[noreturn]] void fail() const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace nereid
