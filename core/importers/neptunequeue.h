#pragma once

#include "neptunequeuerun.h"

#include <QCoreApplication>

namespace nereid {

// Reads the queue folders Neptune's Python client 1.x leaves under .neptune/: offline/<type>__<id>__<pid>__<key>
// (runs logged with mode="offline", never sent) and async/<type>__<id>__<pid>__<key> (what an async run had not
// sent yet: only the versions after last_ack_version). Each folder has metadata.json and data-N.log files, N
// being the first version in the file; lines are read in file order, then line order.
class NeptuneQueue
{
    Q_DECLARE_TR_FUNCTIONS(NeptuneQueue)

public:
    // `folder` is a .neptune folder or the folder holding one. False with *error when it holds no queue.
    static bool read(const QString &folder, QList<NeptuneQueueRun> *runs, QString *error);

    // One queue folder; a folder that cannot be read comes back with its error set.
    static NeptuneQueueRun readFolder(const QString &folder, const QString &mode);

    // The lines of one data-N.log file, appended to `run`; the last line may be torn.
    static void readLines(const QByteArray &bytes, const QString &fileName, NeptuneQueueRun *run);
};

} // namespace nereid
