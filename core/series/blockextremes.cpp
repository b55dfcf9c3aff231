#include "blockextremes.h"

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
