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
    m_model.clear();
    m_loading = true;
    fetch(0, -qInf());
}

void StringSeriesLoader::fetch(int run, double from)
{
    if (run >= m_runIds.size()) {
        m_loading = false;
        return emit finished();
    }
    QString route = QStringLiteral("/runs/%1/series?path=%2&limit=10000")
                        .arg(m_runIds[run], QString::fromLatin1(QUrl::toPercentEncoding(m_path)));
    if (from > -qInf())
        route += QStringLiteral("&from=") + QString::number(from, 'g', 17);
    const int generation = m_generation;
    m_api.get(route, this, [this, run, generation](const ApiResult &result) {
        if (generation != m_generation)
            return;
        if (result.error.isError()) {
            m_loading = false;
            return emit failed(
                tr("The log %1 of run %2 could not be read: %3").arg(m_path, m_runIds[run], result.error.message));
        }
        QList<StringPoint> points;
        for (const QJsonValue &value : result.json.value(QStringLiteral("points")).toArray()) {
            const QJsonArray point = value.toArray();
            points.append({point.at(0).toDouble(), point.at(1).toString(), point.at(2).toDouble()});
        }
        m_model.append(m_runIds[run], points);
        const QJsonValue next = result.json.value(QStringLiteral("next"));
        if (next.isDouble())
            fetch(run, next.toDouble());
        else
            fetch(run + 1, -qInf());
    });
}

} // namespace nereid
