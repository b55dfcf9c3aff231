#include "polylineraster.h"

#include <cmath>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <utility>

namespace nereid {

PolylineRaster::PolylineRaster(QImage *image)
    : m_bits(image->bits())
    , m_stride(image->bytesPerLine() / 4)
    , m_width(image->width())
    , m_height(image->height())
    , m_endColumn(image->width())
{
    Q_ASSERT(image->format() == QImage::Format_ARGB32_Premultiplied);
}

void PolylineRaster::setColumns(int first, int end)
{
    m_firstColumn = std::max(first, 0);
    m_endColumn = std::min(end, m_width);
}

namespace {

// color * alpha + pixel * (256 - alpha), two channels per multiplication (as Qt's INTERPOLATE_PIXEL_256). A free
// function on a pixel: through a member, the compiler would read the image's address again after every store.
inline void blendPixel(QRgb &pixel, uint colorRb, uint colorAg, uint alpha)
{
    const uint rest = 256 - alpha;
    const uint rb = colorRb * alpha + (pixel & 0xff00ff) * rest;
    const uint ag = colorAg * alpha + ((pixel >> 8) & 0xff00ff) * rest;
    pixel = ((rb >> 8) & 0xff00ff) | (ag & 0xff00ff00);
}

struct Walk
{
    QRgb *bits;
    qsizetype stride;
    int first, last;    // the major axis' pixels
    qint64 minor, step; // 16.16 fixed point
    int minorFloor, minorLimit;
    uint rb, ag, strength; // the colour's channels, alpha 1..256
};

// One line's pixels, one or two a step along the major axis (x, or y for a steep line); each case compiled on its
// own so the inner loop has no branch and no multiplication but the row's. `Clamped` keeps the minor coordinate in
// bounds pixel by pixel; a line whose ends are in bounds needs no check (it is straight), and most lines are.
template<bool Steep, bool Antialiased, bool Clamped> void walkLine(const Walk &w)
{
    // Everything in locals: a store through a QRgb * may alias any int or uint the compiler cannot see is local, and it
    // would read each of them again after every pixel.
    QRgb *const bits = w.bits;
    const qsizetype stride = w.stride;
    const int last = w.last;
    const qint64 step = w.step;
    const int minorFloor = w.minorFloor;
    const int minorLimit = w.minorLimit;
    const uint strength = w.strength;
    const uint rest = 256 - strength;
    const uint rb = w.rb;
    const uint ag = w.ag;
#ifdef __SSE2__
    const __m128i restLanes = _mm_set1_epi16(short(rest));
    // Blue, green, red, alpha: the pixel's bytes in memory.
    const __m128i sourceLanes = _mm_setr_epi16(short((rb & 0xff) * strength), short((ag & 0xff) * strength),
                                               short((rb >> 16) * strength), short((ag >> 16) * strength), 0, 0, 0, 0);
#else
    const uint srcRb = rb * strength;
    const uint srcAg = ag * strength;
#endif
    qint64 minor = Antialiased ? w.minor : w.minor + 0x8000; // without antialiasing: the nearest pixel
    // A steep line goes down a row a step: its row advances by the stride, with no multiplication.
    QRgb *row = bits + (Steep ? w.first * stride : 0);
    for (int major = w.first; major <= last; ++major, minor += step) {
        const int at = Clamped ? std::clamp(int(minor >> 16), minorFloor, minorLimit) : int(minor >> 16);
        QRgb *pixel = Steep ? row + at : bits + at * stride + major;
        if constexpr (Steep)
            row += stride;
        if constexpr (!Antialiased) {
#ifdef __SSE2__
            // The four channels side by side in 16 bits each: seven instructions a pixel rather than a dozen, and
            // the same sums as below (color * alpha + pixel * (256 - alpha) < 65,536).
            __m128i channels = _mm_unpacklo_epi8(_mm_cvtsi32_si128(int(*pixel)), _mm_setzero_si128());
            channels = _mm_srli_epi16(_mm_add_epi16(_mm_mullo_epi16(channels, restLanes), sourceLanes), 8);
            *pixel = QRgb(_mm_cvtsi128_si32(_mm_packus_epi16(channels, channels)));
#else
            const QRgb p = *pixel;
            *pixel = (((srcRb + (p & 0xff00ff) * rest) >> 8) & 0xff00ff) |
                     ((srcAg + ((p >> 8) & 0xff00ff) * rest) & 0xff00ff00);
#endif
        } else {
            const uint below = uint((minor >> 8) & 0xff); // how far towards the next pixel, 0..255
            blendPixel(pixel[0], rb, ag, (strength * (256 - below)) >> 8);
            blendPixel(pixel[Steep ? 1 : stride], rb, ag, (strength * below) >> 8);
        }
    }
}

template<bool Steep, bool Antialiased> void walkLine(const Walk &w)
{
    // The minor coordinate is linear along the line: in bounds at both ends, it is in bounds all the way.
    const qint64 start = Antialiased ? w.minor : w.minor + 0x8000;
    const qint64 end = start + w.step * (w.last - w.first);
    const int low = int(std::min(start, end) >> 16);
    const int high = int(std::max(start, end) >> 16);
    if (low >= w.minorFloor && high <= w.minorLimit)
        walkLine<Steep, Antialiased, false>(w);
    else
        walkLine<Steep, Antialiased, true>(w);
}

} // namespace

inline void PolylineRaster::blend(int x, int y, uint colorRb, uint colorAg, uint alpha)
{
    blendPixel(reinterpret_cast<QRgb *>(m_bits)[y * m_stride + x], colorRb, colorAg, alpha);
}

bool PolylineRaster::clip(double &x0, double &y0, double &x1, double &y1) const
{
    // Liang–Barsky against the columns drawn into and [0, height - 2] (a line's second pixel lies one below): no pixel
    // needs a check of its own. A steep line's second pixel lies one right; drawLine keeps it in the last column.
    // Columns reach half a pixel either side of their centres, so strips of columns side by side draw a steep
    // line without a gap between them.
    const double dx = x1 - x0, dy = y1 - y0;
    double t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {x0 - firstX(), endX() - x0, y0, m_height - 2 - y0};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    x1 = x0 + t1 * dx;
    y1 = y0 + t1 * dy;
    x0 += t0 * dx;
    y0 += t0 * dy;
    return true;
}

void PolylineRaster::drawLine(QPointF from, QPointF to, QRgb color, int alpha)
{
    double x0 = from.x(), y0 = from.y(), x1 = to.x(), y1 = to.y();
    if (m_endColumn - m_firstColumn < (m_antialiased ? 2 : 1) || m_height < 2)
        return;
    if (std::min(y0, y1) >= 0 && std::max(y0, y1) <= m_height - 2) {
        // Only the columns to cut, as a parallel plot's segments in a strip of columns: along the slope, without
        // Liang–Barsky's divisions.
        if (x0 > x1) {
            std::swap(x0, x1);
            std::swap(y0, y1);
        }
        const double left = firstX(), right = endX();
        if (x1 < left || x0 > right)
            return;
        const double slope = x1 > x0 ? (y1 - y0) / (x1 - x0) : 0.0;
        if (x0 < left) {
            y0 += slope * (left - x0);
            x0 = left;
        }
        if (x1 > right) {
            y1 -= slope * (x1 - right);
            x1 = right;
        }
    } else if (!clip(x0, y0, x1, y1)) {
        return;
    }
    const bool steep = std::abs(y1 - y0) > std::abs(x1 - x0);
    if (steep) {
        std::swap(x0, y0);
        std::swap(x1, y1);
    }
    if (x0 > x1) {
        std::swap(x0, x1);
        std::swap(y0, y1);
    }
    // Walk the major axis one pixel at a time; the minor coordinate in 16.16 fixed point splits the line's alpha
    // between the two pixels it falls between.
    // Both are at least 0 after clipping: rounding is adding a half and truncating, without a call into libm.
    const int first = int(x0 + 0.5);
    const int last = int(x1 + 0.5);
    const double gradient = x1 > x0 ? (y1 - y0) / (x1 - x0) : 0.0;
    qint64 minor = qint64((y0 + gradient * (first - x0)) * 65536.0);
    const qint64 step = qint64(gradient * 65536.0);
    const uint strength = uint(alpha) + 1; // 1..256
    // An antialiased steep line's second pixel lies one right, so its first stays out of the last column.
    const int minorLimit = steep ? m_endColumn - (m_antialiased ? 2 : 1) : m_height - 2;
    const int minorFloor = steep ? m_firstColumn : 0;
    const uint rb = color & 0xff00ff;
    const uint ag = ((color | 0xff000000) >> 8) & 0xff00ff;
    Walk walk{
        reinterpret_cast<QRgb *>(m_bits), m_stride, first, last, minor, step, minorFloor, minorLimit, rb, ag, strength};
    if (steep)
        m_antialiased ? walkLine<true, true>(walk) : walkLine<true, false>(walk);
    else
        m_antialiased ? walkLine<false, true>(walk) : walkLine<false, false>(walk);
}

void PolylineRaster::stamp(int x, int y, const uchar *coverage, int side, QRgb color)
{
    const uint rb = color & 0xff00ff;
    const uint ag = ((color | 0xff000000) >> 8) & 0xff00ff;
    for (int dy = 0; dy < side; ++dy) {
        if (y + dy < 0 || y + dy >= m_height)
            continue;
        for (int dx = 0; dx < side; ++dx) {
            if (const uint alpha = coverage[dy * side + dx]; alpha && x + dx >= 0 && x + dx < m_width)
                blend(x + dx, y + dy, rb, ag, alpha + 1);
        }
    }
}

void PolylineRaster::drawPolyline(const QPointF *points, qsizetype count, QRgb color, int alpha)
{
    for (qsizetype i = 1; i < count; ++i) {
        const QPointF &a = points[i - 1];
        const QPointF &b = points[i];
        if (!std::isnan(a.y()) && !std::isnan(b.y()) && !std::isnan(a.x()) && !std::isnan(b.x()))
            drawLine(a, b, color, alpha);
    }
}

} // namespace nereid
