#include "emasmoother.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace nereid {

EmaSmoother::EmaSmoother(double weight)
    : m_weight(std::clamp(weight, 0.0, MaxWeight))
{
}

void EmaSmoother::extend(const SeriesData &series, SeriesData &out)
{
    const std::span<const double> xs = series.xs();
    const std::span<const double> ys = series.ys();
    if (series.isEmpty())
        return;
    if (m_constant) {
        const double first = ys.front();
        m_constant = std::all_of(ys.begin() + out.size(), ys.end(), [first](double y) { return y == first; });
        if (!m_constant)
            out.clear(); // the points kept as they were must now be smoothed; the average has not started yet
    }
    // The new values smoothed in place in one array, then appended at once (a point at a time costs more than the
    // average itself).
    std::vector<double> smoothed(ys.begin() + out.size(), ys.end());
    double average = m_average; // locals: y may alias a member as far as the compiler knows, and memory is slow
    double weightPower = m_weightPower;
    for (double &y : smoothed) {
        if (m_constant || !std::isfinite(y))
            continue;
        average = average * m_weight + (1 - m_weight) * y;
        // Below 1e-18, 1 − weight^n is 1 to the last bit; flushing to 0 there keeps the product from sticking at the
        // smallest subnormal (0.9 × 4.9e-324 rounds back to it), where every multiply took the slow path.
        weightPower = weightPower < 1e-18 ? 0 : weightPower * m_weight;
        y = average / (1 - weightPower);
    }
    m_average = average;
    m_weightPower = weightPower;
    out.append(xs.subspan(std::size_t(out.size())), smoothed);
}

SeriesData EmaSmoother::smoothed(const SeriesData &series, double weight)
{
    SeriesData out;
    EmaSmoother(weight).extend(series, out);
    return out;
}

} // namespace nereid
