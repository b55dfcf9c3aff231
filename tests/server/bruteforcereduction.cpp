#include "bruteforcereduction.h"

#include <algorithm>

namespace nereid::test {

QList<ReducedBucket> bruteForceReduction(const Points &points, double from, double to, int bucketCount)
{
    QList<ReducedBucket> buckets(bucketCount);
    const double width = (to - from) / bucketCount;
    for (const Point &p : points) {
        if (p.step < from || p.step > to)
            continue;
        const int i = width <= 0 ? 0 : std::clamp(int(std::floor((p.step - from) / width)), 0, bucketCount - 1);
        ReducedBucket &b = buckets[i];
        if (b.count++ == 0)
            b.first = p;
        b.last = p;
        if (std::isnan(p.value))
            continue;
        if (std::isnan(b.minValue) || p.value < b.minValue)
            b.minStep = p.step, b.minValue = p.value;
        if (std::isnan(b.maxValue) || p.value > b.maxValue)
            b.maxStep = p.step, b.maxValue = p.value;
    }
    return buckets;
}

} // namespace nereid::test
