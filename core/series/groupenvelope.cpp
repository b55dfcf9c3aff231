#include "groupenvelope.h"

#include <algorithm>
#include <cmath>

namespace nereid {

struct GroupEnvelope::Columns
{
    explicit Columns(int width)
        : runs(size_t(width), 0)
        , sumOfMeans(size_t(width), 0)
        , sumOfSquares(size_t(width), 0)
        , low(size_t(width), qInf())
        , high(size_t(width), -qInf())
    {
    }
    std::vector<int> runs; // how many runs have a finite value in the column
    std::vector<double> sumOfMeans;
    std::vector<double> sumOfSquares;
    std::vector<double> low;
    std::vector<double> high;
};

void GroupEnvelope::addRun(const SeriesData &run, const PixelColumns &columns, Columns &sums)
{
    const std::span<const double> xs = run.xs();
    const std::span<const double> ys = run.ys();
    const auto begin = std::lower_bound(xs.begin(), xs.end(), columns.from()) - xs.begin();
    const auto end = std::upper_bound(xs.begin(), xs.end(), columns.to()) - xs.begin();
    qsizetype at = begin;
    while (at < end) {
        // The column's points end where x reaches the next column: a binary search from here, since columnOf()
        // never decreases with x (see PixelColumns).
        const int column = columns.columnOf(xs[size_t(at)]);
        const auto stop = std::partition_point(xs.begin() + at, xs.begin() + end,
                                               [&](double x) { return columns.columnOf(x) <= column; }) -
                          xs.begin();
        double sum = 0, low = qInf(), high = -qInf();
        qsizetype count = 0;
        for (qsizetype i = at; i < stop; ++i) {
            const double y = ys[size_t(i)];
            if (std::isnan(y))
                continue;
            sum += y;
            low = y < low ? y : low;
            high = y > high ? y : high;
            ++count;
        }
        if (count > 0) {
            const double mean = sum / double(count);
            const size_t c = size_t(column);
            ++sums.runs[c];
            sums.sumOfMeans[c] += mean;
            sums.sumOfSquares[c] += mean * mean;
            sums.low[c] = std::min(sums.low[c], low);
            sums.high[c] = std::max(sums.high[c], high);
        }
        at = stop;
    }
}

GroupEnvelope GroupEnvelope::compute(const QList<const SeriesData *> &runs, const PixelColumns &columns, Band band)
{
    Columns sums(columns.width());
    for (const SeriesData *run : runs) {
        if (run)
            addRun(*run, columns, sums);
    }
    GroupEnvelope envelope;
    const double width = (columns.to() - columns.from()) / columns.width();
    for (int c = 0; c < columns.width(); ++c) {
        const int count = sums.runs[size_t(c)];
        if (count == 0)
            continue;
        const double mean = sums.sumOfMeans[size_t(c)] / count;
        envelope.xs.push_back(std::min(columns.from() + (c + 0.5) * width, columns.to()));
        envelope.mean.push_back(mean);
        if (band == Band::MinMax) {
            envelope.low.push_back(sums.low[size_t(c)]);
            envelope.high.push_back(sums.high[size_t(c)]);
        } else {
            // The runs' spread around their mean (population deviation: the runs shown are all there are).
            const double variance = std::max(0.0, sums.sumOfSquares[size_t(c)] / count - mean * mean);
            const double deviation = std::sqrt(variance);
            envelope.low.push_back(mean - deviation);
            envelope.high.push_back(mean + deviation);
        }
    }
    return envelope;
}

} // namespace nereid
