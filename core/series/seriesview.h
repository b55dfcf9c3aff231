#pragma once

#include "domain/seriespoint.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace nereid {

// What a chart asks for: a float series of a run over a step range, for a plot about `width` pixels wide.
struct SeriesRequest
{
    QString runId;
    QString path;
    double from = -qInf();
    double to = qInf();
    int width = 1000;
    // A long series the cache does not hold comes with its smoothed line too (the server's smoothing=W) when > 0.
    double smoothing = 0;

    bool operator==(const SeriesRequest &other) const = default;
};

// The smoothed values of a bucket's points (docs/api.md, smoothing=W): those of its first and last point, and the
// lowest and highest with their steps (NaN when the bucket holds only NaN).
struct SmoothedBucket
{
    double first = qQNaN(), last = qQNaN();
    double minStep = qQNaN(), minValue = qQNaN(), maxStep = qQNaN(), maxValue = qQNaN();
};

// One bucket of a reduced read (docs/api.md, series/reduced): the first, last, lowest and highest point of
// the steps [from, to). A bucket of NaN values only has no minimum or maximum (NaN there).
struct SeriesBucket
{
    double from = 0;
    double to = 0;
    qint64 count = 0;
    FloatPoint first;
    FloatPoint last;
    double minStep = qQNaN(), minValue = qQNaN(), maxStep = qQNaN(), maxValue = qQNaN();
    std::optional<SmoothedBucket> smoothed = std::nullopt; // when smoothing was asked for
};

// The answer: every point of the range (from the cache), or, for a long series the cache does not hold,
// the server's buckets, which keep every spike.
struct SeriesView
{
    Q_DECLARE_TR_FUNCTIONS(SeriesView)

public:
    QList<FloatPoint> points;
    QList<SeriesBucket> buckets;
    bool reduced = false;

    // Reads the body of GET .../series/reduced; false when it is not that.
    bool readBuckets(const QJsonObject &json);
    // Reads the points of GET .../series; false when one is not a point.
    static bool readPoints(const QJsonObject &json, QList<FloatPoint> &points);
};

} // namespace nereid

Q_DECLARE_METATYPE(nereid::SeriesRequest)
Q_DECLARE_METATYPE(nereid::SeriesView)
