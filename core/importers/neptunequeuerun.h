#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace nereid {

// One container's queue folder of Neptune 1.x (.neptune/offline/run__* or .neptune/async/run__*), as read from
// disk: the operations still to be sent, in order.
struct NeptuneQueueRun
{
    QString folder;        // the (first) queue folder
    QString createdAt;     // when the process that wrote it started (ISO 8601, from metadata.json)
    QString mode;          // offline or async
    QString containerId;   // Neptune's UUID of the run
    QString containerType; // run, model, model_version, project
    qint64 lastAckVersion = 0;
    QList<QJsonObject> operations; // those after last_ack_version, in version order; an UploadFile's contents
                                   // waiting in upload_path/ are named by the member "upload_file"
    QList<qint64> versions;        // the version of each operation
    int tornLines = 0;             // a last line cut in the middle (the client was writing it)
    QStringList badLines;          // "data-1.log line 7: why", lines skipped that are no operation
    QString error;                 // non-empty: the folder could not be read, and why
};

} // namespace nereid
