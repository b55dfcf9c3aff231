#pragma once

#include <QHash>
#include <QStringList>

namespace nereid {

class BlobStore;
class ServerContext;

// Finds and removes the blobs no field refers to any more (docs/api.md "Collecting blobs no field refers to"), for
// `nereid-server gc` and the server's hourly pass (BlobCollection). A blob is referred to by the text of a `file`
// or `fileSet` field, or by a point of a `fileSeries` field: compact JSON in which each file names its "hash".
// The slow part, reading every reference, is a read of its own; the writer then only re-reads the runs written
// since and deletes, so other writes wait little.
class BlobCollector
{
public:
    // A blob uploaded within this time is kept: the field that refers to it may still be on its way. A file no
    // project has recorded (its upload's record failed, or a crash came in between) is kept as long after it was
    // put in place.
    static constexpr qint64 GraceMs = 3'600'000;

    struct Candidates
    {
        QStringList hashes;
        QHash<qint64, qint64> revisions; // each project's revision when they were found
        qint64 foundAt = 0;              // a file put in place since is an upload of the same content: kept
    };
    // In a read transaction of its own.
    static Candidates find(ServerContext &context, qint64 now);

    struct Removed
    {
        QStringList hashes;
        qint64 bytes = 0;
    };
    // In a write transaction: re-checks the candidates against the runs written since find() and deletes the
    // project_blobs rows of those still unreferenced. Their files go with removeFiles(), once that is committed.
    static Removed forget(ServerContext &context, const Candidates &candidates, qint64 now);
    static void removeFiles(BlobStore &store, const Removed &removed, qint64 foundAt);
};

} // namespace nereid
