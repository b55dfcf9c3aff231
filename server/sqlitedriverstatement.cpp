#include "sqlitedriverstatement.h"

#include "apierror.h"

#include <cmath>
#include <sqlite3.h>

namespace nereid {

SqliteDriverStatement::SqliteDriverStatement(sqlite3 *db, const QByteArray &sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) !=
        SQLITE_OK)
        fail();
}

SqliteDriverStatement::~SqliteDriverStatement()
{
    sqlite3_finalize(m_statement);
}

SqlStatement &SqliteDriverStatement::bindInt(int position, qint64 value)
{
    return check(sqlite3_bind_int64(m_statement, position, value));
}

SqlStatement &SqliteDriverStatement::bindReal(int position, double value)
{
    return check(std::isnan(value) ? sqlite3_bind_null(m_statement, position)
                                   : sqlite3_bind_double(m_statement, position, value));
}

SqlStatement &SqliteDriverStatement::bindText(int position, const QString &value)
{
    if (value.isNull())
        return check(sqlite3_bind_null(m_statement, position));
    const QByteArray utf8 = value.toUtf8();
    return check(sqlite3_bind_text(m_statement, position, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
}

SqlStatement &SqliteDriverStatement::bindBlob(int position, const QByteArray &value)
{
    return check(sqlite3_bind_blob(m_statement, position, value.constData(), int(value.size()), SQLITE_TRANSIENT));
}

bool SqliteDriverStatement::next()
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        fail(); // fail() resets the statement
    sqlite3_reset(m_statement);
    return false;
}

void SqliteDriverStatement::reset()
{
    sqlite3_reset(m_statement);
}

bool SqliteDriverStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteDriverStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteDriverStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteDriverStatement::text(int column) const
{
    if (isNull(column))
        return {};
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqliteDriverStatement::blob(int column) const
{
    const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(bytes, sqlite3_column_bytes(m_statement, column));
}

SqlStatement &SqliteDriverStatement::check(int result)
{
    if (result != SQLITE_OK)
        fail();
    return *this;
}

void SqliteDriverStatement::fail() const
{
    const QString reason = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (m_statement)
        sqlite3_reset(m_statement);
    throw ApiError{500, QStringLiteral("internal"), QStringLiteral("database: %1").arg(reason)};
}

} // namespace nereid
