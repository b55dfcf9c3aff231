#pragma once

#include <optional>
#include <QStringList>

namespace nereid {

class Database;

// Which blobs each project uploaded (table project_blobs, schema version 4): a project may refer to and download
// only those, whatever the store holds for other projects.
class ProjectBlobs
{
public:
    explicit ProjectBlobs(Database &db)
        : m_db(db)
    {
    }

    // The blob's size when the project uploaded it.
    std::optional<qint64> sizeOf(qint64 projectId, const QString &hash);
    // Records an upload at `now` (ms); false when the project had the blob already (its time is renewed, so the
    // collection keeps it for an hour again while the field that refers to it is on its way).
    bool record(qint64 projectId, const QString &hash, qint64 size, qint64 now);
    // Those of `hashes` the project has not uploaded, in their order.
    QStringList missing(qint64 projectId, const QStringList &hashes);

private:
    Database &m_db;
};

} // namespace nereid
