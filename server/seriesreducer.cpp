#include "seriesreducer.h"

#include "domain/jsonnumbers.h"

#include <algorithm>
#include <cmath>
#include <QJsonObject>

namespace nereid {

SeriesReducer::SeriesReducer(double from, double to, int bucketCount)
    : m_from(from)
    , m_to(to)
    , m_scale(std::isfinite(to - from) ? 1.0 : 0.5)
    , m_scaledFrom(from * m_scale)
    , m_width((to * m_scale - m_scaledFrom) / bucketCount)
    , m_buckets(std::size_t(bucketCount))
{
}

int SeriesReducer::bucketOf(double step) const
{
    if (m_width <= 0)
        return 0;
    const int last = int(m_buckets.size()) - 1;
    int index = int(std::clamp(std::floor((step * m_scale - m_scaledFrom) / m_width), 0.0, double(last)));
    // The rounded quotient can be one off the bounds the answer reports (from + i·w): a step of 123.52 in
    // a range from 123.5 with w = 0.01 comes out as 1.9999…; the reported bounds decide.
    if (index > 0 && step < lowerBound(std::size_t(index)))
        --index;
    else if (index < last && step >= lowerBound(std::size_t(index) + 1))
        ++index;
    return index;
}

bool SeriesReducer::fitsOneBucket(double firstStep, double lastStep) const
{
    return contains(firstStep) && contains(lastStep) && bucketOf(firstStep) == bucketOf(lastStep);
}

void SeriesReducer::addPoint(double step, double value, double timestamp)
{
    if (contains(step))
        m_buckets[bucketOf(step)].add(step, value, timestamp);
}

qint64 SeriesReducer::pointCount() const
{
    qint64 total = 0;
    for (const PointSummary &bucket : m_buckets)
        total += bucket.count;
    return total;
}

namespace {

QJsonValue extremeJson(const PointSummary &bucket, double step, double value)
{
    // Infinities are values like any other and travel as "Infinity" / "-Infinity".
    return bucket.hasMinMax() ? QJsonValue(QJsonArray{step, jsonFromDouble(value)}) : QJsonValue();
}

QJsonObject smoothedJson(const PointSummary &bucket)
{
    return {{QStringLiteral("first"), jsonFromDouble(bucket.firstValue)},
            {QStringLiteral("last"), jsonFromDouble(bucket.lastValue)},
            {QStringLiteral("min"), extremeJson(bucket, bucket.minStep, bucket.minValue)},
            {QStringLiteral("max"), extremeJson(bucket, bucket.maxStep, bucket.maxValue)}};
}

} // namespace

QJsonArray SeriesReducer::toJson(const SeriesReducer *smoothed) const
{
    QJsonArray buckets;
    for (std::size_t i = 0; i < m_buckets.size(); ++i) {
        const PointSummary &b = m_buckets[i];
        if (b.count == 0)
            continue;
        const bool last = i + 1 == m_buckets.size();
        QJsonObject bucket{
            {QStringLiteral("from"), i == 0 ? m_from : lowerBound(i)},
            {QStringLiteral("to"), last ? m_to : lowerBound(i + 1)},
            {QStringLiteral("count"), b.count},
            {QStringLiteral("first"), QJsonArray{b.firstStep, jsonFromDouble(b.firstValue), b.firstTimestamp}},
            {QStringLiteral("last"), QJsonArray{b.lastStep, jsonFromDouble(b.lastValue), b.lastTimestamp}},
            {QStringLiteral("min"), extremeJson(b, b.minStep, b.minValue)},
            {QStringLiteral("max"), extremeJson(b, b.maxStep, b.maxValue)},
        };
        if (smoothed)
            bucket.insert(QStringLiteral("smoothed"), smoothedJson(smoothed->m_buckets[i]));
        buckets.append(bucket);
    }
    return buckets;
}

} // namespace nereid
