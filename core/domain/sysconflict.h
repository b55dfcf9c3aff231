#pragma once

#include <QJsonValue>
#include <QString>

namespace nereid {

// An edit of name, description or failed that the server refused because someone changed the field first.
// The run shows the server's value; the user's value waits here until the user keeps one of them.
struct SysConflict
{
    QString runId;
    QString field; // "name", "description" or "failed"
    QJsonValue mine;
    QJsonValue theirs;
    qint64 theirRevision = 0;
};

} // namespace nereid
