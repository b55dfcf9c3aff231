#pragma once

#include "pixelcolumns.h"
#include "seriesdata.h"

#include <QList>
#include <vector>

namespace nereid {

// The envelope of a group of runs' series over the pixel columns of a plot: per column, the mean across the runs
// (each run's mean of its points in the column, so a run logged densely weighs as much as a sparse one) and a band,
// either from the lowest to the highest value any run has in the column (its extremes, so a spike of one run shows,
// as in M4) or the mean ± one standard deviation of the runs' means. Columns where no run has a finite value are left
// out. NaN values are gaps and count nowhere.
class GroupEnvelope
{
public:
    enum class Band
    {
        MinMax,
        StdDev,
    };

    // Column centres (clamped to the range), in x order, with the mean and band of each.
    std::vector<double> xs;
    std::vector<double> mean;
    std::vector<double> low;
    std::vector<double> high;

    qsizetype size() const { return qsizetype(xs.size()); }
    bool isEmpty() const { return xs.empty(); }

    static GroupEnvelope compute(const QList<const SeriesData *> &runs, const PixelColumns &columns, Band band);

private:
    struct Columns; // the runs' sums per column, as they are read
    static void addRun(const SeriesData &run, const PixelColumns &columns, Columns &sums);
};

} // namespace nereid
