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
    if (!isRunning())
        requestPage();
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

void ProjectPuller::requestPage()
{
    const qint64 cursor = m_cache.syncState(m_project).cursor;
    const QString path =
        QStringLiteral("/projects/%1/changes?since=%2&limit=%3").arg(m_project).arg(cursor).arg(m_pageSize);
    m_reply = m_api.get(path, this, [this](const ApiResult &result) { onPage(result); });
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
    QList<RunRecord> records;
    records.reserve(runs.toArray().size());
    for (const QJsonValue &run : runs.toArray()) {
        Result<RunRecord> record = RunRecord::fromJson(run.toObject());
        if (!record) {
            emit failed(SyncError::badAnswer(record.error().message));
            return;
        }
        records.append(std::move(record.value()));
    }
    if (!m_cache.applyPage(m_project, records, {cursor.toInteger(), revision.toInteger()})) {
        emit failed(SyncError::storage(m_cache.errorString()));
        return;
    }
    emit pageApplied(int(records.size()), cursor.toInteger());
    if (m_stopped)
        return;
    if (result.json.value(QStringLiteral("more")).toBool())
        requestPage();
    else
        emit finished();
}

} // namespace nereid
