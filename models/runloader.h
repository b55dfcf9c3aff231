#pragma once

#include "domain/objectscope.h"
#include "domain/runrecord.h"
#include "query/queryrun.h"

#include <atomic>
#include <memory>
#include <QObject>
#include <thread>

namespace nereid {

// Reads the rest of a large project from the cache file on a thread of its own, in chunks of runs in number
// order, each run with the QueryRun the table filters and sorts by: the window shows its first screenful at
// once and the GUI thread only inserts rows while the rest arrives. The thread has its own read-only SQLite
// connection; each chunk is one read transaction, so its runs and fields agree.
class RunLoader : public QObject
{
    Q_OBJECT

public:
    struct Chunk
    {
        QList<RunRecord> records; // sys fields only
        QList<QueryRun> views;    // every field, one per record
    };

    explicit RunLoader(QObject *parent = nullptr);
    ~RunLoader() override;

    // Reads `project`'s runs (or objects of `scope`) numbered above `afterNumber` from `cacheFile`, cancelling a
    // load under way.
    void start(const QString &cacheFile, const QString &project, qint64 afterNumber, const ObjectScope &scope = {});
    // Stops a load under way: no chunk of it arrives after this returns.
    void cancel();
    bool isLoading() const { return m_thread.joinable() && !m_finished; }
    // How many chunks and ends of loads the loading thread has queued to this object's thread so far, the ones
    // dropped there included: tests use it to cancel a load whose chunk is queued but not yet delivered.
    int queuedCount() const { return m_queued; }

    static constexpr int ChunkSize = 10000;

signals:
    void chunkLoaded(const QString &project, const nereid::RunLoader::Chunk &chunk);
    // After the last chunk; `error` is empty, or says in words why the rest could not be read.
    void finished(const QString &project, const QString &error);

private:
    void load(const QString &cacheFile, const QString &project, qint64 afterNumber, const ObjectScope &scope,
              int generation, const std::shared_ptr<std::atomic_bool> &cancelled);
    void deliver(int generation, const std::function<void()> &onGuiThread);

    std::thread m_thread;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    int m_generation = 0;
    bool m_finished = true;
    std::atomic_int m_queued = 0;
};

} // namespace nereid
