#include "projectpuller.h"

#include "apiconnection.h"
#include "cache/cache.h"

#include <QJsonArray>
#include <QNetworkReply>

namespace nereid {

ProjectPuller::ProjectPuller(ApiConnection &api, Cache &cache, QString project, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_project(std::move(project))
{
}

void ProjectPuller::start()
{
    m_stopped = false;
    if (isRunning())
        return;
    m_runsDone = 0;
    requestPage(m_cache.syncState(m_project).cursor);
}

void ProjectPuller::stop()
{
    m_stopped = true;
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
    }
}

void ProjectPuller::requestPage(qint64 since)
{
    const QString path =
        QStringLiteral("/projects/%1/changes?since=%2&limit=%3").arg(m_project).arg(since).arg(m_pageSize);
    m_reply = m_api.get(path, this, [this](const ApiResult &result) { onPage(result); });
}

void ProjectPuller::fail(const SyncError &error)
{
    stop(); // the page asked for in advance must not be stored after this one failed
    emit failed(error);
}

void ProjectPuller::onPage(const ApiResult &result)
{
    m_reply = nullptr;
    if (result.error.isError()) {
        emit failed(result.error);
        return;
    }
    const QJsonValue cursor = result.json.value(QStringLiteral("cursor"));
    const QJsonValue revision = result.json.value(QStringLiteral("revision"));
    const QJsonValue runs = result.json.value(QStringLiteral("runs"));
    if (!cursor.isDouble() || !revision.isDouble() || !runs.isArray()) {
        emit failed(SyncError::badAnswer(tr("the changes of %1 lack a cursor, a revision or runs.").arg(m_project)));
        return;
    }
    // The next page is asked for before this one is stored, so the server reads it while the cache writes.
    // Pages are still stored in order, each with its own cursor: a handler runs only once the previous returned.
    const bool more = result.json.value(QStringLiteral("more")).toBool();
    if (more && !m_stopped)
        requestPage(cursor.toInteger());
    QList<RunRecord> records;
    records.reserve(runs.toArray().size());
    for (const QJsonValue &run : runs.toArray()) {
        Result<RunRecord> record = RunRecord::fromJson(run.toObject());
        if (!record)
            return fail(SyncError::badAnswer(record.error().message));
        records.append(std::move(record.value()));
    }
    if (!m_cache.applyPage(m_project, records, {cursor.toInteger(), revision.toInteger()}))
        return fail(SyncError::storage(m_cache.errorString()));
    const QJsonValue serverTime = result.json.value(QStringLiteral("server_time"));
    const QJsonValue activeMs = result.json.value(QStringLiteral("active_ms"));
    if (serverTime.isDouble() && activeMs.isDouble())
        emit serverClock(serverTime.toInteger(), activeMs.toInteger());
    emit pageApplied(int(records.size()), cursor.toInteger());
    m_runsDone += records.size();
    const QJsonValue remaining = result.json.value(QStringLiteral("remaining"));
    emit progressed(m_runsDone, remaining.isDouble() ? m_runsDone + remaining.toInteger() : 0);
    if (!more && !m_stopped)
        emit finished();
}

} // namespace nereid
