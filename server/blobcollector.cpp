#include "blobcollector.h"

#include "servercontext.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

namespace nereid {

namespace {

const QString FileFields = QStringLiteral("SELECT f.text FROM fields f JOIN runs r ON r.id = f.run_id"
                                          " WHERE f.type IN ('file', 'fileSet') AND f.text IS NOT NULL");
const QString SeriesPoints = QStringLiteral("SELECT p.value FROM string_points p JOIN fields f ON f.id = p.field_id"
                                            " JOIN runs r ON r.id = f.run_id WHERE f.type = 'fileSeries'");
const QString SinceRevision = QStringLiteral(" AND r.project_id = ? AND r.revision > ?");

// Every "hash" a compact JSON text names. A name that contains the same characters is escaped ("\"hash\""), so
// it cannot pass for a key; at worst a blob is kept longer.
void addHashes(QSet<QString> &hashes, const QByteArray &text)
{
    static const QByteArray Key = "\"hash\":\"";
    for (qsizetype at = text.indexOf(Key); at >= 0; at = text.indexOf(Key, at + 1)) {
        const qsizetype start = at + Key.size();
        if (start + 64 <= text.size())
            hashes.insert(QString::fromLatin1(text.mid(start, 64)));
    }
}

void readHashes(Database &db, QSet<QString> &hashes, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    db.exec(query);
    while (query.next())
        addHashes(hashes, query.value(0).toByteArray());
}

// True when the blob's file was put in place at or before `time` (ms).
bool placedBy(const BlobStore &store, const QString &hash, qint64 time)
{
    const QFileInfo file(store.pathOf(hash));
    return file.exists() && file.lastModified().toMSecsSinceEpoch() <= time;
}

} // namespace

BlobCollector::Candidates BlobCollector::find(ServerContext &context, qint64 now)
{
    Candidates found;
    found.foundAt = now;
    QSet<QString> kept;
    QSet<QString> recorded;
    if (!context.db.readTransaction()) // one snapshot: the revisions go with the references read
        return found;
    try {
        readHashes(context.db, kept, FileFields);
        readHashes(context.db, kept, SeriesPoints);
        QSqlQuery query(context.db.connection());
        query.setForwardOnly(true);
        query.exec(QStringLiteral("SELECT id, revision FROM projects"));
        while (query.next())
            found.revisions.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
        query.exec(QStringLiteral("SELECT hash, MAX(uploaded) FROM project_blobs GROUP BY hash"));
        while (query.next()) {
            recorded.insert(query.value(0).toString());
            if (query.value(1).toLongLong() > now - GraceMs)
                kept.insert(query.value(0).toString());
        }
    } catch (...) {
        context.db.rollback();
        throw;
    }
    context.db.rollback();
    for (const QString &hash : context.blobs->hashes()) {
        if (!kept.contains(hash) && placedBy(*context.blobs, hash, recorded.contains(hash) ? now : now - GraceMs))
            found.hashes.append(hash);
    }
    return found;
}

BlobCollector::Removed BlobCollector::forget(ServerContext &context, const Candidates &candidates, qint64 now)
{
    // References written since find(): every write of a field moves its run to its project's next revision.
    QSet<QString> kept;
    QSqlQuery projects(context.db.connection());
    projects.setForwardOnly(true);
    projects.exec(QStringLiteral("SELECT id, revision FROM projects"));
    while (projects.next()) {
        const qint64 id = projects.value(0).toLongLong();
        const qint64 since = candidates.revisions.value(id, -1);
        if (projects.value(1).toLongLong() <= since)
            continue;
        readHashes(context.db, kept, FileFields + SinceRevision, {id, since});
        readHashes(context.db, kept, SeriesPoints + SinceRevision, {id, since});
    }
    Removed removed;
    QSqlQuery fresh(context.db.connection());
    fresh.prepare(QStringLiteral("SELECT COUNT(*) FROM project_blobs WHERE hash = ? AND uploaded > ?"));
    QSqlQuery forget(context.db.connection());
    forget.prepare(QStringLiteral("DELETE FROM project_blobs WHERE hash = ?"));
    for (const QString &hash : candidates.hashes) {
        if (kept.contains(hash) || !placedBy(*context.blobs, hash, candidates.foundAt))
            continue;
        fresh.addBindValue(hash);
        fresh.addBindValue(now - GraceMs);
        context.db.exec(fresh);
        const bool uploadedSince = fresh.next() && fresh.value(0).toLongLong() > 0;
        fresh.finish();
        if (uploadedSince)
            continue;
        forget.addBindValue(hash);
        context.db.exec(forget);
        removed.hashes.append(hash);
        removed.bytes += QFileInfo(context.blobs->pathOf(hash)).size();
    }
    return removed;
}

void BlobCollector::removeFiles(BlobStore &store, const Removed &removed, qint64 foundAt)
{
    for (const QString &hash : removed.hashes) {
        // An upload of the same content may have put a fresh file in place since: it is about to be recorded.
        if (placedBy(store, hash, foundAt))
            store.remove(hash);
    }
}

} // namespace nereid
