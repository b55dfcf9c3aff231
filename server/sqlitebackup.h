#pragma once

#include <QString>

namespace nereid {

// `nereid-server backup OUT`: a consistent copy of a SQLite data folder while its server may be running and
// writing. The database is copied with SQLite's online backup API in one step (a WAL reader's snapshot, so
// writers go on meanwhile), then the blobs (hard links on the same file system, copies otherwise: a blob
// never changes once in place), then the copy gets an epoch of its own, so that clients of a server restored
// from it see that their cursors came from elsewhere and resync (docs/api.md).
class SqliteBackup
{
public:
    struct Result
    {
        QString error; // empty when the copy is whole
        qint64 databaseBytes = 0;
        int blobs = 0;
        int linkedBlobs = 0; // of `blobs`, hard links rather than copies
        qint64 blobBytes = 0;
        QString epoch; // the copy's
    };

    // Copies the data folder `dataDir` into `out`, which must not exist yet.
    static Result run(const QString &dataDir, const QString &out);

private:
    static QString copyDatabase(const QString &source, const QString &target, Result &result);
    static QString copyBlobs(const QString &dataDir, const QString &out, Result &result);
    static QString renewEpoch(const QString &target, Result &result);
};

} // namespace nereid
