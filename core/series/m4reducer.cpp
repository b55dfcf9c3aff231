#include "m4reducer.h"

#include <algorithm>
#include <array>

namespace nereid {

// The extremes of one column's values, NaN left out (index -1 while none).
struct M4Reducer::Column
{
    double min = 0;
    double max = 0;
    qsizetype minIndex = -1;
    qsizetype maxIndex = -1;
    qsizetype nanCount = 0;

    // Strict comparisons keep the first occurrence; the -1 tests let a column of +Infinity have a minimum.
    void takeMin(double value, qsizetype index)
    {
        if (minIndex < 0 || value < min) {
            min = value;
            minIndex = index;
        }
    }
    void takeMax(double value, qsizetype index)
    {
        if (maxIndex < 0 || value > max) {
            max = value;
            maxIndex = index;
        }
    }
};

QList<QPointF> M4Reducer::reduce(const SeriesData &series, const PixelColumns &columns)
{
    QList<QPointF> out;
    const std::span<const double> xs = series.xs();
    const std::span<const double> ys = series.ys();
    const auto inColumns = [&columns](double x) { return columns.columnOf(x) < 0; };
    const auto beforeEnd = [&columns](double x) { return columns.columnOf(x) < columns.width(); };
    const qsizetype begin = std::partition_point(xs.begin(), xs.end(), inColumns) - xs.begin();
    const qsizetype end = std::partition_point(xs.begin() + begin, xs.end(), beforeEnd) - xs.begin();
    out.reserve(5 * std::min<qsizetype>(columns.width(), end - begin) + 2);
    if (begin > 0)
        out.append(QPointF(xs[begin - 1], ys[begin - 1]));
    qsizetype hint = 1;
    for (qsizetype index = begin; index < end;) {
        const qsizetype next = columnEnd(xs.data(), index, end, hint, columns);
        appendColumn(series, index, next, out);
        hint = next - index;
        index = next;
    }
    if (end < series.size())
        out.append(QPointF(xs[end], ys[end]));
    return out;
}

// The first index after `begin` in a later column than xs[begin]'s: gallops from begin by the previous column's
// length (columns of evenly spaced points hold about as many), then bisects the last stride.
qsizetype M4Reducer::columnEnd(const double *xs, qsizetype begin, qsizetype end, qsizetype hint,
                               const PixelColumns &columns)
{
    const int column = columns.columnOf(xs[begin]);
    qsizetype low = begin; // known to be in the column
    qsizetype stride = std::max<qsizetype>(hint, 1);
    qsizetype high = std::min(begin + stride, end);
    while (high < end && columns.columnOf(xs[high]) == column) {
        low = high;
        stride *= 2;
        high = std::min(low + stride, end);
    }
    const auto inColumn = [&columns, column](double x) { return columns.columnOf(x) == column; };
    return std::partition_point(xs + low + 1, xs + high, inColumn) - xs;
}

void M4Reducer::scanValues(const double *ys, qsizetype begin, qsizetype end, Column &column)
{
    for (qsizetype index = begin; index < end; ++index) {
        const double value = ys[index];
        if (value != value)
            ++column.nanCount;
        else {
            column.takeMin(value, index);
            column.takeMax(value, index);
        }
    }
}

// The values at both ends of the column one by one, the whole blocks between them from their extremes.
M4Reducer::Column M4Reducer::scan(const SeriesData &series, qsizetype begin, qsizetype end)
{
    constexpr qsizetype Size = BlockExtremes::BlockSize;
    const BlockExtremes &blocks = series.extremes();
    const double *ys = series.ys().data();
    Column column;
    const qsizetype firstBlock = (begin + Size - 1) / Size;
    const qsizetype endBlock = end / Size;
    if (firstBlock >= endBlock) {
        scanValues(ys, begin, end, column);
        return column;
    }
    scanValues(ys, begin, firstBlock * Size, column);
    for (qsizetype block = firstBlock; block < endBlock; ++block) {
        column.nanCount += blocks.nanCount(block);
        if (blocks.minOffset(block) != BlockExtremes::None) {
            column.takeMin(blocks.min(block), block * Size + blocks.minOffset(block));
            column.takeMax(blocks.max(block), block * Size + blocks.maxOffset(block));
        }
    }
    scanValues(ys, endBlock * Size, end, column);
    return column;
}

void M4Reducer::appendColumn(const SeriesData &series, qsizetype begin, qsizetype end, QList<QPointF> &out)
{
    const double *xs = series.xs().data();
    const double *ys = series.ys().data();
    const Column column = scan(series, begin, end);
    if (column.nanCount == end - begin) {
        out.append(QPointF(xs[begin], ys[begin]));
        return;
    }
    qsizetype first = begin;
    while (ys[first] != ys[first])
        ++first;
    qsizetype last = end - 1;
    while (ys[last] != ys[last])
        --last;
    std::array<qsizetype, 5> kept{first, column.minIndex, column.maxIndex, last, last};
    if (column.nanCount > 0) {
        qsizetype nan = begin;
        while (ys[nan] == ys[nan])
            ++nan;
        kept[4] = nan;
    }
    std::sort(kept.begin(), kept.end());
    const auto keptEnd = std::unique(kept.begin(), kept.end());
    for (auto it = kept.begin(); it != keptEnd; ++it)
        out.append(QPointF(xs[*it], ys[*it]));
}

} // namespace nereid
