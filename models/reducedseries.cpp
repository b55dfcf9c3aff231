#include "reducedseries.h"

namespace nereid {

ReducedSeries::ReducedSeries(const QList<SeriesBucket> &buckets, const XAxis &axis)
{
    QList<FloatPoint> smoothed;
    for (const SeriesBucket &bucket : buckets) {
        m_pointCount += bucket.count;
        const qsizetype kept = XAxis::bucketPoints(bucket.first, bucket.minStep, bucket.minValue, bucket.maxStep,
                                                   bucket.maxValue, bucket.last, m_points);
        for (qsizetype i = m_points.size() - kept; i < m_points.size(); ++i)
            m_estimated.append(m_points[i].step != bucket.first.step && m_points[i].step != bucket.last.step);
        if (const std::optional<SmoothedBucket> &s = bucket.smoothed)
            XAxis::bucketPoints({bucket.first.step, s->first, bucket.first.timestamp}, s->minStep, s->minValue,
                                s->maxStep, s->maxValue, {bucket.last.step, s->last, bucket.last.timestamp}, smoothed);
    }
    axis.append(m_points, m_line);
    axis.append(smoothed, m_smoothed);
}

} // namespace nereid
