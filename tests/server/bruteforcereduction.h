#pragma once

#include "seriespoints.h"

#include <cmath>

namespace nereid::test {

// One bucket of a reduced read, as docs/api.md defines it.
struct ReducedBucket
{
    qint64 count = 0;
    Point first{}, last{};
    double minStep = NAN, minValue = NAN, maxStep = NAN, maxValue = NAN; // NaN: the bucket holds only NaN
};

// The reduction of docs/api.md computed point by point, with no shortcuts: what the server's block
// summaries must add up to. Bucket i covers [from + i·w, from + (i+1)·w), the last one also `to`.
QList<ReducedBucket> bruteForceReduction(const Points &points, double from, double to, int bucketCount);

} // namespace nereid::test
