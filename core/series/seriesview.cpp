#include "seriesview.h"

#include "domain/jsonnumbers.h"

#include <QJsonArray>

namespace nereid {

namespace {

// [step, value] or [step, value, timestamp]; the value may be "NaN" or an infinity.
std::optional<FloatPoint> readPoint(const QJsonValue &json)
{
    const QJsonArray array = json.toArray();
    if (array.size() < 2 || !array.at(0).isDouble())
        return std::nullopt;
    const std::optional<double> value = doubleFromJson(array.at(1));
    if (!value)
        return std::nullopt;
    return FloatPoint{array.at(0).toDouble(), *value, array.size() > 2 ? array.at(2).toDouble() : 0.0};
}

// The "smoothed" member of a bucket; nothing when it is not one.
std::optional<SmoothedBucket> readSmoothed(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    const std::optional<double> first = doubleFromJson(object.value(QStringLiteral("first")));
    const std::optional<double> last = doubleFromJson(object.value(QStringLiteral("last")));
    if (!first || !last)
        return std::nullopt;
    SmoothedBucket smoothed{*first, *last};
    if (const std::optional<FloatPoint> min = readPoint(object.value(QStringLiteral("min"))))
        std::tie(smoothed.minStep, smoothed.minValue) = std::pair(min->step, min->value);
    if (const std::optional<FloatPoint> max = readPoint(object.value(QStringLiteral("max"))))
        std::tie(smoothed.maxStep, smoothed.maxValue) = std::pair(max->step, max->value);
    return smoothed;
}

} // namespace

bool SeriesView::readPoints(const QJsonObject &json, QList<FloatPoint> &points)
{
    if (!json.value(QStringLiteral("points")).isArray())
        return false;
    for (const QJsonValue &item : json.value(QStringLiteral("points")).toArray()) {
        const std::optional<FloatPoint> point = readPoint(item);
        if (!point)
            return false;
        points.append(*point);
    }
    return true;
}

bool SeriesView::readBuckets(const QJsonObject &json)
{
    if (!json.value(QStringLiteral("buckets")).isArray())
        return false;
    reduced = true;
    for (const QJsonValue &item : json.value(QStringLiteral("buckets")).toArray()) {
        const QJsonObject object = item.toObject();
        const std::optional<FloatPoint> first = readPoint(object.value(QStringLiteral("first")));
        const std::optional<FloatPoint> last = readPoint(object.value(QStringLiteral("last")));
        if (!first || !last)
            return false;
        SeriesBucket bucket{object.value(QStringLiteral("from")).toDouble(),
                            object.value(QStringLiteral("to")).toDouble(),
                            object.value(QStringLiteral("count")).toInteger(), *first, *last};
        if (const std::optional<FloatPoint> min = readPoint(object.value(QStringLiteral("min"))))
            std::tie(bucket.minStep, bucket.minValue) = std::pair(min->step, min->value);
        if (const std::optional<FloatPoint> max = readPoint(object.value(QStringLiteral("max"))))
            std::tie(bucket.maxStep, bucket.maxValue) = std::pair(max->step, max->value);
        if (object.contains(QStringLiteral("smoothed"))) {
            bucket.smoothed = readSmoothed(object.value(QStringLiteral("smoothed")));
            if (!bucket.smoothed)
                return false;
        }
        buckets.append(bucket);
    }
    return true;
}

} // namespace nereid
