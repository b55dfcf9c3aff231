#pragma once

#include "seriesblock.h"

#include <QJsonArray>
#include <vector>

namespace nereid {

// Cuts the step range [from, to] into equal buckets and keeps the PointSummary of each, fed with whole
// block summaries where a block lies inside one bucket and with single points elsewhere.
class SeriesReducer
{
public:
    SeriesReducer(double from, double to, int bucketCount);

    bool contains(double step) const { return step >= m_from && step <= m_to; }
    int bucketOf(double step) const;
    // True when every point of the block lands in a single bucket, so its summary can stand for them.
    bool fitsOneBucket(double firstStep, double lastStep) const;

    void addSummary(const PointSummary &summary) { m_buckets[bucketOf(summary.firstStep)].merge(summary); }
    void addPoint(double step, double value, double timestamp);

    qint64 pointCount() const;
    // The non-empty buckets in the form of docs/api.md; with `smoothed` (a reducer of the same range and buckets fed
    // the smoothed values of the same points), each with its "smoothed" member.
    QJsonArray toJson(const SeriesReducer *smoothed = nullptr) const;

private:
    double lowerBound(std::size_t bucket) const { return (m_scaledFrom + double(bucket) * m_width) / m_scale; }

    double m_from;
    double m_to;
    // A range wider than the largest double (from=-1e308, to=1e308) is measured in halves, where its width is
    // finite; every other range in whole steps (m_scale 1), where the arithmetic is exact as far as doubles go.
    double m_scale;
    double m_scaledFrom;
    double m_width; // in scaled steps
    std::vector<PointSummary> m_buckets;
};

} // namespace nereid
