#include "servermeta.h"

#include "database.h"

#include <QRandomGenerator>

namespace nereid {

QString ServerMeta::epoch()
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT value FROM server_meta WHERE key = 'epoch'"));
    m_db.exec(query);
    QString value = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return value;
}

QString ServerMeta::renewEpoch()
{
    QString epoch = drawEpoch();
    // Written whether the row is there or not: one statement each way keeps to SQL both databases take.
    QSqlQuery &remove = m_db.prepared(QStringLiteral("DELETE FROM server_meta WHERE key = 'epoch'"));
    m_db.exec(remove);
    QSqlQuery &insert = m_db.prepared(QStringLiteral("INSERT INTO server_meta(key, value) VALUES('epoch', ?)"));
    insert.bindValue(0, epoch);
    m_db.exec(insert);
    return epoch;
}

QString ServerMeta::drawEpoch()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

} // namespace nereid
