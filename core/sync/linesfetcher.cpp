#include "linesfetcher.h"

#include "apiconnection.h"
#include "cache/cache.h"
#include "pointspage.h"

#include <algorithm>
#include <QJsonArray>

namespace nereid {

LinesFetcher::LinesFetcher(ApiConnection &api, Cache &cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{
}

void LinesFetcher::fetch(const QString &runId, const QString &path)
{
    const auto underWay = m_underWay.find(key(runId, path));
    if (underWay != m_underWay.end()) {
        *underWay = true;
        return;
    }
    m_underWay.insert(key(runId, path), false);
    fetchFrom(runId, path, m_cache.lastCachedLine(runId, path).value_or(-qInf()));
}

void LinesFetcher::fetchFrom(const QString &runId, const QString &path, double from)
{
    // `from` is inclusive: the last cached line comes again and is skipped. The same page route as float points, in
    // the JSON points form (a string series has no binary one).
    m_api.get(PointsPage::path({runId, path}, from, qInf(), m_pageSize), this,
              [this, runId, path](const ApiResult &result) { onPage(runId, path, result); });
}

void LinesFetcher::onPage(const QString &runId, const QString &path, const ApiResult &result)
{
    if (result.error.isError())
        return finish(runId, path, &result.error);
    const QJsonValue points = result.json.value(QStringLiteral("points"));
    const QJsonValue next = result.json.value(QStringLiteral("next"));
    if (!points.isArray() || !(next.isDouble() || next.isNull() || next.isUndefined())) {
        const SyncError error = SyncError::badAnswer(tr("the lines of %1 cannot be read.").arg(path));
        return finish(runId, path, &error);
    }
    // Only what follows the cache's last line now: the cache may have grown since the request was sent.
    const double last = m_cache.lastCachedLine(runId, path).value_or(-qInf());
    QList<StringPoint> lines;
    for (const QJsonValue &value : points.toArray()) {
        const QJsonArray point = value.toArray();
        if (point.size() < 3 || !point.at(0).isDouble() || !point.at(1).isString() || !point.at(2).isDouble()) {
            const SyncError error = SyncError::badAnswer(tr("a line of %1 is not [step, text, time].").arg(path));
            return finish(runId, path, &error);
        }
        if (point.at(0).toDouble() > last)
            lines.append({point.at(0).toDouble(), point.at(1).toString(), point.at(2).toDouble()});
    }
    if (!lines.isEmpty() && !m_cache.appendLines(runId, path, lines)) {
        const SyncError error = SyncError::storage(m_cache.errorString());
        return finish(runId, path, &error);
    }
    // A page from a cached step holds that step, so its `next` lies beyond it: reading goes on from there.
    if (next.isDouble())
        return fetchFrom(runId, path, std::max(next.toDouble(), last));
    finish(runId, path, nullptr);
}

void LinesFetcher::finish(const QString &runId, const QString &path, const SyncError *error)
{
    const bool again = m_underWay.take(key(runId, path));
    if (error)
        return emit failed(runId, path, *error);
    emit fetched(runId, path);
    if (again)
        fetch(runId, path);
}

} // namespace nereid
