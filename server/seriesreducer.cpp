#include "seriesreducer.h"

#include "domain/jsonnumbers.h"

#include <algorithm>
#include <QJsonObject>

namespace nereid {

SeriesReducer::SeriesReducer(double from, double to, int bucketCount)
    : m_from(from)
    , m_to(to)
    , m_width((to - from) / bucketCount)
    , m_buckets(std::size_t(bucketCount))
{
}

int SeriesReducer::bucketOf(double step) const
{
    if (m_width <= 0)
        return 0;
    const double index = std::floor((step - m_from) / m_width);
    return int(std::clamp(index, 0.0, double(m_buckets.size() - 1)));
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

QJsonArray SeriesReducer::toJson() const
{
    QJsonArray buckets;
    for (std::size_t i = 0; i < m_buckets.size(); ++i) {
        const PointSummary &b = m_buckets[i];
        if (b.count == 0)
            continue;
        const bool last = i + 1 == m_buckets.size();
        QJsonObject bucket{
            {QStringLiteral("from"), m_from + double(i) * m_width},
            {QStringLiteral("to"), last ? m_to : m_from + double(i + 1) * m_width},
            {QStringLiteral("count"), b.count},
            {QStringLiteral("first"), QJsonArray{b.firstStep, jsonFromDouble(b.firstValue), b.firstTimestamp}},
            {QStringLiteral("last"), QJsonArray{b.lastStep, jsonFromDouble(b.lastValue), b.lastTimestamp}},
            // Infinities are values like any other and travel as "Infinity" / "-Infinity".
            {QStringLiteral("min"),
             b.hasMinMax() ? QJsonValue(QJsonArray{b.minStep, jsonFromDouble(b.minValue)}) : QJsonValue()},
            {QStringLiteral("max"),
             b.hasMinMax() ? QJsonValue(QJsonArray{b.maxStep, jsonFromDouble(b.maxValue)}) : QJsonValue()},
        };
        buckets.append(bucket);
    }
    return buckets;
}

} // namespace nereid
