#include "seriespoints.h"

#include "helpers.h"

#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace nereid::test {

QJsonValue wire(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    return value;
}

bool sameWire(const QJsonValue &got, double expected)
{
    const QJsonValue want = wire(expected);
    if (want.isString())
        return got == want;
    return got.isDouble() && sameDouble(got.toDouble(), expected, 1e-12);
}

bool samePoint(const QJsonValue &got, const Point &expected)
{
    const QJsonArray p = got.toArray();
    return p.size() == 3 && sameDouble(p[0].toDouble(NAN), expected.step) && sameWire(p[1], expected.value) &&
           sameDouble(p[2].toDouble(NAN), expected.timestamp);
}

bool sameExtreme(const QJsonValue &got, double step, double value)
{
    const QJsonArray p = got.toArray();
    return p.size() == 2 && sameDouble(p[0].toDouble(NAN), step) && sameWire(p[1], value);
}

QByteArray show(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

Points randomWalk(int count, double firstStep, double stepGap, quint32 seed)
{
    QRandomGenerator random(seed);
    Points points;
    double value = 1.0;
    for (int i = 0; i < count; ++i) {
        value += random.generateDouble() - 0.5;
        points.append({firstStep + i * stepGap, value, 1763805600.0 + i * 0.25});
    }
    return points;
}

ApiReply appendPoints(ApiClient &api, const QString &runId, const QString &path, const Points &points, int batch)
{
    ApiReply reply;
    for (qsizetype start = 0; start < points.size(); start += batch) {
        QList<QJsonArray> wirePoints;
        for (const Point &p : points.mid(start, batch))
            wirePoints.append(point(p.step, wire(p.value), p.timestamp));
        reply = applyOperations(api, runId, {appendOp(path, QStringLiteral("floatSeries"), wirePoints)});
        if (reply.status != 200)
            break;
    }
    return reply;
}

} // namespace nereid::test
