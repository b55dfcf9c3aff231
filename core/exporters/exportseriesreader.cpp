#include "exportseriesreader.h"

#include "domain/binarypoints.h"
#include "importclient.h"

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

namespace nereid {

ExportSeriesReader::ExportSeriesReader(ImportClient *client)
    : m_client(client)
{
}

bool ExportSeriesReader::readFloats(const QString &id, const QString &path, ExportedSeries *series, QString *error)
{
    std::optional<double> from;
    do {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("path"), QString::fromLatin1(QUrl::toPercentEncoding(path)));
        query.addQueryItem(QStringLiteral("limit"), QString::number(PointsPerPage));
        if (from)
            query.addQueryItem(QStringLiteral("from"), QString::number(*from, 'g', 17));
        QByteArray bytes;
        if (!m_client->getBytes(QStringLiteral("/runs/%1/series?%2").arg(id, query.toString(QUrl::FullyEncoded)),
                                BinaryPoints::MediaType, &bytes, error))
            return false;
        const Result<BinaryPoints> page = BinaryPoints::decode(bytes);
        if (!page) {
            *error = tr("%1 of %2: %3").arg(path, id, page.error().message);
            return false;
        }
        for (const FloatPoint &p : page->points) {
            series->steps.append(p.step);
            series->values.append(p.value);
            series->timestamps.append(p.timestamp);
        }
        from = page->next;
    } while (from);
    return true;
}

bool ExportSeriesReader::readColumns(const QString &id, const QString &path, QJsonArray *steps, QJsonArray *values,
                                     QJsonArray *timestamps, QString *error)
{
    QJsonValue from;
    do {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("path"), QString::fromLatin1(QUrl::toPercentEncoding(path)));
        query.addQueryItem(QStringLiteral("limit"), QString::number(PointsPerPage));
        query.addQueryItem(QStringLiteral("layout"), QStringLiteral("columns"));
        if (!from.isNull() && !from.isUndefined())
            query.addQueryItem(QStringLiteral("from"), QString::number(from.toDouble(), 'g', 17));
        QJsonObject page;
        if (!m_client->get(QStringLiteral("/runs/%1/series?%2").arg(id, query.toString(QUrl::FullyEncoded)), &page,
                           error))
            return false;
        for (const QJsonValue &v : page.value(QStringLiteral("steps")).toArray())
            steps->append(v);
        for (const QJsonValue &v : page.value(QStringLiteral("values")).toArray())
            values->append(v);
        for (const QJsonValue &v : page.value(QStringLiteral("timestamps")).toArray())
            timestamps->append(v);
        from = page.value(QStringLiteral("next"));
    } while (!from.isNull() && !from.isUndefined());
    return true;
}

} // namespace nereid
