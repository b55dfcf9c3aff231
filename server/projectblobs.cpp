#include "projectblobs.h"

#include "database.h"

namespace nereid {

std::optional<qint64> ProjectBlobs::sizeOf(qint64 projectId, const QString &hash)
{
    QSqlQuery &query =
        m_db.prepared(QStringLiteral("SELECT size FROM project_blobs WHERE project_id = ? AND hash = ?"));
    query.addBindValue(projectId);
    query.addBindValue(hash);
    m_db.exec(query);
    std::optional<qint64> size;
    if (query.next())
        size = query.value(0).toLongLong();
    query.finish();
    return size;
}

bool ProjectBlobs::record(qint64 projectId, const QString &hash, qint64 size, qint64 now)
{
    const bool known = sizeOf(projectId, hash).has_value();
    QSqlQuery &query = m_db.prepared(
        known ? QStringLiteral("UPDATE project_blobs SET uploaded = ?, size = ? WHERE project_id = ? AND hash = ?")
              : QStringLiteral("INSERT INTO project_blobs(uploaded, size, project_id, hash) VALUES(?, ?, ?, ?)"));
    query.addBindValue(now);
    query.addBindValue(size);
    query.addBindValue(projectId);
    query.addBindValue(hash);
    m_db.exec(query);
    return !known;
}

QStringList ProjectBlobs::missing(qint64 projectId, const QStringList &hashes)
{
    QStringList missing;
    for (const QString &hash : hashes) {
        if (!sizeOf(projectId, hash))
            missing.append(hash);
    }
    return missing;
}

} // namespace nereid
