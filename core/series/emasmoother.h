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

    // The weight is clamped to [0, MaxWeight]; 0 gives the series back.
    explicit EmaSmoother(double weight);

    // Appends to `out` the smoothed points of those of `series` past out.size(). The smoother keeps its average
    // between calls, so the points of a live run extend the line without smoothing it all again (except once: when
    // a constant series stops being constant, its points so far are smoothed anew).
    void extend(const SeriesData &series, SeriesData &out);

    // The whole series smoothed: the same x, the smoothed y.
    static SeriesData smoothed(const SeriesData &series, double weight);

private:
    double m_weight;
    double m_average = 0;
    double m_weightPower = 1; // weight^n after n finite values: a running product rather than pow() per point
    bool m_constant = true;
};

} // namespace nereid
