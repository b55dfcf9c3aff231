#include "libpqconnection.h"

#include "migrationerror.h"

#include <libpq-fe.h>

namespace nereid {

LibpqConnection::~LibpqConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

void LibpqConnection::open(const QByteArray &url)
{
    m_conn = PQconnectdb(url.constData());
    if (PQstatus(m_conn) != CONNECTION_OK)
        fail(QStringLiteral("cannot connect"));
    exec("SET client_min_messages = warning"); // no NOTICE lines among the progress lines
}

LibpqConnection::Rows LibpqConnection::query(const QByteArray &sql, const QList<QByteArray> &parameters)
{
    Result result = run(sql, parameters);
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        fail(QString::fromUtf8(sql.left(80)));
    Rows rows;
    const int columns = PQnfields(result.get());
    for (int row = 0; row < PQntuples(result.get()); ++row) {
        QList<QByteArray> values;
        for (int column = 0; column < columns; ++column)
            values.append(PQgetisnull(result.get(), row, column) ? QByteArray()
                                                                 : QByteArray(PQgetvalue(result.get(), row, column),
                                                                              PQgetlength(result.get(), row, column)));
        rows.append(values);
    }
    return rows;
}

void LibpqConnection::beginCopyIn(const QByteArray &copySql)
{
    check(run(copySql, {}), PGRES_COPY_IN);
}

void LibpqConnection::putCopyData(const QByteArray &data)
{
    if (PQputCopyData(m_conn, data.constData(), int(data.size())) != 1)
        fail(QStringLiteral("COPY"));
}

void LibpqConnection::endCopyIn()
{
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        fail(QStringLiteral("COPY"));
    check(Result(PQgetResult(m_conn), PQclear), PGRES_COMMAND_OK);
    while (PGresult *rest = PQgetResult(m_conn)) // the end of the command
        PQclear(rest);
}

void LibpqConnection::copyOut(const QByteArray &copySql, const std::function<void(const char *, int)> &sink)
{
    check(run(copySql, {}), PGRES_COPY_OUT);
    char *buffer = nullptr;
    int length = 0;
    while ((length = PQgetCopyData(m_conn, &buffer, 0)) > 0) {
        sink(buffer, length);
        PQfreemem(buffer);
    }
    if (length == -2)
        fail(QStringLiteral("COPY"));
    check(Result(PQgetResult(m_conn), PQclear), PGRES_COMMAND_OK);
    while (PGresult *rest = PQgetResult(m_conn))
        PQclear(rest);
}

LibpqConnection::Result LibpqConnection::run(const QByteArray &sql, const QList<QByteArray> &parameters)
{
    if (parameters.isEmpty()) // the simple protocol: several statements in one string, as the schema's DDL is
        return Result(PQexec(m_conn, sql.constData()), PQclear);
    QList<const char *> values;
    for (const QByteArray &parameter : parameters)
        values.append(parameter.isNull() ? nullptr : parameter.constData());
    return Result(
        PQexecParams(m_conn, sql.constData(), int(values.size()), nullptr, values.constData(), nullptr, nullptr, 0),
        PQclear);
}

void LibpqConnection::check(Result result, int expectedStatus)
{
    if (PQresultStatus(result.get()) != expectedStatus)
        fail(QStringLiteral("COPY"));
}

void LibpqConnection::fail(const QString &what) const
{
    throw MigrationError{
        QStringLiteral("PostgreSQL: %1: %2").arg(what, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed())};
}

} // namespace nereid
