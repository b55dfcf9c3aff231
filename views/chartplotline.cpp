#include "chartplotline.h"

#include <cmath>

namespace nereid {

namespace {

// The line's points on the plot, in pieces broken where y is NaN (a gap). A point within `tolerance` pixels (in x
// and in y) of the one kept before it is left out, unless it ends its piece: the M4 columns of a smooth line put
// four points in about the same pixel, and every segment costs the painter the same, however short.
QList<QPolygonF> mapPieces(const QList<QPointF> &points, const ChartPlotMapping &mapping, double tolerance)
{
    QList<QPolygonF> pieces;
    QPolygonF piece;
    piece.reserve(points.size());
    bool skipped = false; // the last point mapped was left out
    QPointF last;
    const auto endPiece = [&] {
        if (skipped)
            piece.append(last);
        if (!piece.isEmpty())
            pieces.append(std::exchange(piece, {}));
        skipped = false;
    };
    for (const QPointF &point : points) {
        if (std::isnan(point.y()) || std::isnan(point.x())) {
            endPiece();
            continue;
        }
        last = mapping.map(point);
        skipped = !piece.isEmpty() && std::abs(last.x() - piece.last().x()) < tolerance &&
                  std::abs(last.y() - piece.last().y()) < tolerance;
        if (!skipped)
            piece.append(last);
    }
    endPiece();
    return pieces;
}

// The pieces of a line drawn without antialiasing: where three or more points fall in one pixel column (the M4
// columns of a dense line), the column becomes one span from its lowest to its highest point, filled as a rectangle,
// and the line keeps only the column's first and last point. The pixels are the same; a line of 6,000 points
// whose every column spans 50 pixels is no longer stroked pixel by pixel down and up again.
ChartPlotLine columnsOf(const QList<QPolygonF> &pieces, double width)
{
    ChartPlotLine line;
    for (const QPolygonF &piece : pieces) {
        QPolygonF thinned;
        for (qsizetype begin = 0; begin < piece.size();) {
            const double column = std::floor(piece[begin].x());
            qsizetype end = begin + 1;
            double low = piece[begin].y();
            double high = low;
            for (; end < piece.size() && std::floor(piece[end].x()) == column; ++end) {
                low = std::min(low, piece[end].y());
                high = std::max(high, piece[end].y());
            }
            if (end - begin < 3) {
                for (qsizetype i = begin; i < end; ++i)
                    thinned.append(piece[i]);
            } else if (high - low < 1) { // flat: its first and last point draw it
                thinned << piece[begin] << piece[end - 1];
            } else {
                line.spans.append(QRectF(column, low, width, high - low));
                thinned << piece[begin] << piece[end - 1];
            }
            begin = end;
        }
        line.pieces.append(thinned);
    }
    return line;
}

} // namespace

ChartPlotLine ChartPlotLine::map(const QList<QPointF> &points, const ChartPlotMapping &mapping, bool dense,
                                 double width)
{
    // Without antialiasing a point less than a pixel from the last changes nothing; with it, a quarter pixel shows.
    ChartPlotLine line;
    line.pieces = mapPieces(points, mapping, dense ? 1.0 : 0.25);
    return dense ? columnsOf(line.pieces, width) : line;
}

} // namespace nereid
