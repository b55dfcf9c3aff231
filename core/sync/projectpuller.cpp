#include "projectpuller.h"

#include "apiconnection.h"
#include "cache/cache.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkReply>

// Page timings are for profiling: off unless QT_LOGGING_RULES turns them on.
Q_LOGGING_CATEGORY(lcPull, "nereid.sync.pull", QtInfoMsg)

namespace nereid {

ProjectPuller::ProjectPuller(ApiConnection &api, Cache &cache, QString project, QObject *parent, QString kind)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_project(std::move(project))
    , m_kind(std::move(kind))
{
}

void ProjectPuller::start()
{
    m_stopped = false;
    if (isRunning())
        return;
    m_runsDone = 0;
    requestPage(m_cache.syncState(m_project, m_kind).cursor);
}

void ProjectPuller::stop()
{
    m_stopped = true;
    ++m_generation; // a page being read is dropped when it is done
    m_reader = nullptr;
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
    }
}

void ProjectPuller::requestPage(qint64 since)
{
    QString path = QStringLiteral("/projects/%1/changes?since=%2&limit=%3").arg(m_project).arg(since).arg(m_pageSize);
    if (!m_kind.isEmpty())
        path += QStringLiteral("&kind=") + m_kind;
    m_requested.start();
    m_reply = m_api.getRaw(
        path, this, [this, since](const ApiResult &result, const QByteArray &body) { onBody(result, body, since); });
}

void ProjectPuller::fail(const SyncError &error)
{
    stop(); // the page asked for in advance must not be stored after this one failed
    emit failed(error);
}

void ProjectPuller::onBody(const ApiResult &result, const QByteArray &body, qint64 since)
{
    m_reply = nullptr;
    if (result.error.isError()) {
        emit failed(result.error);
        return;
    }
    // Reading 1,000 runs of JSON takes a good part of a second: on a thread of its own, the GUI thread stays
    // free and the next page can be read while this one is stored. The thread deletes itself; if this puller
    // is gone or stopped by then, the page is dropped.
    auto page = std::make_shared<ChangesPage>();
    QThread *reader = QThread::create([page, body, project = m_project] { *page = ChangesPage::read(body, project); });
    m_reader = reader;
    const quint64 generation = m_generation;
    connect(reader, &QThread::finished, reader, &QObject::deleteLater);
    connect(reader, &QThread::finished, this, [this, page, generation, since, waitedMs = m_requested.elapsed()] {
        if (generation != m_generation)
            return;
        m_reader = nullptr;
        qCDebug(lcPull, "%s: page arrived after %lld ms, read in %lld ms", qPrintable(m_project), waitedMs,
                m_requested.elapsed() - waitedMs);
        onPage(*page, since);
    });
    reader->start();
}

void ProjectPuller::onPage(const ChangesPage &page, qint64 since)
{
    if (page.error.isError()) {
        emit failed(page.error);
        return;
    }
    // Revisions count within one epoch only (docs/api.md). A cache from before epochs has none stored: the page
    // fills it in. Checked before the next page is asked for, which would continue from a cursor that means nothing.
    const QString storedEpoch = m_cache.syncState(m_project, m_kind).epoch;
    const bool otherEpoch = !storedEpoch.isEmpty() && !page.epoch.isEmpty() && page.epoch != storedEpoch;
    if (otherEpoch || since > page.revision)
        return resync(page.epoch);
    // The next page is asked for before this one is stored, so the server reads it while the cache writes.
    // Pages are still stored in order, each with its own cursor: a page is read only once the previous one
    // was stored, and stored only once read.
    if (page.more && !m_stopped)
        requestPage(page.cursor);
    QElapsedTimer storing;
    storing.start();
    if (!m_cache.applyPage(m_project, page.runs, {page.cursor, page.revision, page.epoch}, m_kind))
        return fail(SyncError::storage(m_cache.errorString()));
    // Where a pull's time goes: QT_LOGGING_RULES="nereid.sync.pull.debug=true".
    qCDebug(lcPull, "%s: %lld runs stored in %lld ms", qPrintable(m_project), qint64(page.runs.size()),
            storing.elapsed());
    if (page.serverTime >= 0 && page.activeMs > 0)
        emit serverClock(page.serverTime, page.activeMs);
    emit pageApplied(int(page.runs.size()), page.cursor);
    m_runsDone += page.runs.size();
    emit progressed(m_runsDone, page.remaining >= 0 ? m_runsDone + page.remaining : 0);
    if (!page.more && !m_stopped)
        emit finished();
}

void ProjectPuller::resync(const QString &epoch)
{
    qCInfo(lcPull, "%s: the server's database is not the one the cache was synced from; syncing from scratch",
           qPrintable(m_project));
    stop(); // a page asked for in advance continues the old cursor
    if (!m_cache.resetProject(m_project, epoch))
        return fail(SyncError::storage(m_cache.errorString()));
    emit serverReplaced();
    m_stopped = false;
    m_runsDone = 0;
    requestPage(0);
}

} // namespace nereid
