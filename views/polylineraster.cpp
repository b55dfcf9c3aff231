#include "polylineraster.h"

#include <cmath>
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
// own so the inner loop has no branch and no multiplication but the row's.
template<bool Steep, bool Antialiased> void walkLine(const Walk &w)
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
    const uint srcRb = rb * strength;
    const uint srcAg = ag * strength;
    qint64 minor = Antialiased ? w.minor : w.minor + 0x8000; // without antialiasing: the nearest pixel
    for (int major = w.first; major <= last; ++major, minor += step) {
        const int at = std::clamp(int(minor >> 16), minorFloor, minorLimit);
        QRgb *pixel = Steep ? bits + major * stride + at : bits + at * stride + major;
        if constexpr (!Antialiased) {
            const QRgb p = *pixel;
            *pixel = (((srcRb + (p & 0xff00ff) * rest) >> 8) & 0xff00ff) |
                     ((srcAg + ((p >> 8) & 0xff00ff) * rest) & 0xff00ff00);
        } else {
            const uint below = uint((minor >> 8) & 0xff); // how far towards the next pixel, 0..255
            blendPixel(pixel[0], rb, ag, (strength * (256 - below)) >> 8);
            blendPixel(pixel[Steep ? 1 : stride], rb, ag, (strength * below) >> 8);
        }
    }
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
    const double dx = x1 - x0, dy = y1 - y0;
    double t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {x0 - m_firstColumn, m_endColumn - 1 - x0, y0, m_height - 2 - y0};
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
    if (m_endColumn - m_firstColumn < 2 || m_height < 2 || !clip(x0, y0, x1, y1))
        return;
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
    const int first = int(std::lround(x0));
    const int last = int(std::lround(x1));
    const double gradient = x1 > x0 ? (y1 - y0) / (x1 - x0) : 0.0;
    qint64 minor = qint64((y0 + gradient * (first - x0)) * 65536.0);
    const qint64 step = qint64(gradient * 65536.0);
    const uint strength = uint(alpha) + 1; // 1..256
    const int minorLimit = steep ? m_endColumn - 2 : m_height - 2;
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
