#include "plotcolorscale.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace nereid {

QRgb PlotColorScale::at(double fraction)
{
    if (std::isnan(fraction))
        return qRgb(150, 150, 150);
    // viridis at 0, 1/6, ..., 1; linear between.
    static constexpr std::array<QRgb, 7> stops = {0x440154, 0x443983, 0x31688e, 0x21918c, 0x35b779, 0x90d743, 0xfde725};
    const double at = std::clamp(fraction, 0.0, 1.0) * (stops.size() - 1);
    const int low = std::min(int(at), int(stops.size()) - 2);
    const double t = at - low;
    const QRgb a = stops[low], b = stops[low + 1];
    const auto mix = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
    return qRgb(mix(qRed(a), qRed(b)), mix(qGreen(a), qGreen(b)), mix(qBlue(a), qBlue(b)));
}

} // namespace nereid
