#include "pixelcolumns.h"

#include <cmath>

namespace nereid {

PixelColumns::PixelColumns(double from, double to, int width)
    : m_from(from)
    , m_to(to)
    , m_scale(0)
    , m_width(width < 1 ? 1 : width)
{
    const double span = to - from;
    // A span so small that width / span overflows would make (x − from) · scale NaN at x = from: keep column 0.
    if (std::isfinite(span) && span > 0 && std::isfinite(m_width / span))
        m_scale = m_width / span;
}

} // namespace nereid
