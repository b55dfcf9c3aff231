#include "runloader.h"

#include "cache/cachedatabase.h"
#include "cache/cacheerror.h"
#include "cache/runreader.h"
#include "queryrunbuilder.h"

namespace nereid {

RunLoader::RunLoader(QObject *parent)
    : QObject(parent)
{
}

RunLoader::~RunLoader()
{
    cancel();
}

void RunLoader::start(const QString &cacheFile, const QString &project, qint64 afterNumber, const ObjectScope &scope)
{
    cancel();
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_finished = false;
    m_thread = std::thread(&RunLoader::load, this, cacheFile, project, afterNumber, scope, ++m_generation, m_cancelled);
}

void RunLoader::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
    if (m_thread.joinable())
        m_thread.join();
    ++m_generation; // chunks already queued for the GUI thread are dropped there
    m_finished = true;
}

void RunLoader::load(const QString &cacheFile, const QString &project, qint64 afterNumber, const ObjectScope &scope,
                     int generation, const std::shared_ptr<std::atomic_bool> &cancelled)
{
    QString error;
    try {
        CacheDatabase db;
        db.openAsIs(cacheFile);
        RunReader reader(db);
        while (!*cancelled) {
            QList<RunRecord> runs = reader.runsWithFields(project, afterNumber, ChunkSize, cancelled.get(), scope);
            if (runs.isEmpty() || *cancelled)
                break;
            afterNumber = runs.constLast().number;
            const bool last = runs.size() < ChunkSize;
            auto chunk = std::make_shared<Chunk>();
            chunk->views.reserve(runs.size());
            for (RunRecord &run : runs) {
                chunk->views.append(QueryRunBuilder::fromRecord(run));
                run.fields = {};
            }
            chunk->records = std::move(runs);
            deliver(generation, [this, project, chunk] { emit chunkLoaded(project, *chunk); });
            if (last)
                break;
        }
    } catch (const CacheError &failure) {
        error = failure.message;
    }
    deliver(generation, [this, project, error] {
        m_finished = true;
        emit finished(project, error);
    });
}

void RunLoader::deliver(int generation, const std::function<void()> &onGuiThread)
{
    // Queued to this object's thread; a load cancelled meanwhile has a newer generation and is dropped.
    QMetaObject::invokeMethod(
        this,
        [this, generation, onGuiThread] {
            if (generation == m_generation)
                onGuiThread();
        },
        Qt::QueuedConnection);
    ++m_queued;
}

} // namespace nereid
