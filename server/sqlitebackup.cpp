#include "sqlitebackup.h"

#include "blobstore.h"
#include "servermeta.h"

#include <cerrno>
#include <cstring>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <sqlite3.h>
#include <unistd.h>

namespace nereid {

namespace {

const QString DatabaseFile = QStringLiteral("nereid.sqlite");

// A sqlite3 handle that closes itself, so every early return leaves nothing open.
struct Handle
{
    sqlite3 *db = nullptr;
    ~Handle() { sqlite3_close_v2(db); }
    QString error() const { return QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory"); }
};

} // namespace

SqliteBackup::Result SqliteBackup::run(const QString &dataDir, const QString &out)
{
    Result result;
    if (QFileInfo::exists(out)) {
        result.error = QStringLiteral("%1 exists already: a backup goes into a new folder.").arg(out);
        return result;
    }
    if (!QDir().mkpath(out)) {
        result.error = QStringLiteral("cannot create the folder %1.").arg(out);
        return result;
    }
    const QString target = QDir(out).filePath(DatabaseFile);
    result.error = copyDatabase(QDir(dataDir).filePath(DatabaseFile), target, result);
    if (result.error.isEmpty())
        result.error = copyBlobs(dataDir, out, result);
    if (result.error.isEmpty())
        result.error = renewEpoch(target, result);
    return result;
}

QString SqliteBackup::copyDatabase(const QString &source, const QString &target, Result &result)
{
    Handle from;
    Handle to;
    if (sqlite3_open_v2(QFile::encodeName(source).constData(), &from.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return QStringLiteral("cannot open %1: %2").arg(source, from.error());
    // The server's writer holds the write lock only for a commit: wait for it rather than fail.
    sqlite3_busy_timeout(from.db, 10000);
    if (sqlite3_open_v2(QFile::encodeName(target).constData(), &to.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK)
        return QStringLiteral("cannot create %1: %2").arg(target, to.error());
    sqlite3_backup *backup = sqlite3_backup_init(to.db, "main", from.db, "main");
    if (!backup)
        return QStringLiteral("cannot copy %1: %2").arg(source, to.error());
    // All pages in one step: one read transaction, so the copy is one state of the database, whatever the
    // server commits meanwhile (in WAL mode a reader never blocks its writer). Busy only while a checkpoint
    // or recovery holds the file for a moment.
    int step = SQLITE_OK;
    for (int attempt = 0; attempt < 100; ++attempt) {
        step = sqlite3_backup_step(backup, -1);
        if (step != SQLITE_BUSY && step != SQLITE_LOCKED)
            break;
        QThread::msleep(100);
    }
    sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE)
        return QStringLiteral("cannot copy %1: %2").arg(source, QString::fromUtf8(sqlite3_errstr(step)));
    result.databaseBytes = QFileInfo(target).size();
    return {};
}

QString SqliteBackup::copyBlobs(const QString &dataDir, const QString &out, Result &result)
{
    const BlobStore from(dataDir, BlobStore::Opening::KeepUploads);
    const BlobStore to(out, BlobStore::Opening::KeepUploads);
    for (const QString &hash : from.hashes()) {
        const QString source = from.pathOf(hash);
        const QString target = to.pathOf(hash);
        if (!QDir().mkpath(QFileInfo(target).path()))
            return QStringLiteral("cannot create the folder of %1.").arg(target);
        const qint64 size = QFileInfo(source).size();
        if (::link(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) == 0) {
            ++result.linkedBlobs;
        } else if (errno == ENOENT) {
            continue; // collected since it was listed: no field of the copy refers to it
        } else if (!QFile::copy(source, target)) {
            return QStringLiteral("cannot copy the file %1 to %2.").arg(source, target);
        }
        ++result.blobs;
        result.blobBytes += size;
    }
    return {};
}

QString SqliteBackup::renewEpoch(const QString &target, Result &result)
{
    // The copy is a file no server serves yet: a plain statement on a handle of its own.
    Handle copy;
    if (sqlite3_open_v2(QFile::encodeName(target).constData(), &copy.db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return QStringLiteral("cannot open the copy %1: %2").arg(target, copy.error());
    result.epoch = ServerMeta::drawEpoch();
    sqlite3_stmt *statement = nullptr;
    const char *sql = "UPDATE server_meta SET value = ? WHERE key = 'epoch'";
    if (sqlite3_prepare_v2(copy.db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return QStringLiteral("cannot give the copy a new epoch: %1").arg(copy.error());
    const QByteArray epoch = result.epoch.toLatin1();
    sqlite3_bind_text(statement, 1, epoch.constData(), int(epoch.size()), SQLITE_TRANSIENT);
    const bool done = sqlite3_step(statement) == SQLITE_DONE && sqlite3_changes(copy.db) == 1;
    sqlite3_finalize(statement);
    if (!done)
        return QStringLiteral("cannot give the copy a new epoch: %1").arg(copy.error());
    return {};
}

} // namespace nereid
