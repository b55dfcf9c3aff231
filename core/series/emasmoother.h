#pragma once

#include "domain/debiasedema.h"
#include "seriesdata.h"

namespace nereid {

// A series' smoothed line: DebiasedEma (TensorBoard's debiased exponential moving average) over every raw point,
// kept current as points arrive. Computed on the raw points: smoothing the reduced line would smooth what M4 picked,
// not the series.
class EmaSmoother
{
public:
    static constexpr double MaxWeight = DebiasedEma::MaxWeight;

    // The weight is clamped to [0, MaxWeight]; 0 gives the series back.
    explicit EmaSmoother(double weight);

    // Appends to `out` the smoothed points of those of `series` past out.size(). The smoother keeps its average
    // between calls, so the points of a live run extend the line without smoothing it all again.
    void extend(const SeriesData &series, SeriesData &out);

    // The whole series smoothed: the same x, the smoothed y.
    static SeriesData smoothed(const SeriesData &series, double weight);

private:
    DebiasedEma m_ema;
};

} // namespace nereid
