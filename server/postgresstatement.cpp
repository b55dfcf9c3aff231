#include "postgresstatement.h"

#include "databaseerror.h"

#include <cmath>
#include <cstdlib>
#include <libpq-fe.h>

namespace nereid {

PostgresStatement::PostgresStatement(PGconn *connection, const QByteArray &sql, const QByteArray &name)
    : m_connection(connection)
    , m_name(name)
{
    const QByteArray numbered = numberedPlaceholders(sql, &m_parameterCount);
    PGresult *prepared = PQprepare(m_connection, m_name.constData(), numbered.constData(), 0, nullptr);
    if (PQresultStatus(prepared) != PGRES_COMMAND_OK)
        fail(prepared);
    PQclear(prepared);
    m_values.resize(std::size_t(m_parameterCount));
    m_nulls.assign(std::size_t(m_parameterCount), 1);
    m_formats.assign(std::size_t(m_parameterCount), 0);
}

PostgresStatement::~PostgresStatement()
{
    PQclear(m_result);
    // The prepared statement ends with the connection (a server statement, not worth a round trip here).
}

QByteArray PostgresStatement::numberedPlaceholders(const QByteArray &sql, int *count)
{
    QByteArray numbered;
    numbered.reserve(sql.size() + 16);
    char quote = 0;
    *count = 0;
    for (const char c : sql) {
        if (quote) {
            quote = c == quote ? 0 : quote;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '?') {
            numbered += '$' + QByteArray::number(++*count);
            continue;
        }
        numbered += c;
    }
    return numbered;
}

SqlStatement &PostgresStatement::bind(int position, QByteArray value, bool isNull, bool binary)
{
    if (position < 1 || position > m_parameterCount)
        throw databaseError(
            QStringLiteral("no parameter %1 in statement %2").arg(position).arg(QString::fromLatin1(m_name)));
    const auto index = std::size_t(position - 1);
    m_values[index] = std::move(value);
    m_nulls[index] = isNull ? 1 : 0;
    m_formats[index] = binary ? 1 : 0;
    return *this;
}

SqlStatement &PostgresStatement::bindInt(int position, qint64 value)
{
    return bind(position, QByteArray::number(value), false, false);
}

SqlStatement &PostgresStatement::bindReal(int position, double value)
{
    if (std::isnan(value))
        return bind(position, {}, true, false);
    if (std::isinf(value))
        return bind(position, value > 0 ? QByteArray("Infinity") : QByteArray("-Infinity"), false, false);
    return bind(position, QByteArray::number(value, 'g', 17), false, false);
}

SqlStatement &PostgresStatement::bindText(int position, const QString &value)
{
    return bind(position, value.toUtf8(), value.isNull(), false);
}

SqlStatement &PostgresStatement::bindBlob(int position, const QByteArray &value)
{
    return bind(position, value, false, true);
}

void PostgresStatement::run()
{
    std::vector<const char *> values(m_values.size());
    std::vector<int> lengths(m_values.size());
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        values[i] = m_nulls[i] ? nullptr : m_values[i].constData();
        lengths[i] = int(m_values[i].size());
    }
    m_result = PQexecPrepared(m_connection, m_name.constData(), m_parameterCount, values.data(), lengths.data(),
                              m_formats.data(), 0);
    const ExecStatusType status = PQresultStatus(m_result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        PGresult *failed = m_result;
        m_result = nullptr;
        fail(failed);
    }
    m_row = -1;
}

bool PostgresStatement::next()
{
    if (!m_result)
        run();
    if (++m_row < PQntuples(m_result))
        return true;
    reset();
    return false;
}

void PostgresStatement::reset()
{
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    for (char &isNull : m_nulls)
        isNull = 1;
}

bool PostgresStatement::isNull(int column) const
{
    return PQgetisnull(m_result, m_row, column) != 0;
}

qint64 PostgresStatement::integer(int column) const
{
    const char *value = PQgetvalue(m_result, m_row, column);
    // A boolean reads as 1 or 0, as SQLite's integers do.
    if (value[0] == 't' || value[0] == 'f')
        return value[0] == 't' ? 1 : 0;
    return std::strtoll(value, nullptr, 10);
}

double PostgresStatement::real(int column) const
{
    // strtod takes "NaN", "Infinity" and "-Infinity" as PostgreSQL writes them.
    return std::strtod(PQgetvalue(m_result, m_row, column), nullptr);
}

QString PostgresStatement::text(int column) const
{
    if (isNull(column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

QByteArray PostgresStatement::blob(int column) const
{
    // bytea as text: QPSQL sets the connection's bytea_output to "escape" (for servers before 9.0), so let libpq
    // read whichever form it is.
    std::size_t length = 0;
    unsigned char *bytes =
        PQunescapeBytea(reinterpret_cast<const unsigned char *>(PQgetvalue(m_result, m_row, column)), &length);
    QByteArray blob(reinterpret_cast<const char *>(bytes), qsizetype(length));
    PQfreemem(bytes);
    return blob;
}

void PostgresStatement::fail(PGresult *result)
{
    const QByteArray sqlState = result ? QByteArray(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QByteArray();
    const QString reason =
        QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_connection)).trimmed();
    PQclear(result);
    reset();
    throw databaseError(reason, sqlState);
}

} // namespace nereid
