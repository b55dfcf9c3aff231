#include "sessionmodels.h"

#include "cache/cache.h"
#include "cache/cachedatabase.h"
#include "chartmodel.h"
#include "comparerunreader.h"
#include "filecontents.h"
#include "namespacetreemodel.h"
#include "queryrunbuilder.h"
#include "runcolors.h"
#include "runediting.h"
#include "runtablemodel.h"
#include "runvisibility.h"
#include "savedviewsmodel.h"
#include "stringlogreader.h"
#include "thumbnailcache.h"

#include <QSet>

namespace nereid {

SessionModels::SessionModels(Cache &cache, RunEditor *editor, SeriesSource *source, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_source(source)
    , m_runs(new RunTableModel(&cache, this))
    , m_tree(new NamespaceTreeModel(&cache, this))
    , m_editing(new RunEditing(cache, editor, this))
    , m_colors(new RunColors(this))
    , m_visibility(new RunVisibility(this))
    , m_savedViews(new SavedViewsModel(this))
    , m_files(new FileContents(nullptr, this))
    , m_thumbnails(nullptr)
{
}

QString SessionModels::runLabel(const QString &runId) const
{
    const std::optional<RunRecord> run = m_cache.run(runId, false);
    return run && !run->name.isEmpty() ? QStringLiteral("%1 · %2").arg(runId, run->name) : runId;
}

void SessionModels::setBlobSource(BlobSource *source, const QString &thumbnailFolder)
{
    delete m_thumbnails;
    delete m_files;
    m_files = new FileContents(source, this);
    m_thumbnails = new ThumbnailCache(m_files, thumbnailFolder, this);
}

void SessionModels::setViewEditor(ViewEditor *editor)
{
    m_savedViews->setEditor(editor);
}

SessionModels::~SessionModels() = default;

ChartModel *SessionModels::newChart(QObject *owner) const
{
    auto *chart = new ChartModel(m_cache, owner);
    chart->setSource(m_source);
    return chart;
}

StringLogReader *SessionModels::newLog(const QString &path, StringLogModel &model, QObject *owner) const
{
    return new StringLogReader(m_cache, m_source, model, path, owner);
}

QList<QueryRun> SessionModels::compareRuns(const QStringList &runIds, QString *error) const
{
    return CompareRunReader::read(m_cache.database().filePath(), runIds, error);
}

QStringList SessionModels::seriesPaths(const QStringList &runIds) const
{
    QSet<QString> paths; // a list's contains() made 100 runs of 2,000 series take seconds
    for (const QString &runId : runIds)
        if (const std::optional<RunRecord> run = m_cache.run(runId))
            for (const FieldRecord &field : run->fields)
                if (isSeries(field.type) && field.type != FieldType::FileSeries) // charts and logs, not images
                    paths.insert(field.path);
    QStringList sorted(paths.begin(), paths.end());
    sorted.sort();
    return sorted;
}

QStringList SessionModels::floatSeriesPaths(const QStringList &runIds) const
{
    QSet<QString> paths;
    for (const QString &runId : runIds)
        if (const std::optional<RunRecord> run = m_cache.run(runId))
            for (const FieldRecord &field : run->fields)
                if (field.type == FieldType::FloatSeries)
                    paths.insert(field.path);
    QStringList sorted(paths.begin(), paths.end());
    sorted.sort();
    return sorted;
}

std::optional<FieldType> SessionModels::seriesType(const QStringList &runIds, const QString &path) const
{
    for (const QString &runId : runIds)
        if (const std::optional<FieldRecord> series = m_cache.series(runId, path))
            return series->type;
    return std::nullopt;
}

QHash<QString, FieldType> SessionModels::seriesTypes(const QStringList &runIds) const
{
    QHash<QString, FieldType> types;
    for (const QString &runId : runIds)
        if (const std::optional<RunRecord> run = m_cache.run(runId))
            for (const FieldRecord &field : run->fields)
                if (isSeries(field.type) && field.type != FieldType::FileSeries && !types.contains(field.path))
                    types.insert(field.path, field.type);
    return types;
}

RunTableModel *SessionModels::newRunTable(QObject *owner) const
{
    return new RunTableModel(&m_cache, owner);
}

NamespaceTreeModel *SessionModels::newTree(QObject *owner) const
{
    return new NamespaceTreeModel(&m_cache, owner);
}

QString SessionModels::metadataId(const QString &project) const
{
    const QList<RunRecord> objects = m_cache.runs(project, ObjectScope{QStringLiteral("project")});
    return objects.isEmpty() ? QString() : objects.constFirst().runId;
}

} // namespace nereid
