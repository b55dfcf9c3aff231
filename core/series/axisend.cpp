#include "axisend.h"

#include <cmath>

namespace nereid {

double AxisEnd::roundedUp(double from, double to)
{
    const double span = to - from;
    if (!(span > 0) || !std::isfinite(span))
        return to;
    const double grain = std::pow(10.0, std::floor(std::log10(span))) / 20;
    return std::ceil(to / grain) * grain;
}

} // namespace nereid
