#include "transaction.h"

#include "apierror.h"
#include "database.h"

#include <QSqlError>

namespace nereid {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (!m_db.transaction())
        throw ApiError{
            503, QStringLiteral("storage_unavailable"),
            QStringLiteral("The database cannot start a transaction: %1").arg(m_db.connection().lastError().text())};
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    m_done = true;
    if (!m_db.commit()) {
        const QString reason = m_db.commitError();
        throw ApiError{503, QStringLiteral("storage_unavailable"),
                       QStringLiteral("The write could not be stored: %1").arg(reason)};
    }
}

} // namespace nereid
