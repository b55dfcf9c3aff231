#include "emasmoother.h"

#include <vector>

namespace nereid {

EmaSmoother::EmaSmoother(double weight)
    : m_ema(weight)
{
}

void EmaSmoother::extend(const SeriesData &series, SeriesData &out)
{
    const std::span<const double> xs = series.xs();
    const std::span<const double> ys = series.ys();
    if (out.size() >= series.size())
        return;
    // The new values smoothed in place in one array, then appended at once (a point at a time costs more than the
    // average itself). A local copy of the average: the compiler keeps it in registers, as y may alias a member.
    std::vector<double> smoothed(ys.begin() + out.size(), ys.end());
    DebiasedEma ema = m_ema;
    for (double &y : smoothed)
        y = ema.next(y);
    m_ema = ema;
    out.append(xs.subspan(std::size_t(out.size())), smoothed);
}

SeriesData EmaSmoother::smoothed(const SeriesData &series, double weight)
{
    SeriesData out;
    EmaSmoother(weight).extend(series, out);
    return out;
}

} // namespace nereid
