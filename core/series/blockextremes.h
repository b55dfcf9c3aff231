#pragma once

#include <cstdint>
#include <QtGlobal>
#include <span>
#include <vector>

namespace nereid {

// The extremes of each block of BlockSize consecutive values of a series, kept up to date as values are appended.
// A reduction over a pixel column reads the blocks that lie wholly inside the column instead of their values:
// for 1e8 points that is 1/64 of the values, which is what lets M4 beat a plain pass over the values.
// NaN values count as gaps: they never become a block's minimum or maximum; ±Infinity does (a diverging loss).
class BlockExtremes
{
public:
    static constexpr int BlockSize = 64;
    static constexpr std::uint16_t None = 0xFFFF; // an offset for a block of NaN values only

    // Accounts for the next value, or for the next values (whole blocks at a time, without a branch per value).
    void append(double value);
    void append(std::span<const double> values);
    void clear();

    qsizetype blockCount() const { return qsizetype(m_min.size()); }
    qsizetype valueCount() const { return m_valueCount; }

    // Per block: the lowest and highest value and their first offsets in the block (None if all NaN), and how
    // many NaN values the block holds.
    double min(qsizetype block) const { return m_min[block]; }
    double max(qsizetype block) const { return m_max[block]; }
    std::uint16_t minOffset(qsizetype block) const { return m_minOffset[block]; }
    std::uint16_t maxOffset(qsizetype block) const { return m_maxOffset[block]; }
    std::uint16_t nanCount(qsizetype block) const { return m_nanCount[block]; }

private:
    void appendBlock(const double *values);

    std::vector<double> m_min;
    std::vector<double> m_max;
    std::vector<std::uint16_t> m_minOffset;
    std::vector<std::uint16_t> m_maxOffset;
    std::vector<std::uint16_t> m_nanCount;
    qsizetype m_valueCount = 0;
};

} // namespace nereid
