#pragma once

#include "blobstore.h"
#include "database.h"
#include "fieldstore.h"
#include "projectstore.h"
#include "readcache.h"
#include "runstore.h"
#include "runviewcache.h"
#include "seriesstore.h"
#include "tokenstore.h"

namespace nereid {

struct ServerSettings
{
    qint64 maxBodyBytes = qint64(64) * 1024 * 1024;
    qint64 activeMs = 20'000; // a run is active while a client was in touch this recently
    // A request's header must arrive within this time, and its body may not pause for longer (slow clients).
    int requestTimeoutMs = 10'000;
    int idleTimeoutMs = 60'000;             // a kept-alive connection waits this long for its next request
    qint64 maxFileBytes = qint64(10) << 30; // the largest blob an upload may store (--max-file-bytes)
    QString database;                       // --database: empty for SQLite in the data folder (DatabaseUrl)
    bool testClock = false;                 // --test-clock: the tests may move the clock (testclockroute.h)
    // --sqlite-cache-mib: SQLite's page cache per connection. It fills as the database is read and stays full:
    // memory bounded by design, which a soak run sets small to see leaks past it (tests/bench/benchsoak.cpp).
    int sqliteCacheMiB = 64;
};

// Everything a route handler needs: the database, its stores and the settings. One per server.
class ServerContext
{
public:
    // `connectionName` names this context's database connection: one per thread.
    ServerContext(ServerSettings settings, const QString &connectionName = QStringLiteral("nereid-server"));

    // Opens settings.database (by default SQLite in `dataDir`) and reads its epoch; `dataDir` holds the blobs
    // either way.
    QString open(const QString &dataDir);
    // Reads the database's epoch into `epoch` (done by open()); empty, or what is wrong.
    QString readEpoch();

    // The full run object of docs/api.md.
    QJsonObject runJson(const RunRow &run, qint64 now);
    // The same as JSON text, for answers that are sent as they are (GET /runs/{id}).
    QByteArray runJsonText(const RunRow &run, qint64 now);

    // Stamps a changed run with `revision` (0: its project's next one) and writes it back; inside a transaction.
    void saveChanged(RunRow &run, qint64 now, qint64 revision = 0);

    // The project named by a URL's {workspace}/{project}; throws ApiError(404, unknown_project).
    Project projectAt(const QString &workspace, const QString &project);

    ServerSettings settings;
    Database db;
    // The database's epoch (ServerMeta), read once at open: it changes only while no server runs on the database
    // (a backup's copy, a migration's target, `epoch renew` after a restore), and /health answers with it.
    QString epoch;
    // Set while a reading thread serves a read: lookups that may be answered from memory (Access, runJsonText).
    ReadCache *reads = nullptr;
    TokenStore tokens;
    ProjectStore projects;
    RunStore runs;
    SeriesStore series;
    FieldStore fields;
    RunViewCache runViews;            // the run listing's query views, kept between requests
    std::unique_ptr<BlobStore> blobs; // the data folder's, once open() ran
};

} // namespace nereid
