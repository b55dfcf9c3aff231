#include "stringseriesloader.h"

#include "stringlogmodel.h"
#include "sync/apiconnection.h"

#include <QJsonArray>
#include <QUrl>

namespace nereid {

StringSeriesLoader::StringSeriesLoader(ApiConnection &api, StringLogModel &model, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_model(model)
{
}

void StringSeriesLoader::load(const QString &path, const QStringList &runIds)
{
    ++m_generation;
    m_path = path;
    m_runIds = runIds;
    m_lastStep.clear();
    m_toFollow.clear();
    m_model.clear();
    m_loading = true;
    fetch(0, -qInf(), true);
}

void StringSeriesLoader::follow(const QString &runId)
{
    const qsizetype run = m_runIds.indexOf(runId);
    if (run < 0)
        return;
    if (m_loading) {
        if (!m_toFollow.contains(runId))
            m_toFollow.append(runId);
        return;
    }
    m_loading = true;
    fetch(int(run), m_lastStep.value(runId, -qInf()), false);
}

void StringSeriesLoader::done()
{
    m_loading = false;
    emit finished();
    if (!m_toFollow.isEmpty())
        follow(m_toFollow.takeFirst());
}

void StringSeriesLoader::fetch(int run, double from, bool thenNext)
{
    if (run >= m_runIds.size())
        return done();
    QString route = QStringLiteral("/runs/%1/series?path=%2&limit=10000")
                        .arg(m_runIds[run], QString::fromLatin1(QUrl::toPercentEncoding(m_path)));
    if (from > -qInf())
        route += QStringLiteral("&from=") + QString::number(from, 'g', 17);
    const int generation = m_generation;
    m_api.get(route, this, [this, run, generation, thenNext](const ApiResult &result) {
        if (generation != m_generation)
            return;
        if (result.error.isError()) {
            m_loading = false;
            return emit failed(
                tr("The log %1 of run %2 could not be read: %3").arg(m_path, m_runIds[run], result.error.message));
        }
        // `from` counts its own step: a line already shown (the last one, when following) is not shown twice.
        const QString &runId = m_runIds[run];
        const double shown = m_lastStep.value(runId, -qInf());
        QList<StringPoint> points;
        for (const QJsonValue &value : result.json.value(QStringLiteral("points")).toArray()) {
            const QJsonArray point = value.toArray();
            if (point.at(0).toDouble() > shown)
                points.append({point.at(0).toDouble(), point.at(1).toString(), point.at(2).toDouble()});
        }
        if (!points.isEmpty()) {
            m_lastStep.insert(runId, points.constLast().step);
            m_model.append(runId, points);
        }
        const QJsonValue next = result.json.value(QStringLiteral("next"));
        if (next.isDouble())
            fetch(run, next.toDouble(), thenNext);
        else if (thenNext)
            fetch(run + 1, -qInf(), true);
        else
            done();
    });
}

} // namespace nereid
