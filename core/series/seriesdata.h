#pragma once

#include "blockextremes.h"

#include <span>
#include <vector>

namespace nereid {

// One series laid out for plotting: x and y in two contiguous arrays (struct of arrays, so a pass over the values
// touches nothing else) and the extremes of each block of values, kept current as points are appended.
// x is a step or a time and never decreases; y is the value, NaN and ±Infinity included.
class SeriesData
{
public:
    void reserve(qsizetype points);
    // Appends a point after the last one; false (and nothing kept) when x is NaN or lower than the last x.
    bool append(double x, double y);
    // Appends many points at once; false (and nothing kept) unless both have the same length, no x is NaN and the
    // xs never decrease, from the last x held on.
    bool append(std::span<const double> xs, std::span<const double> ys);
    // The same, taking the arrays over when the series is empty (a chart's first read of a run: no second copy of
    // millions of values).
    bool append(std::vector<double> &&xs, std::vector<double> &&ys);
    void clear();

    qsizetype size() const { return qsizetype(m_xs.size()); }
    bool isEmpty() const { return m_xs.empty(); }
    std::span<const double> xs() const { return m_xs; }
    std::span<const double> ys() const { return m_ys; }
    const BlockExtremes &extremes() const { return m_extremes; }

private:
    std::vector<double> m_xs;
    std::vector<double> m_ys;
    BlockExtremes m_extremes;
};

} // namespace nereid
