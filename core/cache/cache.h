#pragma once

#include "cacheprojectstore.h"
#include "domain/objectscope.h"
#include "domain/runrecord.h"
#include "domain/seriespoint.h"

#include <functional>
#include <memory>
#include <QObject>

namespace nereid {

class CacheDatabase;

// The local cache of one server profile: everything the app shows is read from here, and the sync engine
// writes here. Writes are whole transactions; after each commit the cache says what changed, by run id and
// field path, so models update only those rows and cells. A failed write changes nothing, returns false and
// is reported through storageError() with a message in words.
class Cache : public QObject
{
    Q_OBJECT

public:
    explicit Cache(QObject *parent = nullptr);
    ~Cache() override;

    // Opens or creates the file (see CacheLocation for where a profile's file lives); false and
    // errorString() when it cannot be used, e.g. it was written by a newer Nereid.
    bool open(const QString &filePath);
    bool isOpen() const;
    QString errorString() const { return m_error; }
    // Set when open() found the file damaged and started afresh: what happened, for the user.
    QString recoveryNotice() const { return m_notice; }

    // --- written by the sync engine
    // Projects the server listed, known from now on (projects()) though none of their runs is cached yet.
    bool addProjects(const QStringList &names);
    // The cursor of the project's runs, or with `kind` ("model", "model_version", "project") of its objects of that
    // kind: each kind has a changes feed of its own (docs/api.md).
    CacheProjectStore::SyncState syncState(const QString &project, const QString &kind = {});
    // The server's database is not the one the project's cursor came from (another epoch, or a cursor above its
    // revision): its runs, fields and points leave the cache and its cursor goes back to 0 with `epoch`, in one
    // transaction; the outboxes stay. projectReset() tells the models, before the runs come again.
    bool resetProject(const QString &project, const QString &epoch);
    // Applies one page of the changes feed (of runs, or of objects of `kind`) and its cursor in one transaction.
    // runsAdded and runsChanged name objects of every kind: a model filters by RunRecord::kind.
    bool applyPage(const QString &project, const QList<RunRecord> &runs, const CacheProjectStore::SyncState &state,
                   const QString &kind = {});
    // Runs of `project` cached as active that have not been in touch since `pingCutoffMs` (ms since the epoch,
    // by the server's clock: its time less its active window) become inactive; runsChanged and fieldsChanged
    // ("sys/state") name them. A run that stops pinging has no change in the feed, so the app ages it here.
    bool expireActiveRuns(const QString &project, qint64 pingCutoffMs);
    // The oldest last contact among the project's runs cached as active: when the next one may expire.
    std::optional<qint64> oldestActivePing(const QString &project);
    // Caches points that follow the last cached one of a float series the cache knows.
    bool appendPoints(const QString &runId, const QString &path, const QList<FloatPoint> &points);
    // Caches lines that follow the last cached one of a string series the cache knows (a log); pointsAdded.
    bool appendLines(const QString &runId, const QString &path, const QList<StringPoint> &lines);

    // --- read by models
    QStringList projects();
    // The project's runs, or its objects of `scope` (models, a model's versions, ...).
    QList<RunRecord> runs(const QString &project, const ObjectScope &scope = {});
    // Without fields: the sys fields alone (a chart wants the run's name, not its 9,000 fields).
    std::optional<RunRecord> run(const QString &runId, bool withFields = true);
    QList<FloatPoint> points(const QString &runId, const QString &path, double from = -qInf(), double to = qInf());
    std::optional<double> lastCachedStep(const QString &runId, const QString &path);
    qint64 cachedPointCount(const QString &runId, const QString &path);
    // The cached lines of a string series with a step above `after`, in step order.
    QList<StringPoint> lines(const QString &runId, const QString &path, double after = -qInf());
    std::optional<double> lastCachedLine(const QString &runId, const QString &path);
    // The series' summary as the server last described it (count, last step, ...).
    std::optional<FieldRecord> series(const QString &runId, const QString &path);

    CacheDatabase &database() { return *m_db; }
    // Runs `write` in one transaction; on failure rolls back, reports through storageError() and answers false.
    bool write(const std::function<void()> &work);

signals:
    void runsAdded(const QString &project, const QStringList &runIds);
    // The project's runs left the cache all at once (resetProject): what shows them starts again, empty.
    void projectReset(const QString &project);
    void runsChanged(const QString &project, const QStringList &runIds);
    // Paths of the fields of an existing run that were added, changed or removed ("sys/name" for sys fields).
    void fieldsChanged(const QString &runId, const QStringList &paths);
    void pointsAdded(const QString &runId, const QString &path);
    void storageError(const QString &message);

private:
    // Runs `read`; on failure reports and answers `fallback`.
    template<typename Read, typename T> T query(Read &&read, T fallback);
    // query() of `read(seriesId)` on the run's series at `path`; `fallback` when the cache knows no such series.
    template<typename Read, typename T>
    T querySeries(const QString &runId, const QString &path, Read &&read, T fallback);
    // Stores what follows the series' last cached point or line (`store(seriesId)`) and, when `count` > 0, says so.
    bool appendToSeries(const QString &runId, const QString &path, qsizetype count,
                        const std::function<void(qint64 series)> &store);
    bool report(const QString &message);
    void recover(const QString &filePath, const QString &damage);

    std::unique_ptr<CacheDatabase> m_db;
    QString m_error;
    QString m_notice;
};

} // namespace nereid
