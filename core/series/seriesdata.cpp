#include "seriesdata.h"

namespace nereid {

void SeriesData::reserve(qsizetype points)
{
    m_xs.reserve(std::size_t(points));
    m_ys.reserve(std::size_t(points));
}

bool SeriesData::append(double x, double y)
{
    if (x != x || (!m_xs.empty() && x < m_xs.back()))
        return false;
    m_xs.push_back(x);
    m_ys.push_back(y);
    m_extremes.append(y);
    return true;
}

void SeriesData::clear()
{
    m_xs.clear();
    m_ys.clear();
    m_extremes.clear();
}

} // namespace nereid
