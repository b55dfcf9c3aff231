#pragma once

#include "query/queryrun.h"

#include <QStringList>

namespace nereid {

// Reads the runs of Run > Compare with every field, straight into the QueryRuns CompareModel takes. Each field goes
// from SQLite to its QueryField with no FieldRecord or QVariant between, arrives in path order (so QueryRun needs
// no hash of 9,000 paths), paths are shared between runs, and the runs are split between two threads, each on its
// own read-only connection to the cache file. 100 runs of 9,000 fields took a second through Cache::run() and
// QueryRunBuilder::fromRecord().
class CompareRunReader
{
public:
    // The runs of `runIds` that the cache at `cacheFile` holds, in the order asked. On a failure, the runs read and
    // `error` saying in words what could not be read.
    static QList<QueryRun> read(const QString &cacheFile, const QStringList &runIds, QString *error);

private:
    static QList<QueryRun> readPart(const QString &cacheFile, const QStringList &runIds, QString *error);
};

} // namespace nereid
