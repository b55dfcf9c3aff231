#pragma once

#include "series/chartseries.h"

#include <atomic>
#include <QString>
#include <vector>

namespace nereid {

class Cache;

// Reads the cached points of a chart's lines and lays each out as a ChartSeries. A chart of many lines is shared
// between the GUI thread, reading through the cache, and a second thread reading on a read-only connection of its
// own: reading and laying out 100 runs of 100,000 points was most of the chart's first frame (issue 17, item 8).
// What the second thread cannot read is read again through the cache, which reports the error.
class ChartSeriesLoader
{
public:
    struct Line
    {
        QString runId;
        QString path;
    };

    ChartSeriesLoader(Cache &cache, XAxisMode mode, double smoothing);

    // One series per line, in the order given.
    std::vector<ChartSeries> load(const std::vector<Line> &lines) const;

    // Fewer lines than this are read on the GUI thread alone: a connection of its own costs more than they do.
    static constexpr std::size_t SplitFrom = 8;

private:
    // Takes lines as the GUI thread does, reading them on a connection of its own; those it could not read are left
    // not done.
    void loadApart(const std::vector<Line> &lines, std::atomic<std::size_t> &next, std::vector<ChartSeries> &series,
                   std::vector<char> &done) const;

    Cache &m_cache;
    XAxisMode m_mode;
    double m_smoothing;
};

} // namespace nereid
