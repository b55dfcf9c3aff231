#include "serversql.h"

#include "postgresdatabase.h"
#include "testserver.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace nereid::test {

bool ServerSql::run(const QString &statement)
{
    bool ok = false;
    if (m_server.postgres())
        m_server.postgres()->sql(statement, &ok);
    else
        sqlite(statement, &ok);
    if (!ok && m_server.postgres())
        m_problem = m_server.postgres()->problem();
    return ok;
}

QString ServerSql::value(const QString &query)
{
    bool ok = false;
    if (!m_server.postgres())
        return sqlite(query, &ok);
    const QByteArray rows = m_server.postgres()->sql(query, &ok);
    if (!ok)
        m_problem = m_server.postgres()->problem();
    return QString::fromUtf8(rows.left(rows.indexOf('\n'))).section(QLatin1Char('|'), 0, 0);
}

QString ServerSql::sqlite(const QString &statement, bool *ok)
{
    const QString name = QUuid::createUuid().toString();
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(m_server.dataDir()).filePath(QStringLiteral("nereid.sqlite")));
        // The server may be writing meanwhile: wait for its lock rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        QSqlQuery query(db);
        *ok = db.open() && query.exec(statement);
        if (!*ok)
            m_problem = db.isOpen() ? query.lastError().text() : db.lastError().text();
        else if (query.next())
            result = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace nereid::test
