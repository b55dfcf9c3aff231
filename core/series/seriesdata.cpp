#include "seriesdata.h"

#include <algorithm>

namespace nereid {

void SeriesData::reserve(qsizetype points)
{
    // Growing at least geometrically: a live run reserves for each small batch, and reserving exactly would copy
    // the whole series every time.
    const std::size_t wanted = std::size_t(points);
    if (wanted <= m_xs.capacity())
        return;
    const std::size_t capacity = std::max(wanted, m_xs.capacity() + m_xs.capacity() / 2);
    m_xs.reserve(capacity);
    m_ys.reserve(capacity);
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

bool SeriesData::append(std::span<const double> xs, std::span<const double> ys)
{
    if (xs.size() != ys.size() || std::any_of(xs.begin(), xs.end(), [](double x) { return x != x; }) ||
        !std::is_sorted(xs.begin(), xs.end()) || (!xs.empty() && !m_xs.empty() && xs.front() < m_xs.back()))
        return false;
    reserve(size() + qsizetype(xs.size()));
    m_xs.insert(m_xs.end(), xs.begin(), xs.end());
    m_ys.insert(m_ys.end(), ys.begin(), ys.end());
    m_extremes.append(ys);
    return true;
}

bool SeriesData::append(std::vector<double> &&xs, std::vector<double> &&ys)
{
    if (!m_xs.empty())
        return append(std::span<const double>(xs), std::span<const double>(ys));
    if (xs.size() != ys.size() || std::any_of(xs.begin(), xs.end(), [](double x) { return x != x; }) ||
        !std::is_sorted(xs.begin(), xs.end()))
        return false;
    m_xs = std::move(xs);
    m_ys = std::move(ys);
    m_extremes.clear();
    m_extremes.append(m_ys);
    return true;
}

void SeriesData::clear()
{
    m_xs.clear();
    m_ys.clear();
    m_extremes.clear();
}

} // namespace nereid
