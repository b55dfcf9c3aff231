#include "cache.h"

#include "cachedatabase.h"
#include "cacheerror.h"
#include "cacherecovery.h"
#include "cacheviewstore.h"
#include "outboxstore.h"
#include "pointstore.h"
#include "runreader.h"
#include "runwriter.h"
#include "stringpointstore.h"
#include "viewoutboxstore.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCache, "nereid.cache")

namespace nereid {

Cache::Cache(QObject *parent)
    : QObject(parent)
{
}

Cache::~Cache() = default;

bool Cache::open(const QString &filePath)
{
    m_notice.clear();
    try {
        QDir().mkpath(QFileInfo(filePath).absolutePath());
        try {
            m_db = std::make_unique<CacheDatabase>();
            m_db->open(filePath);
        } catch (const CacheError &error) {
            if (!error.damaged)
                throw;
            recover(filePath, error.message);
        }
        m_error.clear();
        return true;
    } catch (const CacheError &error) {
        m_db.reset();
        m_error = error.message;
        qCWarning(lcCache) << "cannot open" << filePath << error.message;
        return false;
    }
}

void Cache::recover(const QString &filePath, const QString &damage)
{
    m_db.reset();
    CacheRecovery recovery(filePath);
    recovery.moveAside();
    const QList<RunEdit> edits = recovery.salvageOutbox();
    const QList<ViewEdit> viewEdits = recovery.salvageViewOutbox();
    m_db = std::make_unique<CacheDatabase>();
    m_db->open(filePath);
    m_db->begin();
    for (const RunEdit &edit : edits)
        OutboxStore(*m_db).append(edit);
    for (const ViewEdit &edit : viewEdits) { // the saved views the user changed show as they left them
        ViewOutboxStore(*m_db).append(edit);
        if (edit.action == ViewEdit::Action::Save)
            CacheViewStore(*m_db).put(
                edit.project, {edit.name, edit.baseRevision, edit.isDefault.value_or(false), edit.state, false});
    }
    m_db->commit();
    m_notice = tr("%1 The damaged file was moved to %2 and the cache is being rebuilt from the server; %n unsent "
                  "edit(s) were kept.",
                  nullptr, int(edits.size() + viewEdits.size()))
                   .arg(damage, recovery.damagedPath());
    qCWarning(lcCache).noquote() << m_notice;
}

bool Cache::isOpen() const
{
    return m_db != nullptr;
}

bool Cache::write(const std::function<void()> &work)
{
    if (!m_db)
        return report(tr("The cache is not open."));
    try {
        m_db->begin();
        try {
            work();
            m_db->commit();
        } catch (const CacheError &) {
            m_db->rollback();
            throw;
        }
        return true;
    } catch (const CacheError &error) {
        return report(error.message);
    }
}

bool Cache::report(const QString &message)
{
    m_error = message;
    qCWarning(lcCache) << message;
    emit storageError(message);
    return false;
}

template<typename Read, typename T> T Cache::query(Read &&read, T fallback)
{
    if (!m_db) {
        report(tr("The cache is not open."));
        return fallback;
    }
    try {
        return read();
    } catch (const CacheError &error) {
        report(error.message);
        return fallback;
    }
}

template<typename Read, typename T>
T Cache::querySeries(const QString &runId, const QString &path, Read &&read, T fallback)
{
    return query(
        [&] {
            const std::optional<qint64> series = RunReader(*m_db).seriesId(runId, path);
            return series ? read(*series) : fallback;
        },
        fallback);
}

CacheProjectStore::SyncState Cache::syncState(const QString &project, const QString &kind)
{
    return query([&] { return CacheProjectStore(*m_db).syncState(project, kind); }, CacheProjectStore::SyncState());
}

bool Cache::resetProject(const QString &project, const QString &epoch)
{
    const bool ok = write([&] {
        CacheProjectStore projects(*m_db);
        projects.reset(projects.ensure(project), epoch);
    });
    if (ok)
        emit projectReset(project);
    return ok;
}

bool Cache::applyPage(const QString &project, const QList<RunRecord> &runs, const CacheProjectStore::SyncState &state,
                      const QString &kind)
{
    QStringList added, changed;
    QList<std::pair<QString, QStringList>> fields;
    const bool ok = write([&] {
        CacheProjectStore projects(*m_db);
        const qint64 projectId = projects.ensure(project);
        RunWriter writer(*m_db);
        const QHash<QString, QList<RunEdit>> localEdits = OutboxStore(*m_db).pendingByRun();
        for (const RunRecord &run : runs) {
            const RunWriter::Change change = writer.write(projectId, run, localEdits.value(run.runId));
            if (change.outcome == RunWriter::Outcome::Added)
                added.append(run.runId);
            else if (change.outcome == RunWriter::Outcome::Changed)
                changed.append(run.runId);
            if (!change.fields.isEmpty())
                fields.append({run.runId, change.fields});
        }
        projects.setSyncState(projectId, state, kind);
    });
    if (!ok)
        return false;
    if (!added.isEmpty())
        emit runsAdded(project, added);
    if (!changed.isEmpty())
        emit runsChanged(project, changed);
    for (const auto &[runId, paths] : std::as_const(fields))
        emit fieldsChanged(runId, paths);
    return true;
}

bool Cache::expireActiveRuns(const QString &project, qint64 pingCutoffMs)
{
    QStringList expired;
    const bool ok = write([&] {
        if (const std::optional<qint64> projectId = CacheProjectStore(*m_db).find(project))
            expired = RunWriter(*m_db).expireActive(*projectId, pingCutoffMs);
    });
    if (!ok)
        return false;
    if (!expired.isEmpty())
        emit runsChanged(project, expired);
    for (const QString &runId : std::as_const(expired))
        emit fieldsChanged(runId, {QStringLiteral("sys/state")});
    return true;
}

std::optional<qint64> Cache::oldestActivePing(const QString &project)
{
    return query(
        [&] {
            const std::optional<qint64> projectId = CacheProjectStore(*m_db).find(project);
            return projectId ? RunWriter(*m_db).oldestActivePing(*projectId) : std::nullopt;
        },
        std::optional<qint64>());
}

bool Cache::appendToSeries(const QString &runId, const QString &path, qsizetype count,
                           const std::function<void(qint64 series)> &store)
{
    // Points and lines come from the server, and one lost to a power cut is fetched again (the chart compares the
    // cached count with the series' count): their commits do not wait for the disk's flush, about a millisecond of
    // each live batch on the GUI thread here. A later durable commit (an edit) flushes them along.
    const CacheDatabase::RelaxedDurability relaxed(m_db.get());
    const bool ok = write([&] {
        const std::optional<qint64> series = RunReader(*m_db).seriesId(runId, path);
        if (!series)
            throw CacheError{tr("The cache knows no series %1 in run %2.").arg(path, runId)};
        store(*series);
    });
    if (ok && count > 0)
        emit pointsAdded(runId, path);
    return ok;
}

bool Cache::appendPoints(const QString &runId, const QString &path, const QList<FloatPoint> &points)
{
    return appendToSeries(runId, path, points.size(), [&](qint64 series) { PointStore(*m_db).append(series, points); });
}

bool Cache::appendLines(const QString &runId, const QString &path, const QList<StringPoint> &lines)
{
    return appendToSeries(runId, path, lines.size(),
                          [&](qint64 series) { StringPointStore(*m_db).append(series, lines); });
}

bool Cache::addProjects(const QStringList &names)
{
    return write([&] {
        CacheProjectStore store(*m_db);
        for (const QString &name : names)
            store.ensure(name);
    });
}

QStringList Cache::projects()
{
    return query([&] { return CacheProjectStore(*m_db).names(); }, QStringList());
}

QList<RunRecord> Cache::runs(const QString &project, const ObjectScope &scope)
{
    return query([&] { return RunReader(*m_db).runs(project, scope); }, QList<RunRecord>());
}

std::optional<RunRecord> Cache::run(const QString &runId, bool withFields)
{
    return query([&] { return RunReader(*m_db).run(runId, withFields); }, std::optional<RunRecord>());
}

QList<FloatPoint> Cache::points(const QString &runId, const QString &path, double from, double to)
{
    return querySeries(
        runId, path, [&](qint64 series) { return PointStore(*m_db).read(series, from, to); }, QList<FloatPoint>());
}

std::optional<double> Cache::lastCachedStep(const QString &runId, const QString &path)
{
    return querySeries(
        runId, path, [&](qint64 series) { return PointStore(*m_db).lastStep(series); }, std::optional<double>());
}

qint64 Cache::cachedPointCount(const QString &runId, const QString &path)
{
    return querySeries(
        runId, path, [&](qint64 series) { return PointStore(*m_db).count(series); }, qint64(0));
}

QList<StringPoint> Cache::lines(const QString &runId, const QString &path, double after)
{
    return querySeries(
        runId, path, [&](qint64 series) { return StringPointStore(*m_db).read(series, after); }, QList<StringPoint>());
}

std::optional<double> Cache::lastCachedLine(const QString &runId, const QString &path)
{
    return querySeries(
        runId, path, [&](qint64 series) { return StringPointStore(*m_db).lastStep(series); }, std::optional<double>());
}

std::optional<FieldRecord> Cache::series(const QString &runId, const QString &path)
{
    const std::optional<RunRecord> found = run(runId);
    for (const FieldRecord &field : found ? found->fields : QList<FieldRecord>()) {
        if (field.path == path && isSeries(field.type))
            return field;
    }
    return std::nullopt;
}

} // namespace nereid
