#include "emasmoother.h"

#include <algorithm>
#include <cmath>

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
    out.reserve(series.size());
    for (qsizetype i = out.size(); i < series.size(); ++i) {
        const double y = ys[i];
        if (m_constant || !std::isfinite(y)) {
            out.append(xs[i], y);
            continue;
        }
        m_average = m_average * m_weight + (1 - m_weight) * y;
        m_weightPower *= m_weight;
        out.append(xs[i], m_average / (1 - m_weightPower));
    }
}

SeriesData EmaSmoother::smoothed(const SeriesData &series, double weight)
{
    SeriesData out;
    EmaSmoother(weight).extend(series, out);
    return out;
}

} // namespace nereid
