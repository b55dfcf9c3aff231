#include "stringlogreader.h"

#include "cache/cache.h"
#include "cache/seriessource.h"
#include "stringlogmodel.h"

namespace nereid {

StringLogReader::StringLogReader(Cache &cache, SeriesSource *source, StringLogModel &model, const QString &path,
                                 QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_source(source)
    , m_model(model)
    , m_path(path)
{
    connect(&cache, &Cache::pointsAdded, this, &StringLogReader::showNewLines);
    connect(&cache, &Cache::fieldsChanged, this, &StringLogReader::onFieldsChanged);
    if (!source)
        return;
    connect(source, &SeriesSource::linesFetched, this, &StringLogReader::onFetched);
    connect(source, &SeriesSource::linesFailed, this, &StringLogReader::onFailed);
    connect(source, &SeriesSource::reachable, this, [this] {
        for (const QString &runId : m_failed.keys())
            fetch(runId);
    });
}

void StringLogReader::setRuns(const QStringList &runIds)
{
    m_runIds = runIds;
    m_lastStep.clear();
    m_reading.clear();
    m_failed.clear();
    m_model.clear();
    for (const QString &runId : runIds)
        showNewLines(runId, m_path);
    m_toRead = m_source ? runIds : QStringList();
    readNext();
    emit statusChanged();
}

void StringLogReader::readNext()
{
    if (!m_toRead.isEmpty())
        fetch(m_toRead.takeFirst());
}

void StringLogReader::fetch(const QString &runId)
{
    if (!m_source)
        return;
    m_reading.insert(runId);
    m_source->fetchLines(runId, m_path);
    emit statusChanged();
}

void StringLogReader::showNewLines(const QString &runId, const QString &path)
{
    if (path != m_path || !m_runIds.contains(runId))
        return;
    const QList<StringPoint> lines = m_cache.lines(runId, path, m_lastStep.value(runId, -qInf()));
    if (lines.isEmpty())
        return;
    m_lastStep.insert(runId, lines.constLast().step);
    m_model.append(runId, lines);
}

// The sync brought a new summary of a shown run's log: an active run logged lines.
void StringLogReader::onFieldsChanged(const QString &runId, const QStringList &paths)
{
    if (m_runIds.contains(runId) && paths.contains(m_path))
        fetch(runId);
}

void StringLogReader::onFetched(const QString &runId, const QString &path)
{
    if (path != m_path || !m_reading.contains(runId))
        return;
    m_reading.remove(runId);
    m_failed.remove(runId);
    readNext();
    emit statusChanged();
}

void StringLogReader::onFailed(const QString &runId, const QString &path, const QString &message)
{
    if (path != m_path || !m_reading.contains(runId))
        return;
    m_reading.remove(runId);
    m_failed.insert(runId, tr("The log %1 of run %2 could not be read: %3").arg(path, runId, message));
    readNext();
    emit statusChanged();
}

} // namespace nereid
