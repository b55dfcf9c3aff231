#include "bruteforcereduction.h"

#include <cmath>

namespace nereid::test {

QList<ReducedBucket> bruteForceReduction(const Points &points, double from, double to, int bucketCount)
{
    QList<ReducedBucket> buckets(bucketCount);
    // A range wider than the largest double is measured in halves (docs/api.md).
    const double scale = std::isfinite(to - from) ? 1.0 : 0.5;
    const double width = (to * scale - from * scale) / bucketCount;
    for (const Point &p : points) {
        if (p.step < from || p.step > to)
            continue;
        // The last bucket whose lower bound from + i·w is at or below the step, as the bounds are defined
        // (no division, so no rounding of a quotient).
        int i = 0;
        for (int lo = 1, hi = bucketCount - 1; width > 0 && lo <= hi;) {
            const int mid = (lo + hi) / 2;
            if ((from * scale + double(mid) * width) / scale <= p.step)
                i = mid, lo = mid + 1;
            else
                hi = mid - 1;
        }
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
