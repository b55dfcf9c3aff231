#include "sessionregistry.h"

#include <vector>

namespace nereid {

void SessionRegistry::add(const std::shared_ptr<HttpConnection> &connection)
{
    bool stopping = false;
    {
        std::lock_guard lock(m_mutex);
        m_connections.emplace(connection.get(), connection);
        stopping = m_stopping;
    }
    if (stopping)
        connection->stop();
}

void SessionRegistry::remove(const HttpConnection *connection)
{
    std::lock_guard lock(m_mutex);
    m_connections.erase(connection);
}

void SessionRegistry::stopAll()
{
    std::vector<std::shared_ptr<HttpConnection>> live;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        for (const auto &[key, weak] : m_connections) {
            if (auto connection = weak.lock())
                live.push_back(std::move(connection));
        }
    }
    // Outside the lock: a connection that ends here removes itself.
    for (const auto &connection : live)
        connection->stop();
}

bool SessionRegistry::isEmpty()
{
    std::lock_guard lock(m_mutex);
    return m_connections.empty();
}

} // namespace nereid
