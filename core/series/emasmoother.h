#pragma once

#include "seriesdata.h"

namespace nereid {

// The exponential moving average TensorBoard draws, debiased the same way: the average starts at 0 and is divided by
// 1 − weight^n after n finite values, so the first points are not pulled towards 0. Non-finite values (NaN,
// ±Infinity) pass through as they are and do not enter the average; a series of one constant value stays as it is.
// Computed on the raw points: smoothing the reduced line would smooth what M4 picked, not the series.
class EmaSmoother
{
public:
    static constexpr double MaxWeight = 0.99;

    // The same x with the smoothed y. The weight is clamped to [0, MaxWeight]; 0 gives the series back.
    static SeriesData smoothed(const SeriesData &series, double weight);
};

} // namespace nereid
