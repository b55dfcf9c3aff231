#include "blockextremes.h"

#include <algorithm>
#include <limits>

namespace nereid {

void BlockExtremes::append(double value)
{
    const auto offset = std::uint16_t(m_valueCount % BlockSize);
    if (offset == 0) {
        m_min.push_back(std::numeric_limits<double>::infinity());
        m_max.push_back(-std::numeric_limits<double>::infinity());
        m_minOffset.push_back(None);
        m_maxOffset.push_back(None);
        m_nanCount.push_back(0);
    }
    ++m_valueCount;
    const qsizetype block = blockCount() - 1;
    if (value != value) {
        ++m_nanCount[block];
        return;
    }
    // Strict comparisons keep the first occurrence; the None test lets a block of +Infinity values have a minimum.
    if (value < m_min[block] || m_minOffset[block] == None) {
        m_min[block] = value;
        m_minOffset[block] = offset;
    }
    if (value > m_max[block] || m_maxOffset[block] == None) {
        m_max[block] = value;
        m_maxOffset[block] = offset;
    }
}

void BlockExtremes::append(std::span<const double> values)
{
    std::size_t next = 0;
    for (; next < values.size() && m_valueCount % BlockSize != 0; ++next)
        append(values[next]);
    for (; next + BlockSize <= values.size(); next += BlockSize)
        appendBlock(values.data() + next);
    for (; next < values.size(); ++next)
        append(values[next]);
}

// Minimum and maximum by select (NaN never wins a comparison), then their first offsets by search. A block of
// +Infinity only keeps the initial +Infinity as its minimum, and the search still finds it; a block of NaN only
// finds nothing: None.
void BlockExtremes::appendBlock(const double *values)
{
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    int nanCount = 0;
    for (int i = 0; i < BlockSize; ++i) {
        const double value = values[i];
        low = value < low ? value : low;
        high = value > high ? value : high;
        nanCount += value != value;
    }
    const auto offsetOf = [values](double extreme) {
        const double *found = std::find(values, values + BlockSize, extreme);
        return found == values + BlockSize ? None : std::uint16_t(found - values);
    };
    m_min.push_back(low);
    m_max.push_back(high);
    m_minOffset.push_back(offsetOf(low));
    m_maxOffset.push_back(offsetOf(high));
    m_nanCount.push_back(std::uint16_t(nanCount));
    m_valueCount += BlockSize;
}

void BlockExtremes::clear()
{
    m_min.clear();
    m_max.clear();
    m_minOffset.clear();
    m_maxOffset.clear();
    m_nanCount.clear();
    m_valueCount = 0;
}

} // namespace nereid
