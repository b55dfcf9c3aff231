// RunTableModel's loading of a project: the first screenful read at once on the GUI thread, so the window
// paints real rows straight away, and the rest of a large project from a RunLoader, inserted chunk by chunk.
#include "cache/cache.h"
#include "cache/cachedatabase.h"
#include "cache/cacheerror.h"
#include "cache/runreader.h"
#include "runtablemodel.h"

namespace nereid {

void RunTableModel::setProject(const QString &project, const ObjectScope &scope)
{
    m_scope = scope;
    QList<RunRecord> runs;
    qsizetype total = 0;
    try {
        RunReader reader(m_cache->database());
        runs = reader.runsWithFields(project, 0, FirstScreenful, nullptr, scope);
        if (runs.size() == FirstScreenful)
            total = reader.runCount(project, scope);
    } catch (const CacheError &error) {
        emit m_cache->storageError(error.message); // the table opens empty; the cache says why
    }
    setRuns(project, std::move(runs));
    if (total <= FirstScreenful)
        return;
    m_loadTotal = total;
    m_loader.start(m_cache->database().filePath(), project, m_records.constLast().number, scope);
    emit loadProgress(rowCount(), m_loadTotal);
}

void RunTableModel::onChunkLoaded(const QString &project, const RunLoader::Chunk &chunk)
{
    if (project != m_project)
        return;
    // A run the sync engine added or changed while the chunk was read is here already, and newer.
    QList<RunRecord> records;
    QList<QueryRun> views;
    records.reserve(chunk.records.size());
    views.reserve(chunk.views.size());
    for (qsizetype i = 0; i < chunk.records.size(); ++i) {
        if (m_storedAt.contains(chunk.records[i].runId))
            continue;
        records.append(chunk.records[i]);
        views.append(chunk.views[i]);
    }
    addRuns(std::move(records), std::move(views));
    emit loadProgress(rowCount(), qMax(m_loadTotal, qsizetype(rowCount())));
}

void RunTableModel::onLoadFinished(const QString &project, const QString &error)
{
    if (project != m_project)
        return;
    if (!error.isEmpty())
        emit m_cache->storageError(error);
    emit loadFinished(error);
}

} // namespace nereid
