#include "postgresstatement.h"

#include "databaseerror.h"
#include "postgresbinary.h"

#include <cmath>
#include <cstdlib>
#include <libpq-fe.h>

namespace nereid {

PostgresStatement::PostgresStatement(PGconn *connection, const QByteArray &sql, const QByteArray &name, bool rowByRow)
    : m_connection(connection)
    , m_name(name)
    , m_rowByRow(rowByRow)
{
    const QByteArray numbered = numberedPlaceholders(sql, &m_parameterCount);
    PGresult *prepared = PQprepare(m_connection, m_name.constData(), numbered.constData(), 0, nullptr);
    if (PQresultStatus(prepared) != PGRES_COMMAND_OK)
        fail(prepared);
    PQclear(prepared);
    describe();
    m_values.resize(std::size_t(m_parameterCount));
    m_nulls.assign(std::size_t(m_parameterCount), 1);
    m_formats.assign(std::size_t(m_parameterCount), 0);
}

PostgresStatement::~PostgresStatement()
{
    reset();
    // The prepared statement ends with the connection (a server statement, not worth a round trip here).
}

void PostgresStatement::describe()
{
    PGresult *description = PQdescribePrepared(m_connection, m_name.constData());
    if (PQresultStatus(description) != PGRES_COMMAND_OK)
        fail(description);
    m_binaryResults = true;
    for (int column = 0; column < PQnfields(description); ++column) {
        m_columnTypes.push_back(PQftype(description, column));
        m_binaryResults = m_binaryResults && PostgresBinary::canRead(m_columnTypes.back());
    }
    PQclear(description);
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
    const int resultFormat = m_binaryResults ? 1 : 0;
    m_row = -1;
    if (m_rowByRow) {
        if (!PQsendQueryPrepared(m_connection, m_name.constData(), m_parameterCount, values.data(), lengths.data(),
                                 m_formats.data(), resultFormat))
            fail(nullptr);
        m_running = true;
        PQsetSingleRowMode(m_connection);
        return;
    }
    m_result = PQexecPrepared(m_connection, m_name.constData(), m_parameterCount, values.data(), lengths.data(),
                              m_formats.data(), resultFormat);
    const ExecStatusType status = PQresultStatus(m_result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        PGresult *failed = m_result;
        m_result = nullptr;
        fail(failed);
    }
}

bool PostgresStatement::next()
{
    if (m_rowByRow)
        return nextRow();
    if (!m_result)
        run();
    if (++m_row < PQntuples(m_result))
        return true;
    reset();
    return false;
}

bool PostgresStatement::nextRow()
{
    if (!m_running)
        run();
    PQclear(m_result);
    m_result = PQgetResult(m_connection);
    const ExecStatusType status = PQresultStatus(m_result);
    if (status == PGRES_SINGLE_TUPLE) {
        m_row = 0;
        return true;
    }
    // The end (a result without rows), or a failure; either way the last result before none.
    PGresult *last = m_result;
    m_result = nullptr;
    discardResults();
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        fail(last);
    PQclear(last);
    reset();
    return false;
}

void PostgresStatement::discardResults()
{
    // Reads what a statement sent row by row still has coming: the connection takes no other statement before.
    if (m_running) {
        while (PGresult *rest = PQgetResult(m_connection))
            PQclear(rest);
    }
    m_running = false;
}

void PostgresStatement::reset()
{
    PQclear(m_result);
    m_result = nullptr;
    discardResults();
    m_row = -1;
    for (char &isNull : m_nulls)
        isNull = 1;
}

bool PostgresStatement::isNull(int column) const
{
    return PQgetisnull(m_result, m_row, column) != 0;
}

QByteArrayView PostgresStatement::value(int column) const
{
    return {PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column)};
}

qint64 PostgresStatement::integer(int column) const
{
    if (m_binaryResults)
        return PostgresBinary::integer(m_columnTypes[std::size_t(column)], value(column));
    const char *text = PQgetvalue(m_result, m_row, column);
    // A boolean reads as 1 or 0, as SQLite's integers do.
    if (text[0] == 't' || text[0] == 'f')
        return text[0] == 't' ? 1 : 0;
    return std::strtoll(text, nullptr, 10);
}

double PostgresStatement::real(int column) const
{
    if (m_binaryResults)
        return PostgresBinary::real(m_columnTypes[std::size_t(column)], value(column));
    // strtod takes "NaN", "Infinity" and "-Infinity" as PostgreSQL writes them.
    return std::strtod(PQgetvalue(m_result, m_row, column), nullptr);
}

QString PostgresStatement::text(int column) const
{
    if (isNull(column))
        return {};
    if (m_binaryResults)
        return PostgresBinary::text(m_columnTypes[std::size_t(column)], value(column));
    return QString::fromUtf8(value(column));
}

QByteArray PostgresStatement::blob(int column) const
{
    if (m_binaryResults)
        return value(column).toByteArray();
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
