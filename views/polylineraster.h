#pragma once

#include <QImage>
#include <QPointF>

namespace nereid {

// Draws thin antialiased lines straight into the bits of a QImage (Format_ARGB32_Premultiplied): one pass of
// Xiaolin Wu's algorithm per segment, each pixel alpha-blended with integer arithmetic. Ten thousand runs of a
// parallel-coordinates plot are 70,000 segments; QPainter's antialiased polylines take over a second for them, this
// a few tens of milliseconds (bench_plots).
class PolylineRaster
{
public:
    // `image` must outlive this and be ARGB32_Premultiplied.
    explicit PolylineRaster(QImage *image);

    // Draws only into the columns from `first` up to, not including, `end`: threads that each draw another range of
    // columns never write the same pixel.
    void setColumns(int first, int end);

    // Antialiased lines (the default) take two pixels a step, each with its share of the alpha; without, one pixel
    // with all of it. Ten thousand lines at an alpha of 30 look the same either way, and the second way is twice as
    // fast.
    void setAntialiased(bool on) { m_antialiased = on; }

    // A segment in `color` (opaque RGB) at `alpha` (0 to 255); ends outside the image are clipped.
    void drawLine(QPointF from, QPointF to, QRgb color, int alpha);
    // Segments between consecutive points; a point with a NaN coordinate breaks the line there.
    void drawPolyline(const QPointF *points, qsizetype count, QRgb color, int alpha);

    // Blends `color` through a `side` × `side` mask of coverage (0 to 255) whose top left is at (x, y): a scatter
    // plot's dot, computed once and stamped at every point.
    void stamp(int x, int y, const uchar *coverage, int side, QRgb color);

private:
    // Clips the segment to the image less a one-pixel border (Wu's second pixel lies one below); false when none is
    // left.
    bool clip(double &x0, double &y0, double &x1, double &y1) const;
    void blend(int x, int y, uint colorRb, uint colorAg, uint alpha);
    // The x a line may reach in the columns drawn into: those that round to one of them (the end just short of
    // the next column's half).
    double firstX() const { return m_firstColumn - 0.5; }
    double endX() const { return m_endColumn - 0.5 - 1.0 / 1024; }

    uchar *m_bits;
    qsizetype m_stride; // in pixels
    int m_width;
    int m_height;
    int m_firstColumn = 0;
    int m_endColumn;
    bool m_antialiased = true;
};

} // namespace nereid
