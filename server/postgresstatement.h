#pragma once

#include "sqlstatement.h"

#include <vector>

struct pg_conn;
struct pg_result;

namespace nereid {

// A SqlStatement run through libpq, on the PGconn of Qt's QPSQL connection (so it shares that connection's
// transaction). Prepared once under its own name; values travel as text, except blobs, which go in binary, and
// PostgreSQL infers each parameter's type from where it stands, as it does for QPSQL's queries. Results come as
// text and are parsed here: float8's text is exact (shortest round-trip digits, PostgreSQL 12+).
class PostgresStatement final : public SqlStatement
{
public:
    PostgresStatement(pg_conn *connection, const QByteArray &sql, const QByteArray &name);
    ~PostgresStatement() override;
    PostgresStatement(const PostgresStatement &) = delete;
    PostgresStatement &operator=(const PostgresStatement &) = delete;

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

    // `?` placeholders as PostgreSQL's `$1, $2, ...`, outside quoted text.
    static QByteArray numberedPlaceholders(const QByteArray &sql, int *count);

private:
    SqlStatement &bind(int position, QByteArray value, bool isNull, bool binary);
    void run();
    [[noreturn]] void fail(pg_result *result);

    pg_conn *m_connection;
    QByteArray m_name;
    int m_parameterCount = 0;
    std::vector<QByteArray> m_values;
    std::vector<char> m_nulls;
    std::vector<int> m_formats;
    pg_result *m_result = nullptr;
    int m_row = -1;
};

} // namespace nereid
