#pragma once

#include "sqlstatement.h"

#include <QByteArrayView>
#include <vector>

struct pg_conn;
struct pg_result;

namespace nereid {

// A SqlStatement run through libpq, on the PGconn of Qt's QPSQL connection (so it shares that connection's
// transaction). Prepared once under its own name; values travel as text, except blobs, which go in binary, and
// PostgreSQL infers each parameter's type from where it stands, as it does for QPSQL's queries. Results come in
// binary (PostgresBinary) when every column is of a type read there, which the statement's description tells
// once when it is prepared; otherwise as text, parsed here (float8's text is exact: shortest round-trip digits).
// A statement made `rowByRow` gets its rows one at a time (libpq's single-row mode) instead of its whole result
// at once: for results too large to hold (series blocks), at the price that the connection runs nothing else until
// the statement has read its last row or is reset.
class PostgresStatement final : public SqlStatement
{
public:
    PostgresStatement(pg_conn *connection, const QByteArray &sql, const QByteArray &name, bool rowByRow = false);
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
    void describe();
    void run();
    bool nextRow(); // of a statement read row by row
    void discardResults();
    QByteArrayView value(int column) const;
    [[noreturn]] void fail(pg_result *result);

    pg_conn *m_connection;
    QByteArray m_name;
    int m_parameterCount = 0;
    std::vector<QByteArray> m_values;
    std::vector<char> m_nulls;
    std::vector<int> m_formats;
    std::vector<unsigned> m_columnTypes; // pg_type oids
    bool m_binaryResults = false;
    bool m_rowByRow;
    bool m_running = false; // row by row: sent, and results remain to be read
    pg_result *m_result = nullptr;
    int m_row = -1;
};

} // namespace nereid
