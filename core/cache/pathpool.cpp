#include "pathpool.h"

namespace nereid {

const QString &PathPool::operator()(QByteArrayView utf8)
{
    const std::string_view key(utf8.data(), size_t(utf8.size()));
    auto found = m_paths.find(key);
    if (found == m_paths.end())
        found = m_paths.emplace(std::string(key), QString::fromUtf8(utf8)).first;
    return found->second;
}

const QString &PathPool::operator()(QByteArrayView utf8, qsizetype position)
{
    const std::string_view key(utf8.data(), size_t(utf8.size()));
    if (size_t(position) < m_lastRun.size() && m_lastRun[position] && m_lastRun[position]->first == key)
        return m_lastRun[position]->second;
    auto found = m_paths.find(key);
    if (found == m_paths.end())
        found = m_paths.emplace(std::string(key), QString::fromUtf8(utf8)).first;
    if (size_t(position) >= m_lastRun.size())
        m_lastRun.resize(size_t(position) + 1, nullptr);
    m_lastRun[position] = &*found; // unordered_map never moves its nodes
    return found->second;
}

} // namespace nereid
