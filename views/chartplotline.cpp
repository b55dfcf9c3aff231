#include "chartplotline.h"

#include <cmath>
#include <optional>

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

// A line drawn without antialiasing, as the raster engine would draw its one-pixel polyline but filled instead of
// stroked: each pixel column the line passes through becomes one rectangle from its lowest to its highest point,
// the step from the column before included; only a step across empty columns is stroked. Stroking a dense line
// costs the painter a call per pixel of every near-vertical segment (3 ms a frame for one run of 4,400 points);
// filling a column is one call. Columns are `width` pixels wide and at least as tall: the pen's width.
ChartPlotLine columnsOf(const QList<QPolygonF> &pieces, int width)
{
    ChartPlotLine line;
    for (const QPolygonF &piece : pieces) {
        QPolygonF stroke;
        const auto endStroke = [&] {
            if (stroke.size() > 1)
                line.pieces.append(stroke);
            stroke.clear();
        };
        std::optional<int> previousColumn;
        QPointF previousLast;
        for (qsizetype begin = 0; begin < piece.size();) {
            const int column = int(std::floor(piece[begin].x()));
            qsizetype end = begin + 1;
            double low = piece[begin].y();
            double high = low;
            for (; end < piece.size() && int(std::floor(piece[end].x())) == column; ++end) {
                low = std::min(low, piece[end].y());
                high = std::max(high, piece[end].y());
            }
            if (previousColumn && *previousColumn + 1 == column) {
                low = std::min(low, previousLast.y());
                high = std::max(high, previousLast.y());
                endStroke();
            } else if (previousColumn) {
                if (stroke.isEmpty() || stroke.last() != previousLast) {
                    endStroke();
                    stroke << previousLast;
                }
                stroke << piece[begin];
                if (end - 1 > begin)
                    stroke << piece[end - 1];
            }
            const int top = int(std::floor(low));
            line.spans.append(QRect(column, top, width, std::max(int(std::floor(high)) - top + 1, width)));
            previousColumn = column;
            previousLast = piece[end - 1];
            begin = end;
        }
        endStroke();
    }
    return line;
}

} // namespace

bool ChartPlotLine::isDense(const QList<QPointF> &points, const ChartPlotMapping &mapping)
{
    constexpr int DenseColumns = 64;
    qsizetype mapped = 0;
    qsizetype columns = 0;
    qsizetype denseColumns = 0;
    qsizetype inColumn = 0;
    double column = qQNaN();
    for (const QPointF &point : points) {
        if (std::isnan(point.y()))
            continue;
        ++mapped;
        const double x = std::floor(mapping.mapX(point.x()));
        if (x != column) {
            denseColumns += inColumn >= 3 ? 1 : 0;
            column = x;
            inColumn = 0;
            ++columns;
        }
        ++inColumn;
    }
    denseColumns += inColumn >= 3 ? 1 : 0;
    return mapped > 1.5 * double(columns) || denseColumns >= DenseColumns;
}

ChartPlotLine ChartPlotLine::map(const QList<QPointF> &points, const ChartPlotMapping &mapping, bool dense, int width)
{
    // Antialiased, a point less than a quarter pixel from the last changes nothing. Filled columns keep every point:
    // their lowest and highest are what they paint.
    if (dense) {
        ChartPlotLine line = columnsOf(mapPieces(points, mapping, 0), width);
        line.dense = true;
        return line;
    }
    ChartPlotLine line;
    line.pieces = mapPieces(points, mapping, 0.25);
    return line;
}

} // namespace nereid
