#pragma once

#include "domain/fieldtype.h"
#include "query/queryrun.h"

#include <optional>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace nereid {

class BlobSource;
class Cache;
class FileContents;
class ThumbnailCache;
class ChartModel;
class NamespaceTreeModel;
class RunEditing;
class RunColors;
class RunEditor;
class RunTableModel;
class RunVisibility;
class SavedViewsModel;
class SeriesSource;
class StringLogModel;
class StringLogReader;
class ViewEditor;

// The models of the main window over one profile's cache, built by the app and handed to the window, which sees the
// data through them only: the runs table, the current run's tree, the edits, and, per chart panel, a chart or a log.
// Models read the cache; the series it lacks they ask of `source` (core/sync answers), so the same window works
// online, offline and in tests (a null source: the cache alone; a null editor: no edits).
class SessionModels : public QObject
{
    Q_OBJECT

public:
    SessionModels(Cache &cache, RunEditor *editor = nullptr, SeriesSource *source = nullptr, QObject *parent = nullptr);
    ~SessionModels() override;

    RunTableModel *runs() const { return m_runs; }
    NamespaceTreeModel *tree() const { return m_tree; }
    RunEditing *editing() const { return m_editing; }
    SeriesSource *source() const { return m_source; }
    // The runs' colours in the charts of the open project.
    RunColors *colors() const { return m_colors; }
    // The runs every chart of the open project leaves out.
    RunVisibility *visibility() const { return m_visibility; }
    // The open project's saved views; empty and read-only until setViewEditor().
    SavedViewsModel *savedViews() const { return m_savedViews; }
    void setViewEditor(ViewEditor *editor);
    // Files and images (issue 18): what the preview and the gallery fetch blobs through, with the gallery's
    // thumbnails kept in `thumbnailFolder`. Without it, they say files cannot be fetched.
    void setBlobSource(BlobSource *source, const QString &thumbnailFolder);
    FileContents *files() const { return m_files; }
    // The run's name as the gallery's rows show it, or its id when it has none.
    QString runLabel(const QString &runId) const;
    ThumbnailCache *thumbnails() const { return m_thumbnails; }

    // Project > Metadata (issue 21): a tree model of its own, owned by `owner`, and the id of the project's metadata
    // object ("CLS"), empty until the sync brought one.
    NamespaceTreeModel *newTree(QObject *owner) const;
    // A runs table model of its own, owned by `owner`: the versions listed under the models (ModelVersionsPanel).
    RunTableModel *newRunTable(QObject *owner) const;
    QString metadataId(const QString &project) const;

    // A chart's model, owned by `owner`.
    ChartModel *newChart(QObject *owner) const;
    // What fills `model` with the log at `path` and follows it, owned by `owner`.
    StringLogReader *newLog(const QString &path, StringLogModel &model, QObject *owner) const;

    // The runs with every field, as CompareModel takes them; those the cache does not hold are left out. When the
    // cache cannot be read, the runs read and `error` saying why.
    QList<QueryRun> compareRuns(const QStringList &runIds, QString *error = nullptr) const;
    // The series paths of the runs, float and string, sorted.
    QStringList seriesPaths(const QStringList &runIds) const;
    // The float series paths of the runs, sorted: a dashboard's automatic charts.
    QStringList floatSeriesPaths(const QStringList &runIds) const;
    // The type of `path` in the first of the runs that has it as a series.
    std::optional<FieldType> seriesType(const QStringList &runIds, const QString &path) const;
    // The type of every series path of the runs, as seriesType() gives it, read in one pass: a dashboard asks for
    // each card it makes, and seriesType() reads a whole run per question.
    QHash<QString, FieldType> seriesTypes(const QStringList &runIds) const;

private:
    Cache &m_cache;
    SeriesSource *m_source;
    RunTableModel *m_runs;
    NamespaceTreeModel *m_tree;
    RunEditing *m_editing;
    RunColors *m_colors;
    RunVisibility *m_visibility;
    SavedViewsModel *m_savedViews;
    FileContents *m_files;
    ThumbnailCache *m_thumbnails;
};

} // namespace nereid
