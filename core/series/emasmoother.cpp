#include "emasmoother.h"

#include <algorithm>
#include <cmath>

namespace nereid {

namespace {

bool isConstant(std::span<const double> ys)
{
    return std::all_of(ys.begin(), ys.end(), [first = ys.front()](double y) { return y == first; });
}

} // namespace

SeriesData EmaSmoother::smoothed(const SeriesData &series, double weight)
{
    weight = std::clamp(weight, 0.0, MaxWeight);
    const std::span<const double> xs = series.xs();
    const std::span<const double> ys = series.ys();
    SeriesData out;
    out.reserve(series.size());
    const bool passThrough = series.isEmpty() || weight == 0 || isConstant(ys);
    double average = 0;
    double weightPower = 1; // weight^n after n finite values, kept as a running product rather than pow() per point
    for (qsizetype i = 0; i < series.size(); ++i) {
        const double y = ys[i];
        if (passThrough || !std::isfinite(y)) {
            out.append(xs[i], y);
            continue;
        }
        average = average * weight + (1 - weight) * y;
        weightPower *= weight;
        out.append(xs[i], average / (1 - weightPower));
    }
    return out;
}

} // namespace nereid
