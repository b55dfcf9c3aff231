#pragma once

#include "apiclient.h"

#include <QJsonValue>
#include <QList>

// Float-series points as the series tests write them and check them on the wire.
namespace nereid::test {

struct Point
{
    double step;
    double value;
    double timestamp;
};
using Points = QList<Point>;

// A float-series value on the wire: a number, or "NaN" / "Infinity" / "-Infinity" (docs/api.md).
QJsonValue wire(double value);
// Strings must match exactly; numbers within a rounding error.
bool sameWire(const QJsonValue &got, double expected);
// [step, value, timestamp] as the server answers it.
bool samePoint(const QJsonValue &got, const Point &expected);
// [step, value] of a bucket's min or max.
bool sameExtreme(const QJsonValue &got, double step, double value);
// Compact JSON of a value, for failure messages.
QByteArray show(const QJsonValue &value);

// `count` points from `firstStep`, `stepGap` apart, values of a random walk (the same for the same seed).
Points randomWalk(int count, double firstStep, double stepGap, quint32 seed);

// Appends the points to the run's float series, `batch` points a request; the first refusal, else the last answer.
ApiReply appendPoints(ApiClient &api, const QString &runId, const QString &path, const Points &points,
                      int batch = 20000);

} // namespace nereid::test
