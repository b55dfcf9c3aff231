#pragma once

#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The operations batch the server benchmarks send: `steps` points from `firstStep` to each of `seriesCount` float
// series, as JSON text. Shared by bench_server and bench_backends, so their ingest figures measure one workload.
inline QByteArray batchBody(int firstStep, int seriesCount, int steps)
{
    QJsonArray operations;
    for (int s = 0; s < seriesCount; ++s) {
        QJsonArray points;
        for (int i = 0; i < steps; ++i) {
            const int step = firstStep + i;
            points.append(QJsonArray{step, std::sin(step * 0.01 + s) + s, 1763805600.0 + step * 0.5});
        }
        operations.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("append")},
                                      {QStringLiteral("path"), QStringLiteral("metrics/m%1").arg(s)},
                                      {QStringLiteral("type"), QStringLiteral("floatSeries")},
                                      {QStringLiteral("points"), points}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("operations"), operations}}).toJson(QJsonDocument::Compact);
}
